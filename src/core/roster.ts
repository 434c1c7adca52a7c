// Discovery: which files in src/combatants are monsters, and whether each one can fight. One rule,
// used by the game and the CLI. What is wrong with a file is said when it loads, not in battle.
import { isCombatantDef, type CombatantDef, type LocalText } from './protocol.ts';
import { bareGeneratorFix, checkCreate, checkStats } from './validate.ts';

export type Roster = ReadonlyMap<string, CombatantDef>;

/** `slime.ts` and `she-slime.ts` are monsters; `_template.ts`, `classic.ts`, tests and types are not. */
export function isCombatantPath(path: string): boolean {
  const file = path.split(/[\\/]/).pop() ?? '';
  return /^[a-z0-9][a-z0-9-]*\.(ts|js)$/.test(file) && file !== 'classic.ts' && file !== 'index.ts';
}

export function kindFromPath(path: string): string {
  return (path.split(/[\\/]/).pop() ?? '').replace(/\.(ts|js)$/, '');
}

export interface LoadedModule {
  readonly path: string;
  readonly module?: unknown;
  readonly error?: unknown;
}

/** One skipped file, in both languages; `text.en` is the same sentence as in `problems`. */
export interface RosterNotice {
  readonly file: string;
  readonly text: LocalText;
}

export interface RosterResult {
  readonly roster: Roster;
  /** One sentence per file that was skipped, naming the file. */
  readonly problems: readonly string[];
  /** The same, in English and Japanese, for a notice in the player's language. */
  readonly notices?: readonly RosterNotice[];
}

/** Builds the roster from loaded modules; a bad file is skipped with a notice, never fatal. */
export function collectRoster(modules: readonly LoadedModule[]): RosterResult {
  const roster = new Map<string, CombatantDef>();
  const notices: RosterNotice[] = [];
  for (const m of [...modules].sort((a, b) => a.path.localeCompare(b.path))) {
    if (!isCombatantPath(m.path)) continue;
    const file = m.path.split(/[\\/]/).pop() ?? m.path;
    const kind = kindFromPath(m.path);
    const result = m.error !== undefined ? failedToLoad(m.error) : admit(m.module, kind);
    if ('def' in result) roster.set(kind, result.def);
    else notices.push({ file, text: { en: `${file}: ${result.en}`, ja: `${file}: ${result.ja}` } });
  }
  return { roster, problems: notices.map((n) => n.text.en), notices };
}

function failedToLoad(error: unknown): LocalText {
  const why = error instanceof Error ? error.message : String(error);
  return { en: `failed to load (${why})`, ja: `よみこめませんでした (${why})` };
}

/** The one definition a module exports, with its kind and sprite filled in, or what is wrong. */
function admit(module: unknown, kind: string): { def: CombatantDef } | LocalText {
  const exported = typeof module === 'object' && module !== null ? Object.entries(module) : [];
  const candidates = exported.filter(([, v]) => isCombatantDef(v) || looksLikeDef(v)).map(([, v]) => v as CombatantDef);
  if (candidates.length === 0) {
    const bare = bareGeneratorFix((module as { default?: unknown } | null)?.default);
    if (bare) return bare;
    return {
      en: 'exports no combatant definition (export default defineEnemy({ … }))',
      ja: 'モンスターの ていぎが ありません (export default defineEnemy({ … }) と かいてください)',
    };
  }
  if (candidates.length > 1) {
    return {
      en: `exports ${candidates.length} combatant definitions; one file holds one monster`,
      ja: `モンスターの ていぎが ${candidates.length}こ あります。1つの ファイルに 1ぴき です`,
    };
  }
  const def = candidates[0]!;
  if (def.kind !== undefined && def.kind !== '' && def.kind !== kind) {
    return {
      en: `its kind is ${JSON.stringify(def.kind)} but the file name says ${JSON.stringify(kind)}`,
      ja: `kind が ${JSON.stringify(def.kind)} ですが ファイル名は ${JSON.stringify(kind)} です。kind を けすか ファイル名に あわせてください`,
    };
  }
  const problem = checkCreate(def.create) ?? checkStats(def.stats) ?? checkShape(def);
  if (problem) return problem;
  return { def: { ...def, kind, sprite: def.sprite === '' ? kind : def.sprite } };
}

/** An object with a `create` function is meant as a monster, so its mistakes get a precise sentence. */
function looksLikeDef(value: unknown): boolean {
  return typeof value === 'object' && value !== null && 'create' in value && typeof (value as { create: unknown }).create === 'function';
}

function checkShape(def: CombatantDef): LocalText | null {
  if (isCombatantDef(def)) return null;
  return {
    en: "its definition needs name: { ja: '…', en: '…' } and must be made with defineEnemy({ … }) or defineHero({ … })",
    ja: "name: { ja: '…', en: '…' } が ひつようです。defineEnemy({ … }) か defineHero({ … }) で つくってください",
  };
}
