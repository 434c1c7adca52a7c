// Groups 1 and 2 in one bundled Node process (scripts/bench/bundle.ts builds it; scripts/bench.ts
// runs it): progress on stderr, the rows as one JSON line on stdout.
import { measureBattleRule } from './battle-rule.ts';
import { cpuNs, errorText, naRow, type Row } from './common.ts';
import { headlessRows } from './headless.ts';
import { measureScheduler } from './scheduler.ts';
import { schedulerRows } from './scheduler-rows.ts';

const quick = process.argv.includes('--quick');
const log = (line: string) => process.stderr.write(`${line}\n`);
const rows: Row[] = [];
try {
  log('1 scheduler (Node, bundled)…');
  const results = measureScheduler({ quick, log, clock: cpuNs });
  rows.push(...schedulerRows('Node', 'CPU time', results, measureBattleRule(quick ? 3 : 7, cpuNs)));
} catch (error) {
  rows.push(naRow('1 scheduler', 'Node: overhead per resume', '≤ 1.5×', errorText(error)));
}
try {
  log('2 headless (Node, bundled)…');
  rows.push(...headlessRows({ quick, log }, process.argv.find((a) => a.endsWith('classic.py')) ?? 'classic.py'));
} catch (error) {
  rows.push(naRow('2 headless', 'battles per second', '—', errorText(error)));
}
process.stdout.write(`${JSON.stringify(rows)}\n`);
