// The compare view's data, with no DOM: two runs (two branches, or a hot reload's before and after)
// → the first event that differs, in trace syntax (hot-reload/reload-report.ts writes it the same
// way), every combatant's HP after each step of each run, and each run's outcome.
import type { BattleEvent, BattleOutcome, CombatantInfo } from '../../core/events.ts';
import { compareRuns, type Divergence } from '../hot-reload/reload-report.ts';

export interface CompareRun {
  readonly label: string;
  readonly events: readonly BattleEvent[];
  readonly steps: number;
  readonly outcome: BattleOutcome | null;
}

export interface HpLine {
  readonly info: CombatantInfo;
  /** HP after each step 0..steps of run A and of run B; shorter when a run is shorter (aligned by step). */
  readonly a: readonly number[];
  readonly b: readonly number[];
}

export interface Comparison {
  readonly a: CompareRun;
  readonly b: CompareRun;
  readonly divergence: Divergence | null;
  readonly lines: readonly HpLine[];
  /** The longer run's steps: the chart's x axis. */
  readonly steps: number;
}

/** HP of every combatant after each step, from a run's events (damage, heal, status, death). */
export function hpOverSteps(events: readonly BattleEvent[], steps: number): Map<string, number[]> {
  const out = new Map<string, number[]>();
  const now = new Map<string, number>();
  let step = 0;
  const fillTo = (s: number) => {
    for (const [id, hp] of now) {
      const line = out.get(id)!;
      while (line.length <= s) line.push(hp);
    }
  };
  for (const e of events) {
    if (e.type === 'battleStart') {
      for (const c of e.combatants) {
        now.set(c.id, c.hp);
        out.set(c.id, []);
      }
    } else if (e.type === 'resume') {
      if (e.entry.step > step) {
        fillTo(step);
        step = e.entry.step;
      }
    } else if (e.type === 'damage' || e.type === 'heal') now.set(e.target, e.hp);
    else if (e.type === 'status') now.set(e.id, e.hp);
    else if (e.type === 'death') now.set(e.id, 0);
  }
  fillTo(Math.max(step, steps));
  for (const line of out.values()) line.length = Math.min(line.length, Math.max(step, steps) + 1);
  return out;
}

export function compareTwo(a: CompareRun, b: CompareRun): Comparison {
  const start = a.events.find((e) => e.type === 'battleStart');
  const cast = start?.type === 'battleStart' ? start.combatants : [];
  const ha = hpOverSteps(a.events, a.steps);
  const hb = hpOverSteps(b.events, b.steps);
  return {
    a, b,
    divergence: compareRuns(a.events, b.events, a.steps, b.steps),
    lines: cast.map((info) => ({ info, a: ha.get(info.id) ?? [], b: hb.get(info.id) ?? [] })),
    steps: Math.max(a.steps, b.steps),
  };
}
