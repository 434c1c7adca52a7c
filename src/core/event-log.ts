// The event log in compact columns: a type code per event, its numbers (combatant slots, HP,
// amounts, steps) in a typed array and any other payload (a value that is not a number, a rare
// event's object) in an array of refs. The events of every turn (turnStart, said,
// damage, resume) are appended without building an object, so a battle's hot path allocates
// nothing that outlives the step; event objects are built when someone reads `battle.events`
// (once each, in order, kept). A rarer event, or any event while a subscriber listens (it is built
// for the subscriber anyway), is kept as its object.
// The objects built here have the same keys in the same order as the ones the engine used to push,
// so every log serialises byte for byte as before.
import type { BattleEvent, SaidLine } from './events.ts';
import type { Side } from './protocol.ts';

const OBJECT = 0;
const TURN_START = 1;
const SAID_HP = 2;
const SAID_DAMAGE = 3;
const SAID_HEALED = 4;
const SAID_DIED = 5;
const DAMAGE = 6;
const RESUME_YIELD = 7;
const RESUME_RETURN = 8;
const RESUME_THROW = 9;

/** How many numbers each code takes. */
const NUMS = [0, 2, 2, 2, 2, 1, 5, 5, 5, 5];

const CRITICAL = 1;
const DEFENDED = 2;
/** How a resume's sent value and what came back are kept: nothing (undefined), a number, a ref. */
const NONE = 0;
const NUMBER = 1;
const REF = 2;
/** The damage source of the classic rule, which no combatant deals. */
const SCHEDULER = -1;

export type ResumeKind = 'yield' | 'return' | 'throw';

function tagOf(value: unknown): number {
  return value === undefined ? NONE : typeof value === 'number' ? NUMBER : REF;
}

/** A column's first numbers go in a plain array (cheap to start, and a short battle needs no more)… */
const SMALL = 1024;
/** …the rest in typed-array chunks of this many. */
const CHUNK = 4096;

/**
 * A column of numbers. The first SMALL are in a plain array: a typed array costs about a
 * microsecond to allocate, more than a whole short battle's log. The rest are in typed-array chunks,
 * whose storage is outside the JS heap, so no collector copies it, and growing allocates one more
 * chunk without copying the ones before.
 */
class Column {
  private readonly small: number[] = [];
  /** Made when the first SMALL are full: a short battle never makes them. */
  private chunks: (Float64Array | Uint8Array)[] | null = null;
  private tail: Float64Array | Uint8Array | null = null;
  private fill = CHUNK;
  length = 0;

  /** `bytes`: the chunks are bytes (type codes), else doubles. A flag, not a factory: no closure per log. */
  constructor(private readonly bytes: boolean) {}

  push(x: number): void {
    if (this.length < SMALL) this.small.push(x);
    else {
      if (this.fill === CHUNK) {
        this.tail = this.bytes ? new Uint8Array(CHUNK) : new Float64Array(CHUNK);
        (this.chunks ??= []).push(this.tail);
        this.fill = 0;
      }
      this.tail![this.fill++] = x;
    }
    this.length++;
  }

  at(i: number): number {
    if (i < SMALL) return this.small[i]!;
    const j = i - SMALL;
    return this.chunks![Math.floor(j / CHUNK)]![j % CHUNK]!;
  }
}

/**
 * Whether `line` has exactly the keys `key` and then `second` (or `key` alone): only then does the
 * line rebuilt from its numbers serialise as the one said (an edited counter may say more).
 */
function keysAre(line: object, second: string | null): boolean {
  let i = 0;
  for (const k in line) {
    if (i === 0 ? k !== 'key' : i > 1 || k !== second) return false;
    i++;
  }
  return i === (second === null ? 1 : 2);
}

export class EventLog {
  private readonly codes = new Column(true);
  private readonly nums = new Column(false);
  private readonly refs: unknown[] = [];
  /** Per combatant slot (Battle's enlistment order): its id and side. */
  private readonly ids: string[] = [];
  private readonly sides: Side[] = [];
  /** The events built so far, front first: `all()` extends it to the whole log. */
  private built: BattleEvent[] | null = null;
  private nextNum = 0;
  private nextRef = 0;

  get length(): number {
    return this.codes.length;
  }

  /** A combatant's slot, the number its events are kept under. */
  enlist(id: string, side: Side): number {
    this.ids.push(id);
    this.sides.push(side);
    return this.ids.length - 1;
  }

  /** Any event, kept as the object it is. */
  push(event: BattleEvent): void {
    this.open(OBJECT);
    this.refs.push(event);
  }

  turnStart(turn: number, actor: number): void {
    this.open(TURN_START);
    this.nums.push(turn);
    this.nums.push(actor);
  }

  /** A line a classic counter said; one of an unknown shape is kept as its object. */
  said(slot: number, line: SaidLine): void {
    const key = line.key;
    if (key === 'hp' && typeof line.hp === 'number' && keysAre(line, 'hp')) this.saidNumber(SAID_HP, slot, line.hp);
    else if (key === 'damage' && typeof line.amount === 'number' && keysAre(line, 'amount')) this.saidNumber(SAID_DAMAGE, slot, line.amount);
    else if (key === 'healed' && typeof line.amount === 'number' && keysAre(line, 'amount')) this.saidNumber(SAID_HEALED, slot, line.amount);
    else if (key === 'died' && keysAre(line, null)) {
      this.open(SAID_DIED);
      this.nums.push(slot);
    } else this.push({ type: 'said', id: this.ids[slot]!, line });
  }

  /** `source` is the striker's slot, or null for the classic rule's own hit (`scheduler`). */
  damage(target: number, source: number | null, amount: number, hp: number, critical: boolean, defended: boolean): void {
    this.open(DAMAGE);
    const nums = this.nums;
    nums.push(target);
    nums.push(source ?? SCHEDULER);
    nums.push(amount);
    nums.push(hp);
    nums.push((critical ? CRITICAL : 0) | (defended ? DEFENDED : 0));
  }

  /** A `next(sent)` resume and what came back (a yielded or returned value, or the error thrown). */
  resume(step: number, slot: number, sent: unknown, kind: ResumeKind, got: unknown): void {
    this.open(kind === 'yield' ? RESUME_YIELD : kind === 'return' ? RESUME_RETURN : RESUME_THROW);
    const sentTag = tagOf(sent);
    const gotTag = tagOf(got);
    const nums = this.nums;
    nums.push(step);
    nums.push(slot);
    nums.push(sentTag | (gotTag << 2));
    nums.push(sentTag === NUMBER ? (sent as number) : 0);
    nums.push(gotTag === NUMBER ? (got as number) : 0);
    if (sentTag === REF) this.refs.push(sent);
    if (gotTag === REF) this.refs.push(got);
  }

  /** Every event, in order: one array that grows, whose objects are built once each. */
  all(): BattleEvent[] {
    const built = (this.built ??= []);
    for (let i = built.length; i < this.codes.length; i++) {
      const code = this.codes.at(i);
      built.push(this.build(code, this.nextNum, this.nextRef));
      this.nextRef += this.refsOf(code, this.nextNum);
      this.nextNum += NUMS[code]!;
    }
    return built;
  }

  private open(code: number): void {
    this.codes.push(code);
  }

  private saidNumber(code: number, slot: number, n: number): void {
    this.open(code);
    this.nums.push(slot);
    this.nums.push(n);
  }

  private refsOf(code: number, n: number): number {
    if (code === OBJECT) return 1;
    if (code < RESUME_YIELD) return 0;
    const flags = this.nums.at(n + 2);
    return ((flags & 3) === REF ? 1 : 0) + ((flags >> 2) === REF ? 1 : 0);
  }

  private build(code: number, n: number, r: number): BattleEvent {
    const d = this.nums;
    const ids = this.ids;
    switch (code) {
      case OBJECT: return this.refs[r] as BattleEvent;
      case TURN_START: return { type: 'turnStart', turn: d.at(n), actor: ids[d.at(n + 1)]! };
      case SAID_HP: return { type: 'said', id: ids[d.at(n)]!, line: { key: 'hp', hp: d.at(n + 1) } };
      case SAID_DAMAGE: return { type: 'said', id: ids[d.at(n)]!, line: { key: 'damage', amount: d.at(n + 1) } };
      case SAID_HEALED: return { type: 'said', id: ids[d.at(n)]!, line: { key: 'healed', amount: d.at(n + 1) } };
      case SAID_DIED: return { type: 'said', id: ids[d.at(n)]!, line: { key: 'died' } };
      case DAMAGE: {
        const target = d.at(n);
        const source = d.at(n + 1);
        const flags = d.at(n + 4);
        return {
          type: 'damage', target: ids[target]!, source: source === SCHEDULER ? 'scheduler' : ids[source]!, side: this.sides[target]!,
          amount: d.at(n + 2), hp: d.at(n + 3), critical: (flags & CRITICAL) !== 0, defended: (flags & DEFENDED) !== 0,
        };
      }
      default: {
        // The ledger entry's keys in the order Task.record used: step, task, op, sent, result.
        const flags = d.at(n + 2);
        const sentTag = flags & 3;
        const gotTag = flags >> 2;
        const sent = sentTag === NUMBER ? d.at(n + 3) : sentTag === REF ? this.refs[r] : undefined;
        const got = gotTag === NUMBER ? d.at(n + 4) : gotTag === REF ? this.refs[sentTag === REF ? r + 1 : r] : undefined;
        const result = code === RESUME_YIELD ? { kind: 'yield' as const, value: got } : code === RESUME_RETURN ? { kind: 'return' as const, value: got } : { kind: 'throw' as const, error: got };
        return { type: 'resume', entry: { step: d.at(n), task: ids[d.at(n + 1)]!, op: 'next', sent, result } };
      }
    }
  }
}
