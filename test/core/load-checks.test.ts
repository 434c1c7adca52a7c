// What is wrong with a monster file is said when it loads: the file becomes a notice, not a monster.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadRoster } from '../../src/cli/load-roster.ts';
import { attack, defineEnemy } from '../../src/core/kit.ts';
import type { Stats } from '../../src/core/protocol.ts';
import { collectRoster, type RosterResult } from '../../src/core/roster.ts';
import { bareGeneratorFix, checkCreate, checkStats } from '../../src/core/validate.ts';
import slime from '../../src/combatants/slime.ts';

const LOAD_CHECKS = fileURLToPath(new URL('../fixtures/load-checks/', import.meta.url));

const withStats = (stats: unknown) => ({ ...slime, stats: stats as Stats });
const load = (module: unknown, path = 'src/combatants/puddle.ts'): RosterResult => collectRoster([{ path, module }]);

describe('stats are checked when the file loads', () => {
  it.each([
    [{ maxHp: 1, maxMp: 0, attack: [0, 0] }],
    [{ maxHp: 9999, maxMp: 99, attack: [999, 999] }],
    [{ maxHp: 20, maxMp: 0, attack: [3, 6] }],
  ])('accepts %j', (stats) => {
    expect(checkStats(stats)).toBeNull();
    expect(load({ default: withStats(stats) }).problems).toEqual([]);
  });

  it.each([
    [{ maxHp: 0, maxMp: 0, attack: [3, 6] }, 'stats.maxHp is 0; it must be a whole number from 1 to 9999'],
    [{ maxHp: 10000, maxMp: 0, attack: [3, 6] }, 'stats.maxHp is 10000; it must be a whole number from 1 to 9999'],
    [{ maxHp: 20.5, maxMp: 0, attack: [3, 6] }, 'stats.maxHp is 20.5; it must be a whole number from 1 to 9999'],
    [{ maxHp: '20', maxMp: 0, attack: [3, 6] }, 'stats.maxHp is "20"; it must be a whole number from 1 to 9999'],
    [{ maxHp: Number.NaN, maxMp: 0, attack: [3, 6] }, 'stats.maxHp is NaN; it must be a whole number from 1 to 9999'],
    [{ maxHp: 20, maxMp: -1, attack: [3, 6] }, 'stats.maxMp is -1; it must be a whole number, 0 or more (0 for a monster without spells)'],
    [{ maxHp: 20, attack: [3, 6] }, 'stats.maxMp is undefined; it must be a whole number, 0 or more (0 for a monster without spells)'],
    [{ maxHp: 20, maxMp: 0, attack: [1e9, 1e9] }, "stats.attack is [1000000000,1000000000]; it must be [low, high], two whole numbers with 0 ≤ low ≤ high ≤ 999: the damage of one blow, like the memo's randint(5, 10)"],
    [{ maxHp: 20, maxMp: 0, attack: [6, 3] }, "stats.attack is [6,3]; it must be [low, high], two whole numbers with 0 ≤ low ≤ high ≤ 999: the damage of one blow, like the memo's randint(5, 10)"],
    [{ maxHp: 20, maxMp: 0, attack: [-1, 3] }, "stats.attack is [-1,3]; it must be [low, high], two whole numbers with 0 ≤ low ≤ high ≤ 999: the damage of one blow, like the memo's randint(5, 10)"],
    [{ maxHp: 20, maxMp: 0, attack: [3, 6, 9] }, "stats.attack is [3,6,9]; it must be [low, high], two whole numbers with 0 ≤ low ≤ high ≤ 999: the damage of one blow, like the memo's randint(5, 10)"],
    [{ maxHp: 20, maxMp: 0, attack: 5 }, "stats.attack is 5; it must be [low, high], two whole numbers with 0 ≤ low ≤ high ≤ 999: the damage of one blow, like the memo's randint(5, 10)"],
    [undefined, 'has no stats; add stats: { maxHp: 20, maxMp: 0, attack: [3, 6] }'],
  ])('refuses %j, naming the file', (stats, message) => {
    expect(checkStats(stats)?.en).toBe(message);
    const { roster, problems, notices } = load({ default: withStats(stats) });
    expect(roster.size).toBe(0);
    expect(problems).toEqual([`puddle.ts: ${message}`]);
    expect(notices![0]!.text.ja).toMatch(/^puddle\.ts: stats/);
  });

  it('says the same in Japanese, in the words of the game', () => {
    expect(checkStats({ maxHp: 0, maxMp: 0, attack: [3, 6] })?.ja).toBe('stats.maxHp が 0 です。1 から 9999 までの せいすう(整数) に してください');
    expect(checkStats({ maxHp: 20, maxMp: 0, attack: [1e9, 1e9] })?.ja).toBe(
      'stats.attack が [1000000000,1000000000] です。[さいしょう, さいだい] の 2つの せいすう(整数) で 0 ≤ さいしょう ≤ さいだい ≤ 999 に してください。1かいの こうげきの ダメージです (メモの randint(5, 10) と おなじ)',
    );
    expect(checkStats({ maxHp: 20, maxMp: -3, attack: [1, 2] })?.ja).toBe('stats.maxMp が -3 です。0 いじょうの せいすう(整数) に してください (じゅもんを つかわないなら 0)');
  });

  it('keeps the good files when one is bad', () => {
    const { roster, problems } = collectRoster([
      { path: 'x/slime.ts', module: { default: slime } },
      { path: 'x/strong.ts', module: { default: withStats({ maxHp: 20, maxMp: 0, attack: [1e9, 1e9] }) } },
    ]);
    expect([...roster.keys()]).toEqual(['slime']);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^strong\.ts: stats\.attack is \[1000000000,1000000000\]/);
  });
});

describe('kind comes from the file name', () => {
  it('needs no kind field', () => {
    const { roster } = load({ default: slime });
    expect(roster.get('puddle')?.kind).toBe('puddle');
  });

  it('accepts a kind that agrees and refuses one that disagrees', () => {
    expect(load({ default: { ...slime, kind: 'puddle' } }).problems).toEqual([]);
    const { problems, notices } = load({ default: { ...slime, kind: 'slime' } });
    expect(problems).toEqual(['puddle.ts: its kind is "slime" but the file name says "puddle"']);
    expect(notices![0]!.text.ja).toBe('puddle.ts: kind が "slime" ですが ファイル名は "puddle" です。kind を けすか ファイル名に あわせてください');
  });
});

describe('create must be a generator function', () => {
  it('refuses async *create with the fix: function*, not async function*', () => {
    const asyncCreate = { ...slime, async *create(hp: number) { yield { hp }; } };
    const message = checkCreate(asyncCreate.create)!;
    expect(message.en).toBe(
      'create is an async generator (async *create): the battle gets a Promise from each next(), never your status. Use `function*`, not `async function*`: delete the word async',
    );
    expect(message.ja).toMatch(/`async function\*` ではなく `function\*` を つかってください/);
    expect(load({ default: asyncCreate }).problems).toEqual([`puddle.ts: ${message.en}`]);
  });

  it('refuses an async function and a missing create', () => {
    expect(checkCreate(async () => 1)?.en).toBe('create is an async function; it must be a generator function: write *create(hp) { … } and use yield, not await');
    expect(checkCreate(undefined)?.en).toBe('has no create; add *create(hp) { … }, the generator function');
  });

  it('accepts a generator function and a plain function that returns a generator', () => {
    expect(checkCreate(slime.create)).toBeNull();
    expect(checkCreate((hp: number) => slime.create(hp, undefined as never))).toBeNull();
  });
});

describe('a bare generator function as the default export', () => {
  function* puddle(hp: number) {
    yield { hp };
  }

  it('gets the two-line fix, using its own name', () => {
    const fix = bareGeneratorFix(puddle)!;
    expect(fix.en).toBe([
      'its default export is a bare generator function; the game also needs its name and stats. Write `function* puddle(hp) {` without `export default`, yielding `{ hp }` rather than a bare number, and add these two lines:',
      "  import { defineEnemy } from '../core/kit.ts';",
      "  export default defineEnemy({ name: { ja: '…', en: '…' }, stats: { maxHp: 20, maxMp: 0, attack: [3, 6] }, create: puddle });",
    ].join('\n'));
    expect(fix.ja.split('\n').slice(1)).toEqual(fix.en.split('\n').slice(1));
    expect(load({ default: puddle }).problems).toEqual([`puddle.ts: ${fix.en}`]);
  });

  it('names an anonymous one "monster", and leaves other exports to the usual notice', () => {
    expect(bareGeneratorFix(function* () {})?.en).toContain('create: monster });');
    expect(bareGeneratorFix(() => 1)).toBeNull();
    expect(load({ default: 42 }).problems).toEqual(['puddle.ts: exports no combatant definition (export default defineEnemy({ … }))']);
  });
});

describe('a definition that is not made with defineEnemy', () => {
  it('is told what it lacks instead of "exports no combatant definition"', () => {
    const { problems } = load({ default: { stats: { maxHp: 5, maxMp: 0, attack: [1, 1] }, *create(hp: number) { yield { hp }; } } });
    expect(problems).toEqual(["puddle.ts: its definition needs name: { ja: '…', en: '…' } and must be made with defineEnemy({ … }) or defineHero({ … })"]);
  });
});

describe('real files, loaded the way the CLI loads them', () => {
  it('turns each mistake into a notice and loads the good monster', async () => {
    const { roster, problems } = await loadRoster(LOAD_CHECKS);
    expect([...roster.keys()]).toEqual(['fine']);
    expect(roster.get('fine')).toMatchObject({ kind: 'fine', sprite: 'fine', side: 'enemy' });
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(/^async-create\.ts: create is an async generator .*Use `function\*`, not `async function\*`/);
    expect(problems[1]).toMatch(/^bare-generator\.ts: its default export is a bare generator function.*\n {2}import \{ defineEnemy \}.*\n {2}export default defineEnemy\(.*create: puddle \}\);$/);
    expect(problems[2]).toMatch(/^huge-attack\.ts: stats\.attack is \[1000000000,1000000000\]/);
  });

  it('a monster written with the kit still fights', () => {
    const def = defineEnemy({ name: { ja: 'x', en: 'x' }, stats: { maxHp: 3, maxMp: 0, attack: [1, 1] }, *create(hp) { yield { hp, act: attack() }; } });
    expect(load({ default: def }).roster.get('puddle')!.create(3, undefined as never).next().value).toEqual({ hp: 3, act: { kind: 'attack' } });
  });
});
