// The v2 save: read as is, a bad value repaired with a word, a v1 save migrated with a notice,
// nothing worth keeping reported corrupt.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { collectRoster, type Roster } from '../../../src/core/roster.ts';
import { memberStats } from '../../../src/core/progress.ts';
import { PROGRESS_KEY } from '../../../src/game/storage/progress-store.ts';
import { loadSave, parseSave, type MaxOf } from '../../../src/game/storage/save-v2.ts';
import { MemoryStorage } from './memory-storage.ts';

let roster: Roster;
let maxOf: MaxOf;
beforeAll(async () => {
  const dir = fileURLToPath(new URL('../../../src/combatants/', import.meta.url));
  const modules = await Promise.all(readdirSync(dir).filter((f) => f.endsWith('.ts')).map(async (f) => ({ path: f, module: await import(`${dir}${f}`) })));
  roster = collectRoster(modules).roster;
  maxOf = (kind, level) => (roster.get(kind)?.side === 'hero' ? memberStats(roster, kind, level) : null);
});

const good = {
  version: 2, seed: 42, floor: 3,
  party: [{ kind: 'hero', hp: 70, mp: 12, level: 2, exp: 9 }, { kind: 'mage', hp: 40, mp: 20, level: 2, exp: 9 }],
  gold: 30, bag: { yakusou: 2, dokukeshi: 1, seisui: 0 },
};
const read = (value: unknown) => parseSave(typeof value === 'string' ? value : JSON.stringify(value), maxOf, roster);

describe('parseSave', () => {
  it('reads a valid v2 save', () => {
    expect(read(good)).toEqual({ status: 'ok', progress: good });
  });

  it('repairs one bad value and says what it set', () => {
    const r = read({ ...good, gold: -5, party: [{ ...good.party[0], hp: 9999 }, good.party[1]] });
    expect(r.status).toBe('repaired');
    if (r.status !== 'repaired') return;
    expect(r.progress.gold).toBe(0);
    expect(r.progress.party[0]!.hp).toBe(maxOf('hero', 2)!.maxHp);
    expect(r.notice.en).toMatch(/^The save had a bad value and was repaired: seed 42 and floor 4 kept; hero HP set to \d+; gold set to 0$/);
    expect(r.notice.ja).toContain('セーブデータ を なおしました');
  });

  it('migrates a v1 save through the core, with a notice', () => {
    const r = read({ seed: 5, floor: 1, hp: 90, mp: 1 });
    expect(r).toMatchObject({ status: 'migrated', progress: { version: 2, seed: 5, floor: 1, party: [{ kind: 'hero', hp: 90, mp: 1 }] } });
    if (r.status === 'migrated') expect(r.notice.en).toMatch(/older save was brought up to date/);
    // A v1 save with a bad HP is repaired as before, then migrated: both are said.
    const bad = read({ seed: 5, floor: 1, hp: 'x', mp: 1 });
    expect(bad.status).toBe('migrated');
    if (bad.status === 'migrated') expect(bad.notice.en).toMatch(/brought up to date \(now with a party, items and gold\)\. The save had a bad value and was repaired/);
  });

  it.each([
    ['not JSON', '{not json'],
    ['a v2 save without a party', JSON.stringify({ ...good, party: [] })],
    ['a v2 floor past the last', JSON.stringify({ ...good, floor: 99 })],
    ['an unknown member', JSON.stringify({ ...good, party: [{ kind: 'dragon', hp: 1, mp: 0, level: 1, exp: 0 }] })],
    ['a v1 save with a bad seed', JSON.stringify({ seed: 'x', floor: 0, hp: 1, mp: 1 })],
    ['too long', 'x'.repeat(5000)],
  ])('has nothing to keep with %s', (_name, raw) => {
    expect(parseSave(raw, maxOf, roster)).toEqual({ status: 'corrupt' });
  });

  it('loads from storage, and leaves a storage that throws alone', () => {
    expect(loadSave(new MemoryStorage(), maxOf, roster)).toEqual({ status: 'none' });
    expect(loadSave(new MemoryStorage({ [PROGRESS_KEY]: JSON.stringify(good) }), maxOf, roster)).toEqual({ status: 'ok', progress: good });
    const throwing = { getItem: () => { throw new Error('SecurityError'); }, setItem: () => {} };
    expect(loadSave(throwing, maxOf, roster)).toMatchObject({ status: 'unreadable' });
  });
});
