// The event log in compact columns: a type code per event, its numbers in one array and its other
// payloads (ids, sent and yielded values) in another. The events of every turn (turnStart, said,
// damage, resume) are appended without building an object, so a battle's hot path allocates
// nothing that outlives the step; event objects are built when someone reads `battle.events`
// (once each, in order, kept) or when a subscriber hears one. A rarer event is kept as its object.
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

/** How many numbers and other payloads each code takes. */
const NUMS = [0, 1, 1, 1, 1, 0, 3, 1, 1, 1];
const REFS = [1, 1, 1, 1, 1, 1, 3, 3, 3, 3];

const CRITICAL = 1;
const DEFENDED = 2;

export type ResumeKind = 'yield' | 'return' | 'throw';

export class EventLog {
  private readonly codes: number[] = [];
  private readonly nums: number[] = [];
  private readonly refs: unknown[] = [];
  /** The events built so far, front first: `all()` extends it to the whole log. */
  private readonly built: BattleEvent[] = [];
  private nextNum = 0;
  private nextRef = 0;

  get length(): number {
    return this.codes.length;
  }

  /** Any event, kept as the object it is. */
  push(event: BattleEvent): void {
    this.codes.push(OBJECT);
    this.refs.push(event);
  }

  turnStart(turn: number, actor: string): void {
    this.codes.push(TURN_START);
    this.nums.push(turn);
    this.refs.push(actor);
  }

  /** A line a classic counter said; one of an unknown shape is kept as its object. */
  said(id: string, line: SaidLine): void {
    const key = line.key;
    if (key === 'hp' && typeof line.hp === 'number') this.saidNumber(SAID_HP, id, line.hp);
    else if ((key === 'damage' || key === 'healed') && typeof line.amount === 'number') this.saidNumber(key === 'damage' ? SAID_DAMAGE : SAID_HEALED, id, line.amount);
    else if (key === 'died') {
      this.codes.push(SAID_DIED);
      this.refs.push(id);
    } else this.push({ type: 'said', id, line });
  }

  damage(target: string, source: string, side: Side, amount: number, hp: number, critical: boolean, defended: boolean): void {
    this.codes.push(DAMAGE);
    this.nums.push(amount, hp, (critical ? CRITICAL : 0) | (defended ? DEFENDED : 0));
    this.refs.push(target, source, side);
  }

  /** A `next(sent)` resume and what came back (a yielded or returned value, or the error thrown). */
  resume(step: number, task: string, sent: unknown, kind: ResumeKind, got: unknown): void {
    this.codes.push(kind === 'yield' ? RESUME_YIELD : kind === 'return' ? RESUME_RETURN : RESUME_THROW);
    this.nums.push(step);
    this.refs.push(task, sent, got);
  }

  /** The last event appended, built afresh (what a subscriber hears). */
  last(): BattleEvent {
    const code = this.codes[this.codes.length - 1]!;
    return this.build(code, this.nums.length - NUMS[code]!, this.refs.length - REFS[code]!);
  }

  /** Every event, in order: one array that grows, whose objects are built once each. */
  all(): BattleEvent[] {
    const built = this.built;
    const codes = this.codes;
    for (let i = built.length; i < codes.length; i++) {
      const code = codes[i]!;
      built.push(this.build(code, this.nextNum, this.nextRef));
      this.nextNum += NUMS[code]!;
      this.nextRef += REFS[code]!;
    }
    return built;
  }

  private saidNumber(code: number, id: string, n: number): void {
    this.codes.push(code);
    this.nums.push(n);
    this.refs.push(id);
  }

  private build(code: number, n: number, r: number): BattleEvent {
    const nums = this.nums;
    const refs = this.refs;
    switch (code) {
      case OBJECT: return refs[r] as BattleEvent;
      case TURN_START: return { type: 'turnStart', turn: nums[n]!, actor: refs[r] as string };
      case SAID_HP: return { type: 'said', id: refs[r] as string, line: { key: 'hp', hp: nums[n]! } };
      case SAID_DAMAGE: return { type: 'said', id: refs[r] as string, line: { key: 'damage', amount: nums[n]! } };
      case SAID_HEALED: return { type: 'said', id: refs[r] as string, line: { key: 'healed', amount: nums[n]! } };
      case SAID_DIED: return { type: 'said', id: refs[r] as string, line: { key: 'died' } };
      case DAMAGE: {
        const flags = nums[n + 2]!;
        return {
          type: 'damage', target: refs[r] as string, source: refs[r + 1] as string, side: refs[r + 2] as Side,
          amount: nums[n]!, hp: nums[n + 1]!, critical: (flags & CRITICAL) !== 0, defended: (flags & DEFENDED) !== 0,
        };
      }
      default: {
        // The ledger entry's keys in the order Task.record used: step, task, op, sent, result.
        const sent = refs[r + 1];
        const got = refs[r + 2];
        const result = code === RESUME_YIELD ? { kind: 'yield' as const, value: got } : code === RESUME_RETURN ? { kind: 'return' as const, value: got } : { kind: 'throw' as const, error: got };
        return { type: 'resume', entry: { step: nums[n]!, task: refs[r] as string, op: 'next', sent, result } };
      }
    }
  }
}
