// The live roster in the browser: one Map that the game state and every BattleSession share.
// A hot swap (dev only: src/game/app/roster.ts accepts its combatant modules through Vite HMR) changes
// its entries in place and tells whoever listens, so the current battle replays with the new code
// and no page reload happens. A file that fails to load, or no longer exports a valid definition,
// keeps its old definition and is reported. No Vite here: the swap logic is tested in Node.
import type { ClassicCounter } from '../../core/log/lineup.ts';
import type { CombatantDef } from '../../core/protocol.ts';
import { collectRoster, isCombatantPath, kindFromPath, type LoadedModule, type Roster, type RosterResult } from '../../core/roster.ts';
import { describeLoadError, parseLoadError, type LoadErrorPayload } from './load-error.ts';

export interface CombatantSwap {
  /** The saved files (`slime.ts`), or the re-imported ones when the saved names are not known. */
  readonly files: readonly string[];
  /** Kinds whose definition was replaced. */
  readonly kinds: readonly string[];
  /** The live roster (the same Map as before, updated). */
  readonly roster: Roster;
  /** One sentence per file whose new code could not be used; its old definition is kept. */
  readonly problems: readonly string[];
  /** Files that had failed to load and now load again: their failure notice can go. */
  readonly recovered: readonly string[];
}

type Listener = (swap: CombatantSwap) => void;

const live = new Map<string, CombatantDef>();
const listeners = new Set<Listener>();
/** The module namespaces the live roster was built from, by glob path. */
let current: Readonly<Record<string, unknown>> | null = null;
/** A newer set of modules, waiting for HMR to confirm the update. */
let staged: Readonly<Record<string, unknown>> | null = null;
/** File names the dev server said were saved (the plugin's `cq:combatants-saved` event). */
let saved: string[] = [];
let lastError: string | null = null;
/** Files whose last save failed to load, with what was said: shown until they load again. */
const failing = new Map<string, string>();

const fileOf = (path: string) => path.split(/[\\/]/).pop() ?? path;

/** Makes the discovered roster the live one; returns it with the same problems. */
export function adoptRoster(result: RosterResult, modules: Readonly<Record<string, unknown>>): RosterResult {
  live.clear();
  for (const [kind, def] of result.roster) live.set(kind, def);
  current ??= modules;
  return { roster: live, problems: result.problems };
}

/** classic.ts's counter in the modules now live: after a hot swap of classic.ts, the new one. */
export function classicCounter(): ClassicCounter | undefined {
  const path = Object.keys(current ?? {}).find((p) => fileOf(p) === 'classic.ts');
  return path === undefined ? undefined : (current![path] as { hpCounter?: ClassicCounter }).hpCounter;
}

/** Each evaluation of roster.ts hands over its modules: the first is the baseline, later ones a swap. */
export function stageCombatants(modules: Readonly<Record<string, unknown>>): void {
  if (current === null) current = modules;
  else if (modules !== current) staged = modules;
}

export function noteSaved(files: readonly string[]): void {
  lastError = null; // a new save: what Vite said before it is about something else
  for (const f of files) if (!saved.includes(f)) saved.push(f);
}

/** The dev server's last error (a syntax error in the saved file), in one line with its place. */
export function noteLoadError(err: LoadErrorPayload | undefined): void {
  // The save event's parse error comes first and says it best; Vite's error for the same save adds nothing.
  lastError ??= describeLoadError(parseLoadError(err));
}

/** The files that failed to load at their last save and what was said of each (oldest first). */
export function failingFiles(): readonly string[] {
  return [...failing.values()];
}

/**
 * HMR finished: `loaded` is false when the new modules could not be imported (a syntax error, a
 * file that throws on import). Applies the staged modules to the live roster and tells listeners.
 */
export function settleCombatantSwap(loaded: boolean): CombatantSwap | null {
  const files = saved;
  const error = lastError;
  saved = [];
  lastError = null;
  if (!loaded) {
    staged = null;
    const names = files.length > 0 ? files.join(', ') : 'a combatant file';
    const problem = `${names}: failed to load (${error ?? 'see the browser console'})`;
    failing.set(names, problem);
    return announce({ files, kinds: [], roster: live, problems: [problem], recovered: [] });
  }
  if (!staged || !current) return null;
  const swap = applyModules(current, staged, files);
  current = staged;
  staged = null;
  // A file loads again once it is swapped in: its failure (under its own name or in a group) is over.
  // One that loads but is not a valid monster is failing too, until a save makes it one.
  const recovered = [...failing.keys()].filter((names) => names.split(', ').some((f) => swap.kinds.some((k) => f === `${k}.ts`)));
  for (const names of recovered) failing.delete(names);
  for (const p of swap.problems) failing.set(p.slice(0, p.indexOf(':')), p);
  // roster.ts itself was edited: nothing to swap.
  if (swap.files.length === 0 && swap.problems.length === 0 && recovered.length === 0) return null;
  return announce({ ...swap, recovered });
}

/** Replaces the definitions of the files whose module changed; pure except for the live Map. */
export function applyModules(
  before: Readonly<Record<string, unknown>>,
  after: Readonly<Record<string, unknown>>,
  savedFiles: readonly string[] = [],
  roster: Map<string, CombatantDef> = live,
): CombatantSwap {
  const changed = Object.keys(after).filter((p) => after[p] !== before[p]).sort();
  const fresh = collectRoster(changed.map((path) => ({ path, module: after[path] })));
  const kinds: string[] = [];
  const problems: string[] = [];
  for (const path of changed) {
    if (!isCombatantPath(path)) continue;
    const kind = kindFromPath(path);
    const def = fresh.roster.get(kind);
    if (def) {
      roster.set(kind, def);
      kinds.push(kind);
    } else {
      problems.push(...fresh.problems.filter((p) => p.startsWith(`${fileOf(path)}:`)));
    }
  }
  const files = savedFiles.length > 0 ? [...savedFiles] : changed.map(fileOf);
  return { files, kinds, roster, problems, recovered: [] };
}

/**
 * The playground's Apply (src/game/playground): definitions made in the page replace their files'
 * like a save on the dev server, and every listener hears the same swap.
 */
export function swapInModules(entries: readonly LoadedModule[]): CombatantSwap {
  const fresh = collectRoster(entries);
  const kinds: string[] = [];
  for (const [kind, def] of fresh.roster) {
    live.set(kind, def);
    kinds.push(kind);
  }
  return announce({ files: entries.map((e) => fileOf(e.path)), kinds, roster: live, problems: fresh.problems, recovered: [] });
}

/** The module a file had when the page loaded it (or the dev server last did): what Reset goes back to. */
export function loadedModule(path: string): unknown {
  return current?.[path];
}

/** Called after every swap (and every failed one). Returns an unsubscribe function. */
export function onCombatantSwap(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function announce(swap: CombatantSwap): CombatantSwap {
  for (const l of [...listeners]) {
    try {
      l(swap);
    } catch (err) {
      console.warn('[coroutine-quest] hot swap listener failed:', err);
    }
  }
  return swap;
}
