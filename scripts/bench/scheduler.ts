// Group 1: what our scheduler and coroutine wrapper cost per resume, against the seed's bare loop.
//
// Both sides drive the very same hpCounter generators (src/combatants/classic.ts, imported here
// before any combatant hooks are registered, so uninstrumented) with the very same damage numbers:
//   baseline: queue.shift(); g.next(); g.next(-dmg); queue.push(g)   — plain JS, a no-op say
//   ours:     new Battle(seed, 'classic', recruits, …, { trace }) stepped with battle.step()
// A classic battle stops at RULES.maxSteps resumes (a draw), then closes every coroutine with
// return(); the baseline does the same number of resumes and closes its generators the same way.
// Building the generators / the Battle is not timed on either side.
import { hpCounter } from '../../src/combatants/classic.ts';
import { Battle, type Recruit } from '../../src/core/battle.ts';
import { createRng } from '../../src/core/rng.ts';
import { RULES } from '../../src/core/rules.ts';
import { fmtSpread, nowNs, spread, type BenchOptions, type Row } from './common.ts';

const GROUP = '1 scheduler';
/** Big enough that nobody dies before the step limit: every battle runs the full RULES.maxSteps. */
const HP = 1_000_000_000;
const SEED = 20240601;
export const SIZES = [2, 20, 2000] as const;
export const TARGET_OFF = 1.5;
export const TARGET_ON = 3;

type Kind = 'baseline' | 'off' | 'on';

/** The damage draws, one per turn, like the seed's randint(5, 10). */
function damageList(turns: number): number[] {
  const rng = createRng(SEED);
  return Array.from({ length: turns }, () => rng.int(5, 10));
}

/** N hpCounters in startClassic's Recruit shape, sides alternating (hero, enemy, hero, …). */
function recruits(n: number): Recruit[] {
  return Array.from({ length: n }, (_, i): Recruit => {
    const side = i % 2 === 0 ? 'hero' : 'enemy';
    const id = `c${i}`;
    const name = { ja: `コルーチン${i}`, en: `Coroutine ${i}` };
    return {
      info: { id, kind: side === 'hero' ? 'hero' : 'slime', name, side, sprite: side === 'hero' ? 'hero' : 'slime', hp: HP, maxHp: HP, mp: 0, maxMp: 0, boss: false },
      stats: { maxHp: HP, maxMp: 0, attack: [5, 10] },
      make: (tools) => hpCounter(name.ja, HP, tools.say),
    };
  });
}

const noSay = (): void => {};
let sink = 0;

/** One seed-style run over n fresh generators; returns [timed ns, resumes]. */
function runBaseline(n: number, damage: readonly number[]): [number, number] {
  const queue: Generator<number, number, number | undefined>[] = [];
  for (let i = 0; i < n; i++) queue.push(hpCounter(`コルーチン${i}`, HP, noSay));
  const limit = RULES.maxSteps;
  const t0 = nowNs();
  let steps = 0;
  let d = 0;
  while (queue.length > 0) {
    const g = queue.shift()!;
    sink += g.next().value; //                    t.send(None)
    if (++steps >= limit) {
      queue.push(g);
      break;
    }
    const r = g.next(-damage[d++]!); //           t.send(randint(-10, -5))
    sink += r.value;
    if (!r.done) queue.push(g); //                tasks.append(t)
    if (++steps >= limit) break;
  }
  for (const g of queue) g.return(0); //          what Battle.closeAll() does at the end
  const t1 = nowNs();
  return [t1 - t0, steps];
}

/** One Battle of the cast's counters, stepped to its end; returns [timed ns, resumes]. */
function runBattle(damage: readonly number[], trace: boolean, cast: readonly Recruit[]): [number, number] {
  const battle = new Battle(SEED, 'classic', cast, { version: 1, mode: 'classic', seed: SEED, damage: [...damage] }, { trace });
  const t0 = nowNs();
  while (battle.step().outcome === null) {
    /* one resume per step */
  }
  const t1 = nowNs();
  if (battle.outcome !== 'draw') throw new Error(`scheduler bench: expected a draw at the step limit, got ${battle.outcome}`);
  return [t1 - t0, battle.stepCount];
}

/**
 * Runs the three kinds in turns of short slices (whole battles, at least `sliceNs` each) until each
 * has `budgetNs` of timed work, so all three see the same load on a shared machine; ns per resume.
 */
function sample(order: readonly Kind[], n: number, damage: readonly number[], cast: readonly Recruit[], budgetNs: number, sliceNs: number): Record<Kind, number> {
  const ns: Record<Kind, number> = { baseline: 0, off: 0, on: 0 };
  const resumes: Record<Kind, number> = { baseline: 0, off: 0, on: 0 };
  while (order.some((k) => ns[k] < budgetNs)) {
    for (const kind of order) {
      if (ns[kind] >= budgetNs) continue; // a slow kind may fill its budget in one battle
      const start = ns[kind];
      while (ns[kind] - start < sliceNs) {
        const [t, r] = kind === 'baseline' ? runBaseline(n, damage) : runBattle(damage, kind === 'on', cast);
        ns[kind] += t;
        resumes[kind] += r;
      }
    }
  }
  return { baseline: ns.baseline / resumes.baseline, off: ns.off / resumes.off, on: ns.on / resumes.on };
}

export interface SchedulerResult {
  readonly n: number;
  readonly nsPerResume: Record<Kind, readonly number[]>;
  readonly ratioOff: readonly number[];
  readonly ratioOn: readonly number[];
}

export function measureScheduler(opts: BenchOptions): SchedulerResult[] {
  const repeats = opts.quick ? 5 : 11;
  const budgetNs = (opts.quick ? 15 : 60) * 1e6;
  const sliceNs = 2e6;
  const damage = damageList(RULES.maxSteps);
  const results: SchedulerResult[] = [];
  for (const n of SIZES) {
    const cast = recruits(n);
    // Warm up every path so the JIT has settled before the first timed sample (the large N runs
    // after the small ones, on code that is warm already, and one battle of it can take a second).
    if (n < 1000) sample(['baseline', 'off', 'on'], n, damage, cast, budgetNs / 2, sliceNs);
    const ns: Record<Kind, number[]> = { baseline: [], off: [], on: [] };
    const ratioOff: number[] = [];
    const ratioOn: number[] = [];
    const orders: Kind[][] = [['baseline', 'off', 'on'], ['on', 'baseline', 'off'], ['off', 'on', 'baseline']];
    for (let r = 0; r < repeats; r++) {
      // Rotate the order so drift on a shared machine does not always favour one side.
      const got = sample(orders[r % orders.length]!, n, damage, cast, budgetNs, sliceNs);
      for (const kind of ['baseline', 'off', 'on'] as const) ns[kind].push(got[kind]);
      ratioOff.push(got.off / got.baseline);
      ratioOn.push(got.on / got.baseline);
    }
    opts.log(`  N=${n}: baseline ${spread(ns.baseline).median.toFixed(0)} ns, off ${spread(ns.off).median.toFixed(0)} ns, on ${spread(ns.on).median.toFixed(0)} ns per resume`);
    results.push({ n, nsPerResume: ns, ratioOff, ratioOn });
  }
  if (sink === 0.5) opts.log('(unreachable: keeps the baseline loop observable)');
  return results;
}

export function schedulerRows(opts: BenchOptions): Row[] {
  const rows: Row[] = [];
  const results = measureScheduler(opts);
  for (const r of results) {
    const off = spread(r.ratioOff);
    const on = spread(r.ratioOn);
    const base = spread(r.nsPerResume.baseline);
    const nsOff = spread(r.nsPerResume.off);
    const nsOn = spread(r.nsPerResume.on);
    rows.push({
      group: GROUP,
      figure: `N=${r.n}: overhead, trace off (Battle ÷ bare loop)`,
      value: fmtSpread(off, 2, '×'),
      target: `≤ ${TARGET_OFF}×`,
      met: off.median <= TARGET_OFF,
      data: { n: r.n, ratio: off, samples: r.ratioOff },
    });
    rows.push({
      group: GROUP,
      figure: `N=${r.n}: overhead, trace on (Battle ÷ bare loop)`,
      value: fmtSpread(on, 2, '×'),
      target: `≤ ${TARGET_ON}×`,
      met: on.median <= TARGET_ON,
      data: { n: r.n, ratio: on, samples: r.ratioOn },
    });
    rows.push({
      group: GROUP,
      figure: `N=${r.n}: ns/resume bare | off | on`,
      value: `${base.median.toFixed(0)} | ${nsOff.median.toFixed(0)} | ${nsOn.median.toFixed(0)} ns (off ${nsOff.min.toFixed(0)}–${nsOff.max.toFixed(0)})`,
      target: '—',
      met: null,
      data: { n: r.n, baseline: base, off: nsOff, on: nsOn },
    });
  }
  // Flat in N: the cost per resume at the largest N against the smallest, for each side.
  const first = results[0]!;
  const last = results[results.length - 1]!;
  const growth = (k: Kind) => spread(last.nsPerResume[k]).median / spread(first.nsPerResume[k]).median;
  const gOff = growth('off');
  const gOn = growth('on');
  const gBase = growth('baseline');
  rows.push({
    group: GROUP,
    figure: `growth ns/resume N=${last.n} ÷ N=${first.n} (off | on | bare)`,
    value: `${gOff.toFixed(2)}× | ${gOn.toFixed(2)}× | ${gBase.toFixed(2)}×`,
    target: '≤ 1.5× (flat)',
    met: gOff <= 1.5 && gOn <= 1.5,
    data: { off: gOff, on: gOn, baseline: gBase },
  });
  return rows;
}
