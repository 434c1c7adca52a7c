// Group 1's table rows, from measurements taken in Node or in Chromium.
import type { Row } from './common.ts';
import { fmtSpread, type Spread } from './spread.ts';
import { TARGETS, type SizeResult } from './scheduler.ts';
import { BATTLE_SIZES, TARGET_GROWTH } from './battle-rule.ts';

export const GROUP = '1 scheduler';

/** The median of the paired rounds decides; the min shows what the engine does when load is lightest. */
function ratioRow(where: string, figure: string, s: Spread, target: number, data: Record<string, unknown>): Row {
  const value = s.n < 2 ? fmtSpread(s, 2, '×') : `median ${s.median.toFixed(2)}×, min ${s.min.toFixed(2)}× (max ${s.max.toFixed(2)}×, ${s.n} paired rounds)`;
  return { group: GROUP, figure: `${where}: ${figure}`, value, target: `≤ ${target}× (median)`, met: s.median <= target, data: { ratio: s, ...data } };
}

/** `where` is `Node` or `Chromium`; `clockName` says what the clock counted. */
export function schedulerRows(where: string, clockName: string, results: readonly SizeResult[], battleRule?: { ns: Record<number, Spread>; growth: Spread }): Row[] {
  const rows: Row[] = [];
  for (const r of results) {
    const at = `N=${r.n}, ${r.steps} resumes`;
    const off = r.n <= 20 ? TARGETS.offSmall : TARGETS.offLarge;
    rows.push(ratioRow(where, `classic ${at}, trace off ÷ bare loop (${clockName})`, r.ratio.off, off, { n: r.n }));
    rows.push(ratioRow(where, `classic ${at}, trace on ÷ bare loop`, r.ratio.on, TARGETS.on, { n: r.n }));
    rows.push(ratioRow(where, `classic ${at}, as the game runs it (trace on + a subscriber) ÷ bare loop`, r.ratio.game, TARGETS.game, { n: r.n }));
    const med = (k: keyof SizeResult['ns']) => [...r.ns[k]].sort((a, b) => a - b)[r.ns[k].length >> 1]!.toFixed(0);
    rows.push({
      group: GROUP,
      figure: `${where}: classic N=${r.n}, ns per resume bare | off | on | game (medians)`,
      value: `${med('bare')} | ${med('off')} | ${med('on')} | ${med('game')} ns`,
      target: '—',
      met: null,
      data: { n: r.n, ns: r.ns },
    });
  }
  if (battleRule) {
    const [a, b] = BATTLE_SIZES;
    rows.push({
      group: GROUP,
      figure: `${where}: battle rule, ns per resume N=${b} ÷ N=${a}`,
      value: `${fmtSpread(battleRule.growth, 2, '×')}; ${battleRule.ns[a]!.median.toFixed(0)} → ${battleRule.ns[b]!.median.toFixed(0)} ns`,
      target: `≤ ${TARGET_GROWTH}×`,
      met: battleRule.growth.median <= TARGET_GROWTH,
      data: battleRule,
    });
  }
  return rows;
}
