// Who listens to a battle, kept as one list per hook: an event, a task's state change or a warning
// goes only to the monitors that have that hook, by index (no iterator per call), and a hook nobody
// has costs one length check. The lists are replaced, never changed in place, so a monitor that
// subscribes or unsubscribes while one is being told leaves that telling as it was.
import type { BattleMonitor } from './battle-types.ts';

const NONE: readonly BattleMonitor[] = Object.freeze([]);

export class Monitors {
  events: readonly BattleMonitor[] = NONE;
  states: readonly BattleMonitor[] = NONE;
  warnings: readonly BattleMonitor[] = NONE;
  private all: readonly BattleMonitor[] = NONE;

  /** Subscribes `monitor` (once, however often it is added); returns the unsubscribe. */
  add(monitor: BattleMonitor): () => void {
    if (!this.all.includes(monitor)) this.update([...this.all, monitor]);
    return () => this.update(this.all.filter((m) => m !== monitor));
  }

  private update(all: readonly BattleMonitor[]): void {
    this.all = all;
    this.events = all.filter((m) => m.onEvent !== undefined);
    this.states = all.filter((m) => m.onTaskState !== undefined);
    this.warnings = all.filter((m) => m.onWarn !== undefined);
  }
}
