// Group 1: what our scheduler and coroutine wrapper cost per resume, against the seed's bare loop.
//
// Every variant drives the very same hpCounter generators (src/combatants/classic.ts) with the very
// same damage numbers:
//   bare:  queue.shift(); g.next(); g.next(-dmg); queue.push(g)   — plain JS, a no-op say
//   off:   new Battle(seed, 'classic', recruits, …, { trace: false }) stepped with battle.step()
//   on:    the same with the full ledger (trace on)
//   game:  trace on plus one subscriber that reads every event, as the game runs it
// Each battle runs enough resumes that every coroutine gets at least 20 turns (the bench-only
// `maxSteps` option; the game's RULES.maxSteps and every log stay as they are), then stops at the
// limit (a draw) and closes every coroutine; the bare loop does the same resumes and closes its
// generators the same way. Building the generators / the Battle is not timed on either side.
// Each variant is timed in a pair with the bare loop: four slices of each, alternating, every slice
// repeating runs until it has used at least 8 ms of clock time, and its ratio is variant ÷ bare of
// that pair, so load from other processes lands on both sides. Sizes and variants are interleaved,
// both orders rotating from round to round; the first rounds are discarded as JIT warm-up; 11
// rounds give a median and a min per ratio. This file runs in Node and in Chromium: the clock is passed in.
import { hpCounter } from '../../src/combatants/classic.ts';
import { Battle, type Recruit } from '../../src/core/battle.ts';
import { createRng } from '../../src/core/rng.ts';
import { RULES } from '../../src/core/rules.ts';
import { spread, type Spread } from './spread.ts';

/** Big enough that nobody dies before the step limit. */
const HP = 1_000_000_000;
const SEED = 20240601;
export const SIZES = [2, 20, 200, 2000] as const;
export const VARIANTS = ['bare', 'off', 'on', 'game'] as const;
export type Variant = (typeof VARIANTS)[number];
/** Targets of Battle ÷ bare per variant; for `off` the first is for N ≤ 20, the second above. */
export const TARGETS = { offSmall: 1.5, offLarge: 2, on: 3, game: 3 } as const;
export const TURNS_EACH = 20;

export interface SchedulerOptions {
  readonly quick: boolean;
  readonly log: (line: string) => void;
  /** Nanoseconds of process CPU time in Node, of wall time in a browser. */
  readonly clock: () => number;
}

export interface SizeResult {
  readonly n: number;
  readonly steps: number;
  /** ns per resume, one per round. */
  readonly ns: Readonly<Record<Variant, readonly number[]>>;
  /** variant ÷ bare in the same round, one per round. */
  readonly ratio: Readonly<Record<Exclude<Variant, 'bare'>, Spread>>;
}

/** Resumes per battle: every coroutine gets at least TURNS_EACH turns of two resumes each. */
export function stepsFor(n: number): number {
  return Math.max(RULES.maxSteps, n * TURNS_EACH * 2);
}

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

type Counter = Generator<number, number, number | undefined>;

/** n fresh generators for one seed-style run; building them is not timed. */
function prepareBaseline(n: number): Counter[] {
  const queue: Counter[] = [];
  for (let i = 0; i < n; i++) queue.push(hpCounter(`コルーチン${i}`, HP, noSay));
  return queue;
}

/** One seed-style run over prepared generators; returns its resumes. */
function runBaseline(queue: Counter[], damage: readonly number[], limit: number): number {
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
  return steps;
}

function prepareBattle(variant: Exclude<Variant, 'bare'>, damage: readonly number[], limit: number, cast: readonly Recruit[]): Battle {
  const battle = new Battle(SEED, 'classic', cast, { version: 1, mode: 'classic', seed: SEED, damage }, { trace: variant !== 'off', maxSteps: limit });
  if (variant === 'game') battle.subscribe({ onEvent: (e) => { sink += e.type.length; } });
  return battle;
}

/** One Battle stepped to its end; returns its resumes. */
function runBattle(battle: Battle): number {
  while (battle.step().outcome === null) {
    /* one resume per step */
  }
  if (battle.outcome !== 'draw') throw new Error(`scheduler bench: expected a draw at the step limit, got ${battle.outcome}`);
  return battle.stepCount;
}

interface Size {
  readonly n: number;
  readonly steps: number;
  readonly damage: readonly number[];
  readonly cast: readonly Recruit[];
}

/**
 * One sample of one variant: `count` runs prepared first (untimed), then run back to back inside
 * one clock span; repeated until the span adds up to at least `minNs` of clock time,
 * so no sample is shorter than the clock can resolve or short enough for one GC or JIT pause to
 * dominate it. Returns [ns, resumes]. (No forced gc() between samples: on Node 20 it made the
 * following runs up to 20× slower, which measures the collector, not the scheduler.)
 */
function sampleOf(variant: Variant, size: Size, count: number, minNs: number, clock: () => number): [number, number] {
  let ns = 0;
  let resumes = 0;
  do {
    if (variant === 'bare') {
      const queues = Array.from({ length: count }, () => prepareBaseline(size.n));
      const t0 = clock();
      for (const q of queues) resumes += runBaseline(q, size.damage, size.steps);
      ns += clock() - t0;
    } else {
      const battles = Array.from({ length: count }, () => prepareBattle(variant, size.damage, size.steps, size.cast));
      const t0 = clock();
      for (const b of battles) resumes += runBattle(b);
      ns += clock() - t0;
    }
  } while (ns < minNs);
  return [ns, resumes];
}

function rotate<T>(items: readonly T[], by: number): T[] {
  const k = by % items.length;
  return [...items.slice(k), ...items.slice(0, k)];
}

/** Runs per slice for each variant, from one timed run each, so a slice takes about `sliceNs`. */
function calibrate(size: Size, sliceNs: number, clock: () => number): Record<Variant, number> {
  const count = { bare: 1, off: 1, on: 1, game: 1 };
  for (const v of VARIANTS) {
    sampleOf(v, size, 1, 0, clock); // the first run of a variant warms its code
    const [ns] = sampleOf(v, size, 1, 0, clock);
    count[v] = Math.max(1, Math.min(10_000, Math.ceil(sliceNs / Math.max(ns, 1))));
  }
  return count;
}

/**
 * One paired sample: `slices` slices of the bare loop and as many of `variant`, alternating (ABBA…,
 * so neither always goes first), each of at least `sliceNs`. A burst of load from another process
 * then lands on both sides of the ratio instead of on one. Returns ns per resume of [bare, variant].
 */
function pairOf(variant: Exclude<Variant, 'bare'>, size: Size, counts: Record<Variant, number>, sliceNs: number, slices: number, clock: () => number): [number, number] {
  const ns = { bare: 0, [variant]: 0 } as Record<Variant, number>;
  const resumes = { bare: 0, [variant]: 0 } as Record<Variant, number>;
  for (let i = 0; i < slices; i++) {
    const order: Variant[] = i % 2 === 0 ? ['bare', variant] : [variant, 'bare'];
    for (const v of order) {
      const [t, r] = sampleOf(v, size, counts[v], sliceNs, clock);
      ns[v] += t;
      resumes[v] += r;
    }
  }
  return [ns.bare / resumes.bare, ns[variant] / resumes[variant]];
}

/**
 * Rounds of paired samples: in each round every size, and within it every variant paired with its
 * own slices of the bare loop (pairOf); sizes and variants are interleaved, and both orders rotate
 * from round to round. The first rounds warm the JIT and are discarded. A ratio is variant ÷ bare
 * of the same pair; the bare figure of a round is the mean of its three pairs'.
 */
export function measureScheduler(opts: SchedulerOptions): SizeResult[] {
  const rounds = opts.quick ? 3 : 11;
  const warmRounds = opts.quick ? 1 : 2;
  const slices = 4;
  const sliceNs = ((opts.quick ? 16 : 32) * 1e6) / slices;
  const sizes: Size[] = SIZES.map((n) => {
    const steps = stepsFor(n);
    return { n, steps, damage: damageList(steps), cast: recruits(n) };
  });
  const counts = new Map(sizes.map((s) => [s.n, calibrate(s, sliceNs, opts.clock)]));
  const ns = new Map(sizes.map((s) => [s.n, { bare: [] as number[], off: [] as number[], on: [] as number[], game: [] as number[] }]));
  const ratios = new Map(sizes.map((s) => [s.n, { off: [] as number[], on: [] as number[], game: [] as number[] }]));
  const paired = ['off', 'on', 'game'] as const;
  for (let r = 0; r < warmRounds + rounds; r++) {
    for (const size of rotate(sizes, r)) {
      const got: Record<Variant, number> = { bare: 0, off: 0, on: 0, game: 0 };
      const ratio: Record<(typeof paired)[number], number> = { off: 0, on: 0, game: 0 };
      for (const v of rotate(paired, r)) {
        const [bare, t] = pairOf(v, size, counts.get(size.n)!, sliceNs, slices, opts.clock);
        got.bare += bare / paired.length;
        got[v] = t;
        ratio[v] = t / bare;
      }
      if (r < warmRounds) continue;
      const into = ns.get(size.n)!;
      for (const v of VARIANTS) into[v].push(got[v]);
      for (const v of paired) ratios.get(size.n)![v].push(ratio[v]);
    }
  }
  if (sink === 0.5) opts.log('(unreachable: keeps the baseline loop observable)');
  return sizes.map((s) => {
    const r = ratios.get(s.n)!;
    const got = ns.get(s.n)!;
    const med = (v: Variant) => spread(got[v]).median.toFixed(0);
    opts.log(`  N=${s.n}: bare ${med('bare')} | off ${med('off')} | on ${med('on')} | game ${med('game')} ns per resume`);
    return { n: s.n, steps: s.steps, ns: got, ratio: { off: spread(r.off), on: spread(r.on), game: spread(r.game) } };
  });
}
