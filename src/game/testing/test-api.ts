// The browser tests and the debug overlay drive and observe the game through this one global
// instead of poking at Phaser internals, so refactors inside the game don't break them.
import type { BattleSnapshot } from '../../core/battle.ts';
import type { BattleEvent, BattleOutcome } from '../../core/events.ts';
import type { Command } from '../../core/protocol.ts';
import type { InputLog } from '../../core/replay.ts';
import type { BattleSessionApi } from '../battle/session-api.ts';
import type { MenuInfo } from '../ui/menu.ts';

export interface ResultInfo {
  readonly outcome: BattleOutcome;
  readonly turns: number;
  readonly seed: number;
  readonly cleared: boolean;
}

/** What the audio player did, for checking sound without listening (src/game/audio/scene-audio.ts). */
export interface AudioReport {
  /** Sound ids that really started (effects and music), oldest first, capped. */
  readonly played: readonly string[];
  readonly muted: boolean;
  /** The AudioContext runs (autoplay allowed, or the first key/click/tap happened). */
  readonly unlocked: boolean;
  /** Ids that could not load or play ('*': no audio at all). */
  readonly failed: readonly string[];
  /** The music the current screen asked for. */
  readonly music: string | null;
  /** The speaker button on the current screen: its texture and CSS px rectangle. */
  readonly speaker: { readonly icon: string; readonly x: number; readonly y: number; readonly w: number; readonly h: number } | null;
}

export interface GameTestApi {
  /** true once the first scene with content has drawn a frame. */
  readonly ready: boolean;
  /** performance.now() when the current scene's first frame was drawn (the bench's first-frame time). */
  readonly readyAt: number | null;
  /** The active scene's key: Title, Classic, Battle, Interlude, Result. */
  readonly scene: string;
  /** The current battle's seed, or null outside a battle. */
  readonly seed: number | null;
  readonly lang: 'ja' | 'en';
  /** The current battle's core events (live array; copy before keeping). */
  readonly events: readonly BattleEvent[];
  /** The same events as JSON, for comparing against a headless replay. */
  eventsJson(): string;
  snapshot(): BattleSnapshot | null;
  readonly session: BattleSessionApi | null;
  /** The menu that has the keys, with item rectangles in CSS px (for clicks and taps). */
  menu(): MenuInfo | null;
  /** True while the message window waits for a confirm or its timer. */
  readonly messageWaiting: boolean;
  /** The last finished battle: its input log, its events as JSON and its final snapshot (kept after the scene changes). */
  readonly lastBattle: { readonly log: InputLog; readonly eventsJson: string; readonly snapshot: BattleSnapshot } | null;
  /** The lines the battle window has shown in the current (or last) battle, oldest first. */
  readonly messages: readonly string[];
  /** The last Result screen's facts. */
  readonly result: ResultInfo | null;
  /** Screen rectangles of named UI text, e.g. 'hero-name' (for the tofu check). */
  probe(name: string): { x: number; y: number; w: number; h: number; text: string; font: number } | null;
  /** Notices shown so far (bad URL values, missing assets, corrupt save). */
  readonly notices: readonly string[];
  /** Answers the open command menu with `command`; false when no command is asked for. */
  sendCommand(command: Command): boolean;
  setSpeed(speed: number): void;
  /** Sound: what played, mute, unlock, failures, the speaker button. */
  readonly audio: AudioReport;
  /** `npm run bench` (group 5): plays n headless adventure battles, counts coroutines created and finished (bench-hooks.ts, loaded on first use). */
  readonly bench: { autoBattles(n: number): Promise<{ closed: number; total: number }> };
}

declare global {
  interface Window {
    __game?: GameTestApi;
  }
}

/** What scenes write; window.__game reads it through getters. */
export interface TestHooks {
  ready: boolean;
  readyAt: number | null;
  scene: string;
  lang: 'ja' | 'en';
  session: BattleSessionApi | null;
  result: ResultInfo | null;
  lastBattle: { log: InputLog; eventsJson: string; snapshot: BattleSnapshot } | null;
  messages: string[];
  messageWaiting: () => boolean;
  menu: () => MenuInfo | null;
  probes: Map<string, () => { x: number; y: number; w: number; h: number; text: string; font: number } | null>;
  sendCommand: (command: Command) => boolean;
  notices: string[];
  audio: () => AudioReport;
}

export const hooks: TestHooks = {
  ready: false,
  readyAt: null,
  scene: 'Boot',
  lang: 'ja',
  session: null,
  result: null,
  lastBattle: null,
  messages: [],
  messageWaiting: () => false,
  menu: () => null,
  probes: new Map(),
  sendCommand: () => false,
  notices: [],
  audio: () => ({ played: [], muted: false, unlocked: false, failed: [], music: null, speaker: null }),
};

export function installTestApi(): void {
  const api: GameTestApi = {
    get ready() { return hooks.ready; },
    get readyAt() { return hooks.readyAt; },
    get scene() { return hooks.scene; },
    get seed() { return hooks.session?.snapshot().seed ?? null; },
    get lang() { return hooks.lang; },
    get events() { return hooks.session?.battle.events ?? []; },
    eventsJson: () => JSON.stringify(hooks.session?.battle.events ?? []),
    snapshot: () => hooks.session?.snapshot() ?? null,
    get session() { return hooks.session; },
    menu: () => hooks.menu(),
    get messageWaiting() { return hooks.messageWaiting(); },
    get result() { return hooks.result; },
    get lastBattle() { return hooks.lastBattle; },
    get messages() { return hooks.messages; },
    probe: (name) => hooks.probes.get(name)?.() ?? null,
    get notices() { return hooks.notices; },
    sendCommand: (command) => hooks.sendCommand(command),
    setSpeed: (speed) => hooks.session?.setSpeed(speed),
    get audio() { return hooks.audio(); },
    bench: { autoBattles: (n) => import('./bench-hooks.ts').then((m) => m.autoBattles(n)) },
  };
  Object.defineProperty(window, '__game', { value: Object.freeze(api), configurable: true });
}
