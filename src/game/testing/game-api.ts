// window.__game as every build ships it: read-only getters over what the scenes show
// (app/shown-state.ts), so tests and the bench observe the game without poking at Phaser. Nothing
// here changes the game; the test build adds its mutators on top (test-api.ts).
import type { BattleSnapshot } from '../../core/battle.ts';
import type { BattleEvent } from '../../core/events.ts';
import type { Lang } from '../../core/protocol.ts';
import type { SessionControl } from '../battle/session-api.ts';
import type { EffectsView } from '../../core/events.ts';
import { bagNow, partyLevels } from '../battle/turn-info.ts';
import { shown, type AdventureShown, type AudioReport, type FinishedBattle, type PaceInfo, type Probe, type ResultInfo, type ScreenState } from '../app/shown-state.ts';
import { activeMenu, type MenuInfo } from '../ui/menu.ts';
import type { ViewReport } from '../battle/view-report.ts';

export type { AdventureShown, AudioReport, FinishedBattle, PaceInfo, Probe, ResultInfo, ScreenState, ViewReport };

export interface GameApi {
  /** true once the first scene with content has drawn a frame. */
  readonly ready: boolean;
  /** performance.now() when the current scene's first frame was drawn (the bench's first-frame time). */
  readonly readyAt: number | null;
  /** The active scene's key: Title, Classic, Battle, Interlude, Result. */
  readonly scene: string;
  /** The current battle's seed, or null outside a battle. */
  readonly seed: number | null;
  readonly lang: Lang;
  /** The current battle's core events (live array; copy before keeping). */
  readonly events: readonly BattleEvent[];
  snapshot(): BattleSnapshot | null;
  /** The current battle's pause and speed, or null outside a battle. */
  control(): SessionControl | null;
  /** The menu that has the keys, with item rectangles in CSS px (for clicks and taps). */
  menu(): MenuInfo | null;
  /** True while the message window waits for a confirm or its timer. */
  readonly messageWaiting: boolean;
  /** The last finished battle: its input log, its final snapshot and its events (kept after the scene changes). */
  readonly lastBattle: FinishedBattle | null;
  /** The lines the battle window has shown in the current (or last) battle, oldest first. */
  readonly messages: readonly string[];
  /** The last Result screen's facts. */
  readonly result: ResultInfo | null;
  /** Screen rectangles of named UI text, e.g. 'hero-name' (for the tofu check). */
  probe(name: string): Probe | null;
  /** The battle view: field scale, sprite/HP-bar/status rectangles in CSS px, damage numbers, shakes. */
  view(): ViewReport | null;
  /** Notices shown so far (bad URL values, missing assets, corrupt save). */
  readonly notices: readonly string[];
  /** Sound: what played, mute, unlock, failures, the speaker button. */
  readonly audio: AudioReport;
  /** The battle field as drawn (status box, HP bars, window lines), or null outside a battle. */
  screen(): ScreenState | null;
  /** The battle speed saved in Settings, and whether a hold is fast-forwarding (the live speed is control().speed). */
  pace(): PaceInfo;
  /** The current screen's own lines (Interlude, Result: floor, HP, outcome, turns…), empty elsewhere. */
  sceneText(): readonly string[];
  /** The party: in a battle each member as it stands now (HP, MP, effects, level); elsewhere the adventure's. */
  party(): readonly PartyMemberShown[];
  /** The bag: in a battle what is left now (each use counted down); elsewhere the adventure's; {} when none. */
  bag(): Readonly<Record<string, number>>;
  /** The adventure in progress (floor, gold, party, bag) as the current screen holds it, or null. */
  adventure(): AdventureShown | null;
}

export interface PartyMemberShown {
  readonly id: string | null;
  readonly kind: string;
  readonly hp: number;
  readonly mp: number;
  readonly maxHp: number | null;
  readonly level: number;
  readonly effects: EffectsView;
}

declare global {
  interface Window {
    __game?: GameApi;
  }
}

export function gameApi(): GameApi {
  return {
    get ready() { return shown.ready; },
    get readyAt() { return shown.readyAt; },
    get scene() { return shown.scene; },
    get seed() { return shown.current.session?.snapshot().seed ?? null; },
    get lang() { return shown.lang; },
    get events() { return shown.current.session?.battle.events ?? []; },
    snapshot: () => shown.current.session?.snapshot() ?? null,
    control: () => {
      const c = shown.current.session?.control;
      return c ? { paused: c.paused, speed: c.speed } : null;
    },
    menu: () => activeMenu()?.describe() ?? null,
    get messageWaiting() { return shown.current.messageWaiting(); },
    get lastBattle() { return shown.lastBattle; },
    get messages() { return shown.messages; },
    get result() { return shown.result; },
    probe: (name) => probeNamed(name),
    view: () => shown.current.view(),
    get notices() { return shown.notices; },
    get audio() { return shown.audio(); },
    screen: () => shown.screen?.() ?? null,
    pace: () => ({ ...shown.pace }),
    sceneText: () => shown.current.text?.() ?? [],
    party: () => partyShown(),
    bag: () => {
      const battle = shown.current.session?.battle;
      const log = battle?.input;
      return battle && log?.mode === 'battle' ? bagNow(log.bag, battle.events) : { ...(shown.adventure?.bag ?? {}) };
    },
    adventure: () => shown.adventure,
  };
}

function partyShown(): PartyMemberShown[] {
  const battle = shown.current.session?.battle;
  if (!battle) return (shown.adventure?.party ?? []).map((m) => ({ id: null, kind: m.kind, hp: m.hp, mp: m.mp, maxHp: null, level: m.level, effects: {} }));
  const levels = partyLevels(battle);
  return battle.snapshot().combatants.filter((c) => c.side === 'hero')
    .map((c) => ({ id: c.id, kind: c.kind, hp: c.hp, mp: c.mp, maxHp: c.maxHp, level: levels.get(c.id) ?? 1, effects: c.effects ?? {} }));
}

/** Puts `api` on window.__game, frozen: its members can be read, never assigned. */
export function publishApi(api: GameApi): void {
  Object.defineProperty(window, '__game', { value: Object.freeze(api), configurable: true });
}

/** A scene's own probe, or `notice-N`: the N-th of its notices still on screen. */
function probeNamed(name: string): Probe | null {
  const notice = /^notice-(\d+)$/.exec(name);
  if (!notice) return shown.current.probes.get(name)?.() ?? null;
  const onScreen = shown.noticeProbes.map((p) => p()).filter((p): p is Probe => p !== null);
  return onScreen[Number(notice[1])] ?? null;
}
