// What outlives a scene: launch params, settings, the roster, notices and the run in progress.
// Scenes read and write it; battle rules never live here.
import { FLOORS, newProgress, type Progress } from '../../core/progress.ts';
import { MAX_SEED } from '../../core/rng.ts';
import type { Roster } from '../../core/roster.ts';
import type { BattleLog } from '../../core/replay.ts';
import type { Lang } from '../../core/protocol.ts';
import { parseParams, type LaunchParams } from './params.ts';
import { discoverRoster } from './roster.ts';
import { loadSettings, saveSettings, type Settings, type StorageLike } from '../storage/settings.ts';
import { SAVE_FAILED, saveProgress } from '../storage/progress-store.ts';
import { loadSave, type SaveRead } from '../storage/save-v2.ts';
import { memberStats } from '../../core/progress.ts';
import { NoticeBoard } from '../ui/notice-board.ts';
import { shown } from './shown-state.ts';
import { urlConflicts } from './url-notices.ts';
import { silentSink, type AudioSink } from '../audio/sink.ts';
import { browserStorage } from '../storage/browser-storage.ts';
import { loadAudioSettings, saveAudioSettings } from '../storage/audio-settings.ts';
import { bindingsFor, loadCustomKeys, saveCustomKeys, type Bindings, type CustomKeys } from '../a11y/key-bindings.ts';

/** What the Battle scene is asked to play. */
export type Run =
  | { readonly kind: 'adventure'; readonly progress: Progress }
  | {
      readonly kind: 'single';
      readonly seed: number;
      readonly enemy: string;
      readonly hp: number | null;
      /** Several monsters at once (?enemies=a,b,c); `enemy` is then the first. */
      readonly enemies?: readonly string[];
      /** The battle's step budget (?steps=N). */
      readonly steps?: number | null;
    }
  /** ?stress=N: a self-playing battle with N combatants (src/game/battle/stress.ts). */
  | { readonly kind: 'stress'; readonly seed: number; readonly n: number }
  /** A shared `#log=` link: that battle at its last step, for inspection (src/game/debug/log-actions.ts). */
  | { readonly kind: 'log'; readonly log: BattleLog };

export interface GameState {
  readonly params: LaunchParams;
  readonly roster: Roster;
  readonly settings: Settings;
  /** Short lines shown once, in the player's language: bad URL values, a failed save, a missing sprite. */
  readonly notices: NoticeBoard;
  readonly storage: StorageLike | null;
  audio: AudioSink;
  /** The keys: the player's own (Settings → Keys, a11y/key-bindings.ts) over the defaults. */
  keys: { readonly custom: CustomKeys; readonly bindings: Bindings };
}


function prefersReducedMotion(): boolean {
  try {
    return window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  } catch {
    return false;
  }
}

let state: GameState | null = null;

export function gameState(): GameState {
  if (state) return state;
  const { roster, problems } = discoverRoster();
  const enemies = [...roster.values()].filter((d) => d.side === 'enemy').map((d) => d.kind);
  const companions = [...roster.values()].filter((d) => d.side === 'hero' && d.kind !== 'hero').map((d) => d.kind);
  const params = parseParams(window.location.search, enemies, FLOORS.length, companions);
  const store = browserStorage();
  const browserLang: Lang = /^ja\b/i.test(navigator.language) ? 'ja' : 'en';
  const loaded = loadSettings(store, { lang: browserLang, reducedMotion: prefersReducedMotion(), textSpeed: 'normal' });
  // Reset means reset: the defaults replace what was unreadable (before the URL overrides them below).
  if (loaded.discarded) saveSettings(store, loaded.value);
  const settings = loaded.value;
  if (params.lang) settings.lang = params.lang;
  if (params.instantText) settings.textSpeed = 'instant';
  // The OS setting always wins: a stored "motion on" must not override an explicit user preference.
  if (prefersReducedMotion()) settings.reducedMotion = true;
  const notices = new NoticeBoard();
  for (const n of [...params.notices, ...urlConflicts(window.location.search)]) notices.add(n);
  for (const p of problems) notices.add(p);
  if (loaded.discarded) notices.add({ en: 'Settings were unreadable and have been reset', ja: 'せってい が よめなかったので しょきか しました' });
  // Read before the audio player starts (Boot): a corrupt sound setting is reset here, with a notice.
  const audio = loadAudioSettings(store);
  if (audio.reset) {
    notices.add({ en: 'Sound settings were unreadable and have been reset', ja: 'おと の せってい が よめなかったので しょきか しました' });
    saveAudioSettings(store, audio.settings);
  }
  const keys = loadCustomKeys(store);
  if (keys.discarded) {
    notices.add({ en: 'Key settings were unreadable: the default keys are back', ja: 'キー の せってい が よめなかったので もとの キー に もどしました' });
    saveCustomKeys(store, {}); // reset means reset: the notice is not shown again on the next load
  }
  state = { params, roster, settings, notices, storage: store, audio: silentSink, keys: { custom: keys.custom, bindings: bindingsFor(keys.custom) } };
  shown.pace.setting = settings.battleSpeed ?? 1;
  return state;
}

/** The speed a battle starts at: ?speed= for this page, else the one saved in Settings. */
export function startSpeed(): number {
  const { params, settings } = gameState();
  return params.speed ?? settings.battleSpeed ?? 1;
}

export function persistSettings(): void {
  const s = gameState();
  shown.pace.setting = s.settings.battleSpeed ?? 1;
  if (!saveSettings(s.storage, s.settings)) {
    s.notices.add({ en: 'Settings could not be saved (storage is full or turned off); they last until this page is closed', ja: 'せってい を ほぞん できません (ほぞん ばしょ が いっぱい か つかえません)。この ページ を とじるまで は つかえます' }, 'settings-save-failed');
  }
}

export function heroStats(): { maxHp: number; maxMp: number } {
  const hero = gameState().roster.get('hero');
  return { maxHp: hero?.stats.maxHp ?? 100, maxMp: hero?.stats.maxMp ?? 30 };
}

export function randomSeed(): number {
  // The game may use Math.random; the core never does. The seed is shown, so a run can be replayed.
  return Math.floor(Math.random() * MAX_SEED);
}

/** A new adventure: ?seed, ?floor and ?hp (the hero's) shape it for tests and shared links. */
export function newAdventure(seed: number): Progress {
  const { params } = gameState();
  const { maxHp } = heroStats();
  const p = newProgress(seed, gameState().roster);
  const hero = p.party.map((m, i) => (i === 0 && params.hp !== null ? { ...m, hp: Math.min(maxHp, params.hp) } : m));
  // ?party=: companions from the start, at level 1 and full HP and MP (as if they had joined).
  const extra = (params.party ?? []).filter((kind) => !hero.some((m) => m.kind === kind)).map((kind) => {
    const max = memberMax(kind, 1) ?? { maxHp: 1, maxMp: 0 };
    return { kind, hp: max.maxHp, mp: max.maxMp, level: 1, exp: 0 };
  });
  const party = [...hero, ...extra];
  return { ...p, floor: (params.floor ?? 1) - 1, party };
}

/** A party member's maxima at a level (growth.ts), or null for a kind that is not a party member. */
export function memberMax(kind: string, level: number): { maxHp: number; maxMp: number } | null {
  const def = gameState().roster.get(kind);
  if (!def || def.side !== 'hero') return null;
  const stats = memberStats(gameState().roster, kind, level);
  return { maxHp: stats.maxHp, maxMp: stats.maxMp };
}

/** The saved adventure as read (see save-v2.ts for what each status means). */
export function savedProgress(): SaveRead {
  return loadSave(gameState().storage, memberMax, gameState().roster);
}

/** Saves (null: clears) the adventure; a storage that refuses gets one notice per page load. */
export function storeProgress(progress: Progress | null): void {
  const state = gameState();
  if (!saveProgress(state.storage, progress) && progress !== null) state.notices.add(SAVE_FAILED, 'save-failed');
}
