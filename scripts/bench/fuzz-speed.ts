// The fuzzer's speed: battles per second of CPU time for 1000 battles of one kind (slime), the whole
// fuzz loop (random player, lineup, rule checks on the ledger, the replay check) in this process.
// The roster is loaded before the clock starts, so the figure counts our code, not the loader.
import { fuzz } from '../../src/cli/fuzz.ts';
import { loadRoster } from '../../src/cli/load-roster.ts';
import { cpuNs, fmtSpread, spread, type BenchOptions, type Row } from './common.ts';

export async function fuzzSpeedRows(opts: BenchOptions): Promise<Row[]> {
  const { roster } = await loadRoster();
  const battles = 1000;
  fuzz(roster, { enemies: ['slime'], runs: 50, seed: 1 }); // warm-up, not counted
  const rates: number[] = [];
  for (let round = 0; round < (opts.quick ? 2 : 5); round++) {
    const t0 = cpuNs();
    const r = fuzz(roster, { enemies: ['slime'], runs: battles, seed: 1 });
    const ns = cpuNs() - t0;
    if (!r.ok) throw new Error(`fuzz found a problem in slime: ${r.problem}`);
    rates.push(battles / (ns / 1e9));
  }
  const s = spread(rates);
  return [{ group: '2 headless', figure: 'fuzz: battles/s of CPU, 1000 battles vs slime (median of rounds)', value: fmtSpread(s, 0, ' battles/s'), target: '—', met: null, data: { ...s } }];
}
