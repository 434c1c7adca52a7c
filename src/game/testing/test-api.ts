// The test build's window.__game (`npm run build:test`, the dev server): the read-only API plus
// what drives the game — the session's controls, answering the command menu, the speed — and the
// bench's hooks. main.ts imports this only when the build is not production, so none of it ships.
import type { Command } from '../../core/protocol.ts';
import type { BattleSessionApi } from '../battle/session-api.ts';
import { shown, type FinishedBattle } from '../app/shown-state.ts';
import { loadTestCombatants } from '../app/roster.ts';
import { gameApi, publishApi, type GameApi } from './game-api.ts';

export interface GameTestApi extends GameApi {
  /** The current battle's session with all its controls (step, stepBack, load, setPaused…). */
  readonly session: BattleSessionApi | null;
  /** The current battle's events as JSON, for comparing against a headless replay. */
  eventsJson(): string;
  /** As in the game, plus the finished battle's events as JSON (encoded when read). */
  readonly lastBattle: (FinishedBattle & { readonly eventsJson: string }) | null;
  /** Answers the open command menu with `command`; false when no command is asked for. */
  sendCommand(command: Command): boolean;
  setSpeed(speed: number): void;
  /** `npm run bench` (group 5): plays n headless adventure battles, counts coroutines created and finished (bench-hooks.ts, loaded on first use). */
  readonly bench: {
    autoBattles(n: number): Promise<{ closed: number; total: number }>;
    /** `npm run bench` (group 7): the current battle (against `enemies` when given) played on headlessly to about `steps` resumes and loaded, paused. */
    longBattle(steps: number, enemies?: readonly string[]): Promise<{ steps: number }>;
  };
}

export function testApi(): GameTestApi {
  const base = gameApi();
  const extra = {
    get session() { return shown.current.session; },
    eventsJson: () => JSON.stringify(shown.current.session?.battle.events ?? []),
    get lastBattle() {
      const last = shown.lastBattle;
      return last && { ...last, eventsJson: JSON.stringify(last.events) };
    },
    sendCommand: (command: Command) => shown.current.answer(command),
    setSpeed: (speed: number) => shown.current.session?.setSpeed(speed),
    bench: {
      autoBattles: (n: number) => import('./bench-hooks.ts').then((m) => m.autoBattles(n)),
      longBattle: (steps: number, enemies?: readonly string[]) => import('./bench-hooks.ts').then((m) => m.longBattle(steps, enemies)),
    },
  };
  const api = Object.defineProperties({}, { ...Object.getOwnPropertyDescriptors(base), ...Object.getOwnPropertyDescriptors(extra) });
  return api as GameTestApi;
}

/** The test build's start: its fault fixtures (lazily, one chunk each), then the full API. */
export async function startTestBuild(): Promise<void> {
  await loadTestCombatants();
  publishApi(testApi());
}
