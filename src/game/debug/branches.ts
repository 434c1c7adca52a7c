// Branches of one battle: "what if I had sent -20 here?". A branch is an input log (seed, sides,
// commands, send forks) and how far it went. Forking replays the branch with one thing changed,
// keeps the later commands as long as the battle still accepts them, and keeps the old branch.
// No DOM: the debugger's branches panel shows it, the unit tests drive it in Node.
import type { Command } from '../../core/protocol.ts';
import type { BattleEvent } from '../../core/events.ts';
import { parseInputLog, replayUntilRefused, type BattleLog, type ClassicCounter, type InputLog } from '../../core/replay.ts';
import type { Roster } from '../../core/roster.ts';
import { unusedSendFork, type SendFork } from '../../core/log/send-forks.ts';
import type { TimelineRun } from '../battle/session-api.ts';

export const MAX_BRANCHES = 8;
export const MAX_BRANCH_NAME = 40;

export interface Branch {
  readonly id: number;
  name: string;
  log: InputLog;
  steps: number;
}

export type ForkChange = { readonly step: number; readonly value: number } | { readonly step: number; readonly command: Command };

/** What a fork refused says, in both languages (the panel picks one). */
export interface Refusal {
  readonly en: string;
  readonly ja: string;
}

export type ForkResult = { readonly ok: true; readonly branch: Branch } | { readonly ok: false; readonly why: Refusal };

/** Steps at which the hero was asked for a command, in order: command k was given at waits[k]. */
export function commandWaits(events: readonly BattleEvent[]): number[] {
  const waits: number[] = [];
  let step = 0;
  for (const e of events) {
    if (e.type === 'resume' && e.entry.op === 'next') step = e.entry.step;
    else if (e.type === 'awaitCommand') waits.push(step);
  }
  return waits;
}

/** The value sent at each step that sent a number (damage or a heal). */
export function sentNumbers(events: readonly BattleEvent[]): Map<number, number> {
  const out = new Map<number, number>();
  for (const e of events) if (e.type === 'resume' && e.entry.op === 'next' && typeof e.entry.sent === 'number') out.set(e.entry.step, e.entry.sent);
  return out;
}

export class BranchBook {
  readonly branches: Branch[];
  currentId: number;
  private nextId = 1;

  constructor(run: TimelineRun, name = 'main') {
    this.branches = [{ id: 0, name, log: copyLog(run.log), steps: run.steps }];
    this.currentId = 0;
  }

  get current(): Branch {
    return this.byId(this.currentId)!;
  }

  byId(id: number): Branch | undefined {
    return this.branches.find((b) => b.id === id);
  }

  /** The live battle moved on (played, stepped, sought): the shown branch follows it. */
  follow(run: TimelineRun): void {
    const b = this.current;
    b.log = copyLog(run.log);
    b.steps = run.steps;
  }

  /**
   * A new branch from the shown one with one change: a sent value at a step, or the command at a
   * command wait. It replays the whole branch (same seed, so every draw is the same) and becomes the
   * shown branch; the old one is kept. Refused with a reason when 8 branches exist or the change
   * does not fit the battle.
   */
  fork(change: ForkChange, roster: Roster, counter: ClassicCounter | undefined, events: readonly BattleEvent[], name?: string): ForkResult {
    if (this.branches.length >= MAX_BRANCHES) {
      return refuse(`at most ${MAX_BRANCHES} branches per battle: delete one first`, `えだわかれ は ${MAX_BRANCHES} こ まで です。どれか を けしてください`);
    }
    const base = this.current.log;
    if (base.mode !== 'battle') return refuse('a classic battle has no forks: change its damage list instead', 'クラシック の たたかい は わかれません');
    let log: BattleLog;
    let k = -1;
    if ('value' in change) {
      const forks: SendFork[] = [...(base.forks ?? []).filter((f) => f.step !== change.step), { step: change.step, value: change.value }].sort((a, b) => a.step - b.step);
      log = { ...base, commands: [...base.commands], forks };
    } else {
      k = commandWaits(events).indexOf(change.step);
      if (k < 0) return refuse(`nobody is asked for a command at step ${change.step}`, `ステップ ${change.step} では コマンド を きかれません`);
      log = { ...base, commands: [...base.commands.slice(0, k), change.command, ...base.commands.slice(k + 1)] };
    }
    const { battle, refused } = replayUntilRefused(log, roster, Infinity, { counter, trace: true });
    const input = battle.input as BattleLog;
    const steps = battle.stepCount;
    const events2 = battle.events;
    if (battle.outcome === null) battle.dispose();
    if (k >= 0 && refused && input.commands.length <= k) {
      return refuse(`the command was refused: ${refused.error}`, `その コマンド は つかえません: ${refused.error}`);
    }
    if ('value' in change) {
      const unused = unusedSendFork([{ step: change.step, value: change.value }], events2);
      if (unused) {
        return unused.reached
          ? refuse(`step ${change.step} sends no damage or healing; pick a step whose trace line sends a number`, `ステップ ${change.step} は ダメージ も かいふく も おくりません。かず を おくる ステップ を えらんでください`)
          : refuse(`the battle never reaches step ${change.step}`, `たたかい は ステップ ${change.step} まで いきません`);
      }
    }
    const what = 'value' in change ? `send ${change.value}` : change.command.kind;
    const branch: Branch = { id: this.nextId++, name: cleanName(name ?? `${change.step}: ${what}`), log: copyLog(input), steps };
    this.branches.push(branch);
    this.currentId = branch.id;
    return { ok: true, branch };
  }

  /** Names are trimmed and cut to 40 characters; an empty name keeps the old one. */
  rename(id: number, name: string): void {
    const b = this.byId(id);
    const clean = cleanName(name);
    if (b && clean !== '') b.name = clean;
  }

  /** Deletes a branch (never the last one); the shown branch moves to its neighbour. */
  remove(id: number): boolean {
    const i = this.branches.findIndex((b) => b.id === id);
    if (i < 0 || this.branches.length === 1) return false;
    this.branches.splice(i, 1);
    if (this.currentId === id) this.currentId = this.branches[Math.min(i, this.branches.length - 1)]!.id;
    return true;
  }

  select(id: number): Branch | null {
    const b = this.byId(id);
    if (b) this.currentId = b.id;
    return b ?? null;
  }

  /** The branches as an export writes them (docs/log-format.md, `branches`). */
  records(): BranchRecord[] {
    return this.branches.map((b) => ({
      name: b.name,
      commands: b.log.mode === 'battle' ? [...b.log.commands] : [],
      forks: b.log.mode === 'battle' ? [...(b.log.forks ?? [])] : [],
      steps: b.steps,
      ...(b.id === this.currentId ? { shown: true } : {}),
    }));
  }

  /** Branches read from a file (already checked by readBranches) on top of the log they came with. */
  static fromRecords(log: InputLog, records: readonly BranchRecord[]): BranchBook {
    const book = new BranchBook({ log, steps: 0 }, records[0]?.name ?? 'main');
    book.branches.length = 0;
    for (const r of records.slice(0, MAX_BRANCHES)) {
      const branchLog: InputLog = log.mode === 'battle'
        ? { ...log, commands: [...r.commands], ...(r.forks.length > 0 ? { forks: [...r.forks] } : { forks: undefined }) }
        : log;
      const id = book.nextId++;
      book.branches.push({ id, name: cleanName(r.name) || `branch ${id}`, log: dropEmpty(branchLog), steps: r.steps });
      if (r.shown) book.currentId = id;
    }
    if (!book.byId(book.currentId)) book.currentId = book.branches[0]!.id;
    return book;
  }
}

export interface BranchRecord {
  readonly name: string;
  readonly commands: readonly Command[];
  readonly forks: readonly SendFork[];
  readonly steps: number;
  readonly shown?: boolean;
}

/** A file's `branches` (untrusted JSON) → records, or the first problem in words. */
export function readBranches(value: unknown): BranchRecord[] | string {
  if (value === undefined) return [];
  if (!Array.isArray(value)) return 'branches must be a list';
  if (value.length > MAX_BRANCHES) return `branches has ${value.length} entries (at most ${MAX_BRANCHES})`;
  const out: BranchRecord[] = [];
  for (const [i, raw] of value.entries()) {
    const o = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
    if (typeof o.name !== 'string' || o.name.length > MAX_BRANCH_NAME) return `branch ${i + 1}: name must be a text of at most ${MAX_BRANCH_NAME} characters`;
    if (!(Number.isInteger(o.steps) && (o.steps as number) >= 0)) return `branch ${i + 1}: steps must be a whole number`;
    const parsed = parseInputLog({ version: 1, mode: 'battle', seed: 0, party: [], enemies: [], commands: o.commands, forks: o.forks });
    if (!parsed.ok) return `branch ${i + 1}: ${parsed.error}`;
    const log = parsed.log as BattleLog;
    out.push({ name: o.name, commands: log.commands, forks: log.forks ?? [], steps: o.steps as number, ...(o.shown === true ? { shown: true } : {}) });
  }
  return out;
}

function refuse(en: string, ja: string): ForkResult {
  return { ok: false, why: { en, ja } };
}

function cleanName(name: string): string {
  return name.replace(/\s+/g, ' ').trim().slice(0, MAX_BRANCH_NAME);
}

function dropEmpty(log: InputLog): InputLog {
  if (log.mode !== 'battle' || (log.forks && log.forks.length > 0)) return log;
  const { forks: _none, ...rest } = log;
  return rest;
}

function copyLog(log: InputLog): InputLog {
  return dropEmpty(structuredClone(log) as InputLog);
}
