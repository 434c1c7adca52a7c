// sim --party/--item and fuzz --party (issue 15), through the CLIs' own main() (no child process).
import { describe, expect, it } from 'vitest';
import { main as fuzzMain, parseFuzzArgs } from '../../src/cli/fuzz.ts';
import { HELP as SIM_HELP, main as simMain, parseSimArgs } from '../../src/cli/sim.ts';
import { HELP as FUZZ_HELP } from '../../src/cli/fuzz.ts';

async function run(main: typeof simMain, ...args: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}

describe('sim --party / --item', () => {
  it('--help names both', () => {
    expect(SIM_HELP).toMatch(/--party KIND\[:LV\]/);
    expect(SIM_HELP).toMatch(/--item NAME\[=N\]/);
    expect(FUZZ_HELP).toMatch(/--party KIND\[:LV\]/);
  });

  it('parses members with levels and the bag', () => {
    const o = parseSimArgs(['--party', 'hero:3', '--party', 'mage', '--item', 'yakusou=2', '--item', 'yakusou', '--item', 'seisui']);
    expect(o.party).toEqual([{ kind: 'hero', level: 3 }, { kind: 'mage' }]);
    expect(o.bag).toEqual({ yakusou: 3, seisui: 1 });
    expect(parseSimArgs([]).party).toEqual([{ kind: 'hero' }]);
  });

  it('refuses bad members and items in one line', async () => {
    expect((await run(simMain, '--party', 'mage:0')).err).toEqual(['sim: --party: "mage:0" is not a party member (KIND or KIND:LEVEL, e.g. mage:3)']);
    expect((await run(simMain, '--item', 'elixir')).err).toEqual(['sim: --item: "elixir" is not an item (known: yakusou, dokukeshi, seisui; e.g. yakusou=3)']);
    const r = await run(simMain, '--party', 'dragon', '--seed', '1');
    expect(r.code).toBe(2);
    expect(r.err.at(-1)).toBe('sim: --party: unknown party member "dragon"');
  });

  it('plays a party battle with items and the new spells, in both languages', async () => {
    const args = ['--seed', '3', '--party', 'hero:5', '--party', 'mage:3', '--party', 'priest:6', '--item', 'yakusou=2', '--enemy', 'magician', '--enemy', 'bubble-slime', '--enemy', 'healslime'];
    const ja = await run(simMain, ...args, '--lang', 'ja');
    expect(ja.code).toBe(0);
    expect(ja.out.join('\n')).toMatch(/ラリホー を となえた!/);
    expect(ja.out.join('\n')).toMatch(/ねむってしまった!/);
    const en = await run(simMain, ...args, '--lang', 'en');
    expect(en.out.join('\n')).toMatch(/casts Snooze!/);
    expect(en.out.at(-1)).toMatch(/^outcome: /);
  });
});

describe('fuzz --party', () => {
  it('parses the party and plays party runs without problems', async () => {
    expect(parseFuzzArgs(['--party', 'hero', '--party', 'priest:6'])).toMatchObject({ party: [{ kind: 'hero' }, { kind: 'priest', level: 6 }] });
    const r = await run(fuzzMain, '--enemy', 'magician', '--party', 'hero:3', '--party', 'mage:3', '--party', 'priest:6', '--runs', '40');
    expect(r.code).toBe(0);
    expect(r.out[0]).toMatch(/^fuzz: 40 battles against magician .* no problems/);
  });
});
