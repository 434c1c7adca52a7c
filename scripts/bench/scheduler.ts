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
// Variants run interleaved in short slices, and both the variant order and the size order rotate
// from round to round. This file runs in Node and in Chromium: the clock is passed in.
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
 * One timed batch: `count` runs prepared first (untimed), then run back to back inside one clock
 * span, so a coarse clock (a browser's) still measures milliseconds, never one short run.
 */
function batch(variant: Variant, size: Size, count: number, clock: () => number): [number, number] {
  if (variant === 'bare') {
    const queues = Array.from({ length: count }, () => prepareBaseline(size.n));
    const t0 = clock();
    let resumes = 0;
    for (const q of queues) resumes += runBaseline(q, size.damage, size.steps);
    return [clock() - t0, resumes];
  }
  const battles = Array.from({ length: count }, () => prepareBattle(variant, size.damage, size.steps, size.cast));
  const t0 = clock();
  let resumes = 0;
  for (const b of battles) resumes += runBattle(b);
  return [clock() - t0, resumes];
}

/** Runs every variant in turns of slices (one batch each) until each has `budgetNs` of timed work; ns per resume. */
function sample(order: readonly Variant[], size: Size, budgetNs: number, sliceNs: number, clock: () => number): Record<Variant, number> {
  const ns: Record<Variant, number> = { bare: 0, off: 0, on: 0, game: 0 };
  const resumes: Record<Variant, number> = { bare: 0, off: 0, on: 0, game: 0 };
  const count: Record<Variant, number> = { bare: 1, off: 1, on: 1, game: 1 };
  while (order.some((k) => ns[k] < budgetNs)) {
    for (const v of order) {
      if (ns[v] >= budgetNs) continue;
      const [t, r] = batch(v, size, count[v], clock);
      ns[v] += t;
      resumes[v] += r;
      // Size the next batch to one slice from what this one cost.
      const perRun = Math.max(t, 1) / count[v];
      count[v] = Math.max(1, Math.min(count[v] * 4, Math.round(sliceNs / perRun)));
    }
  }
  return { bare: ns.bare / resumes.bare, off: ns.off / resumes.off, on: ns.on / resumes.on, game: ns.game / resumes.game };
}

function rotate<T>(items: readonly T[], by: number): T[] {
  const k = by % items.length;
  return [...items.slice(k), ...items.slice(0, k)];
}

export function measureScheduler(opts: SchedulerOptions): SizeResult[] {
  const rounds = opts.quick ? 3 : 7;
  const budgetNs = (opts.quick ? 15 : 40) * 1e6;
  const sliceNs = 5e6;
  const sizes: Size[] = SIZES.map((n) => {
    const steps = stepsFor(n);
    return { n, steps, damage: damageList(steps), cast: recruits(n) };
  });
  // Warm every path first, so the JIT has settled before the first timed round.
  for (const size of sizes) sample(VARIANTS, size, budgetNs / 4, sliceNs, opts.clock);
  const ns = new Map(sizes.map((s) => [s.n, { bare: [] as number[], off: [] as number[], on: [] as number[], game: [] as number[] }]));
  const ratios = new Map(sizes.map((s) => [s.n, { off: [] as number[], on: [] as number[], game: [] as number[] }]));
  for (let r = 0; r < rounds; r++) {
    for (const size of rotate(sizes, r)) {
      const got = sample(rotate(VARIANTS, r), size, budgetNs, sliceNs, opts.clock);
      const into = ns.get(size.n)!;
      const ratio = ratios.get(size.n)!;
      for (const v of VARIANTS) into[v].push(got[v]);
      ratio.off.push(got.off / got.bare);
      ratio.on.push(got.on / got.bare);
      ratio.game.push(got.game / got.bare);
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
