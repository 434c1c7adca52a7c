// The combatant instrumentation (src/instrument) as the browser loads it and as fast as it runs:
// the gzip size of its browser bundle, and CPU time per monster file next to the TypeScript-compiler
// transform it replaced (test/instrument/oracle-ts-transform.ts), rounds interleaved.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { compileCombatant } from '../../src/instrument/compile-combatant.ts';
import { instrumentCombatant } from '../../src/instrument/combatant-transform.ts';
import { instrumentCombatant as compilerTransform } from '../../test/instrument/oracle-ts-transform.ts';
import { bundleInstrument } from '../instrument-bundle.ts';
import { ROOT } from './bundle.ts';
import { cpuNs, fmtSpread, kb, spread, type BenchOptions, type Row } from './common.ts';

const GROUP = '6 instrument';

export async function instrumentRows(opts: BenchOptions): Promise<Row[]> {
  const rows: Row[] = [];
  for (const [entry, what] of [
    ['transform', 'instrument transform + parser (acorn, TS plugin, magic-string), browser bundle, gzip'],
    ['compile', 'the same + sucrase stripping types (what the playground loads), gzip'],
  ] as const) {
    const bytes = gzipSync((await bundleInstrument(entry)).code, { level: 9 }).length;
    rows.push({ group: GROUP, figure: what, value: kb(bytes), target: '—', met: null, data: { bytes } });
  }

  const dir = join(ROOT, 'src/combatants');
  const files = readdirSync(dir).filter((f) => f.endsWith('.ts')).map((f) => ({ path: join(dir, f), source: readFileSync(join(dir, f), 'utf8') }));
  const variants = {
    mine: (s: string, p: string) => instrumentCombatant(s, p),
    compiler: (s: string, p: string) => compilerTransform(s, p),
    compile: (s: string, p: string) => compileCombatant(s, p),
  };
  const repeats = opts.quick ? 20 : 100;
  const perFile: Record<keyof typeof variants, number[]> = { mine: [], compiler: [], compile: [] };
  const ratios: number[] = [];
  for (const run of Object.values(variants)) for (const f of files) run(f.source, f.path); // warm-up
  for (let round = 0; round < (opts.quick ? 3 : 7); round++) {
    const us: Partial<Record<keyof typeof variants, number>> = {};
    for (const [name, run] of Object.entries(variants) as [keyof typeof variants, (s: string, p: string) => unknown][]) {
      const t0 = cpuNs();
      for (let i = 0; i < repeats; i++) for (const f of files) run(f.source, f.path);
      us[name] = (cpuNs() - t0) / 1000 / (repeats * files.length);
      perFile[name].push(us[name]);
    }
    ratios.push(us.mine! / us.compiler!);
  }
  const row = (figure: string, values: number[], digits: number, unit: string): Row => {
    const s = spread(values);
    return { group: GROUP, figure, value: fmtSpread(s, digits, unit), target: '—', met: null, data: { ...s } };
  };
  rows.push(row(`instrument one src/combatants file (${files.length} files): µs of CPU per file, median of rounds`, perFile.mine, 0, ' µs'));
  rows.push(row('the same with the TypeScript-compiler transform it replaced', perFile.compiler, 0, ' µs'));
  rows.push(row('instrument ÷ compiler transform, per round', ratios, 2, '×'));
  rows.push(row('instrument + strip types with sucrase (Node loader, playground): µs of CPU per file', perFile.compile, 0, ' µs'));
  return rows;
}
