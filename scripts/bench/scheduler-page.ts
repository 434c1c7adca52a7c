// Group 1 in Chromium, the game's real engine: bundled as an IIFE and run in a blank page.
// A page has no process CPU clock, so this run counts wall time (performance.now).
import { measureBattleRule } from './battle-rule.ts';
import { measureScheduler } from './scheduler.ts';
import { schedulerRows } from './scheduler-rows.ts';

export function run(quick: boolean): unknown {
  const clock = () => performance.now() * 1e6;
  const lines: string[] = [];
  const results = measureScheduler({ quick, log: (l) => lines.push(l), clock });
  return { rows: schedulerRows('Chromium', 'wall time', results, measureBattleRule(quick ? 3 : 7, clock)), lines };
}
