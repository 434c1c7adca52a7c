// The adventure's save, version 2 (a party, gold and a bag; src/core/progress.ts). A version 1 save
// (five floors, the hero alone) is read as it always was (progress-store.ts) and migrated through the
// core's upgradeProgress, with a notice; a v2 save with a bad value is repaired like a v1 one, saying what.
import { FLOORS, upgradeProgress, type Progress } from '../../core/progress.ts';
import { ITEM_IDS } from '../../core/items.ts';
import { MAX_LEVEL } from '../../core/growth.ts';
import type { LocalText } from '../../core/protocol.ts';
import type { Roster } from '../../core/roster.ts';
import { MAX_SEED } from '../../core/rng.ts';
import { parseProgress, readSaved } from './progress-store.ts';
import type { StorageLike } from './browser-storage.ts';
import { PARTY_WORDS } from '../ui/party-words.ts';

const MAX_LENGTH = 4096;

export type SaveRead =
  | { readonly status: 'none' }
  | { readonly status: 'ok'; readonly progress: Progress }
  /** A version 1 save, brought up to version 2 (the caller writes it back and shows the notice). */
  | { readonly status: 'migrated'; readonly progress: Progress; readonly notice: LocalText }
  | { readonly status: 'repaired'; readonly progress: Progress; readonly notice: LocalText }
  | { readonly status: 'corrupt' }
  | { readonly status: 'unreadable'; readonly notice: LocalText };

/** A party member's maxima at a level (null: a kind the roster does not have). */
export type MaxOf = (kind: string, level: number) => { readonly maxHp: number; readonly maxMp: number } | null;

const isInt = (v: unknown, min: number, max: number): v is number => Number.isInteger(v) && (v as number) >= min && (v as number) <= max;

function repairNotice(seed: number, floor: number, fixes: readonly LocalText[]): LocalText {
  return {
    en: `The save had a bad value and was repaired: seed ${seed} and floor ${floor + 1} kept; ${fixes.map((f) => f.en).join('; ')}`,
    ja: `セーブデータ を なおしました: シード ${seed} と ${floor + 1} かい は そのまま。${fixes.map((f) => f.ja).join('。')}`,
  };
}

/** A v2 save's fields, each bad one replaced (and said); null when seed, floor or party are beyond repair. */
function repairV2(o: Record<string, unknown>, maxOf: MaxOf): { value: Record<string, unknown>; fixes: LocalText[] } | null {
  if (!isInt(o.seed, 0, MAX_SEED) || !isInt(o.floor, 0, FLOORS.length - 1) || !Array.isArray(o.party) || o.party.length === 0 || o.party.length > 3) return null;
  const fixes: LocalText[] = [];
  const fix = <T>(name: string, v: unknown, ok: boolean, value: T): T | unknown => {
    if (ok) return v;
    fixes.push({ en: `${name} set to ${String(value)}`, ja: `${name} を ${String(value)} に しました` });
    return value;
  };
  const party: Record<string, unknown>[] = [];
  for (const raw of o.party as unknown[]) {
    if (typeof raw !== 'object' || raw === null) return null;
    const m = raw as Record<string, unknown>;
    if (typeof m.kind !== 'string') return null;
    const level = fix(`${m.kind} level`, m.level, isInt(m.level, 1, MAX_LEVEL), 1) as number;
    const max = maxOf(m.kind, level);
    if (!max) return null;
    party.push({
      kind: m.kind,
      hp: fix(`${m.kind} HP`, m.hp, isInt(m.hp, 1, max.maxHp), max.maxHp),
      mp: fix(`${m.kind} MP`, m.mp, isInt(m.mp, 0, max.maxMp), max.maxMp),
      level,
      exp: fix(`${m.kind} exp`, m.exp, isInt(m.exp, 0, 1e7), 0),
    });
  }
  const bagIn = typeof o.bag === 'object' && o.bag !== null ? (o.bag as Record<string, unknown>) : {};
  const bag = Object.fromEntries(ITEM_IDS.map((id) => [id, fix(id, bagIn[id], bagIn[id] === undefined || isInt(bagIn[id], 0, 99), 0) ?? 0]));
  const gold = fix('gold', o.gold, isInt(o.gold, 0, 1e7), 0);
  return { value: { ...o, party, bag, gold }, fixes };
}

/** A stored value → v2 progress (see SaveRead). */
export function parseSave(raw: string, maxOf: MaxOf, roster: Roster): SaveRead {
  if (raw.length > MAX_LENGTH) return { status: 'corrupt' };
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { status: 'corrupt' };
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return { status: 'corrupt' };
  const o = json as Record<string, unknown>;
  if (o.version === 2) {
    const repaired = repairV2(o, maxOf);
    const progress = repaired && upgradeProgress(repaired.value, roster);
    if (!repaired || !progress) return { status: 'corrupt' };
    return repaired.fixes.length === 0 ? { status: 'ok', progress } : { status: 'repaired', progress, notice: repairNotice(progress.seed, progress.floor, repaired.fixes) };
  }
  const hero = maxOf('hero', 1) ?? { maxHp: 100, maxMp: 30 };
  const v1 = parseProgress(raw, hero.maxHp, hero.maxMp);
  if (v1.status !== 'ok' && v1.status !== 'repaired') return { status: 'corrupt' };
  const progress = upgradeProgress(v1.progress, roster);
  if (!progress) return { status: 'corrupt' };
  const migrated = { ja: PARTY_WORDS.ja.saveMigrated, en: PARTY_WORDS.en.saveMigrated };
  const notice = v1.status === 'repaired' ? { ja: `${migrated.ja}。${v1.notice.ja}`, en: `${migrated.en}. ${v1.notice.en}` } : migrated;
  return { status: 'migrated', progress, notice };
}

export function loadSave(storage: StorageLike | null, maxOf: MaxOf, roster: Roster): SaveRead {
  const read = readSaved(storage);
  if ('unreadable' in read) return { status: 'unreadable', notice: read.unreadable };
  return read.raw === null ? { status: 'none' } : parseSave(read.raw, maxOf, roster);
}
