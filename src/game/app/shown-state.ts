// What the screen shows right now, in one plain object: the scenes publish into it (scene-kit's
// showScene, a battle's lines, a notice), window.__game (src/game/testing) only reads it. Nothing
// here drives the game; the command input is the battle menu's, published so the test build can
// answer it without pressing keys.
import type { BattleSnapshot } from '../../core/battle.ts';
import type { BattleEvent, BattleOutcome } from '../../core/events.ts';
import type { Command, Lang } from '../../core/protocol.ts';
import type { InputLog } from '../../core/replay.ts';
import type { BattleSessionApi } from '../battle/session-api.ts';
import type { ViewReport } from '../battle/view-report.ts';

export interface ResultInfo {
  readonly outcome: BattleOutcome;
  readonly turns: number;
  readonly seed: number;
  readonly cleared: boolean;
}

/** A finished battle, kept after its scene is gone. */
export interface FinishedBattle {
  readonly log: InputLog;
  readonly snapshot: BattleSnapshot;
  readonly events: readonly BattleEvent[];
}

/** Where a piece of UI text is on screen, in CSS px (the tofu check). */
export interface Probe {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
  readonly text: string;
  readonly font: number;
  /** The text's fill, when it has one of its own (the name of whose turn it is is drawn in the accent colour). */
  readonly color?: string;
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

/** A battle's field as drawn: the hero's status box, each enemy's HP bar, the message window. */
export interface ScreenState {
  /** The first party member's (the hero's) window. */
  readonly hero: { readonly hp: number; readonly mp: number };
  /** Every party member's window: HP, MP, its effects' words (ねむり どく ぼうぎょ), whether it is their turn. */
  readonly party?: readonly { readonly id: string; readonly hp: number; readonly mp: number; readonly effects: string; readonly active: boolean }[];
  readonly enemies: readonly { readonly id: string; readonly hp: number; readonly visible: boolean; readonly effects?: readonly string[] }[];
  /** The window's whole lines. */
  readonly lines: readonly string[];
  /** Events still waiting to be played (0 once the screen has caught up with the core). */
  readonly queued: number;
}

/** What one scene shows; a new scene replaces all of it at once (showScene). */
export interface SceneShown {
  readonly session: BattleSessionApi | null;
  readonly messageWaiting: () => boolean;
  /** Answers the open command menu; false when no command is asked for. */
  readonly answer: (command: Command) => boolean;
  readonly probes: ReadonlyMap<string, () => Probe | null>;
  /** The battle field and status window as shown (CSS px), or null outside a battle. */
  readonly view: () => ViewReport | null;
  /** A quiet screen's own lines (Interlude, Result), as drawn; the screen-reader mirror reads them. */
  readonly text?: () => readonly string[];
}

/** The battle speed from Settings, and whether a held key or pointer is fast-forwarding now. */
export interface PaceInfo {
  setting: number;
  fastForward: boolean;
}

/** The adventure as the current screen holds it (Battle: as the floor began; Interlude: now). */
export interface AdventureShown {
  readonly floor: number;
  readonly gold: number;
  readonly party: readonly { readonly kind: string; readonly hp: number; readonly mp: number; readonly level: number; readonly exp: number }[];
  readonly bag: Readonly<Record<string, number>>;
}

export interface ShownState {
  scene: string;
  lang: Lang;
  /** true once the first scene with content has drawn a frame. */
  ready: boolean;
  /** performance.now() when the current scene's first frame was drawn. */
  readyAt: number | null;
  current: SceneShown;
  /** The lines the battle window has shown in the current (or last) battle, oldest first. */
  messages: string[];
  /** Every notice shown so far. */
  readonly notices: string[];
  /** Where the current scene's notices are (`probe('notice-N')`: the N-th still on screen). */
  noticeProbes: (() => Probe | null)[];
  result: ResultInfo | null;
  lastBattle: FinishedBattle | null;
  audio: () => AudioReport;
  /** The battle field as drawn, while a battle scene is up. */
  screen: (() => ScreenState) | null;
  readonly pace: PaceInfo;
  /** The adventure in progress, or null (a one-off fight, the title). */
  adventure: AdventureShown | null;
}

export const NOTHING_SHOWN: SceneShown = Object.freeze({
  session: null,
  messageWaiting: () => false,
  answer: () => false,
  probes: new Map(),
  view: () => null,
});

export const shown: ShownState = {
  scene: 'Boot',
  lang: 'ja',
  ready: false,
  readyAt: null,
  current: NOTHING_SHOWN,
  messages: [],
  notices: [],
  noticeProbes: [],
  result: null,
  lastBattle: null,
  audio: () => ({ played: [], muted: false, unlocked: false, failed: [], music: null, speaker: null }),
  screen: null,
  pace: { setting: 1, fastForward: false },
  adventure: null,
};
