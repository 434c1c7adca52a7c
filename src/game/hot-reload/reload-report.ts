// Hot swap's report: after a combatant file is saved, the battle is replayed with the new code and
// its events are compared with the old run's. Pure (no DOM, no Vite), so it is unit-tested in Node.
import { castOf } from '../../core/cast.ts';
import { sameEvent } from '../../core/event-key.ts';
import type { BattleEvent } from '../../core/events.ts';
import type { Lang, LocalText } from '../../core/protocol.ts';
import { traceLine } from '../../core/trace.ts';
import { show } from '../../core/validate.ts';

/** Where the new code first made the battle go differently. */
export interface Divergence {
  /** The step (resume) during or after which the first differing event happened; 0 before any. */
  readonly step: number;
  /** Index of the first differing event in the event log. */
  readonly index: number;
  /** That event in the old run and in the new one (`(nothing)` when a run has no such event). */
  readonly before: LocalText;
  readonly after: LocalText;
}

export interface ReloadReport {
  /** The saved files, `slime.ts` (joined with ", " when several). */
  readonly file: string;
  readonly files: readonly string[];
  /** Resumes replayed with the new code (the new battle's step count). */
  readonly steps: number;
  /** The step count before the swap: `steps` is smaller when the new run ended or stopped earlier. */
  readonly stepsBefore: number;
  readonly diverged: Divergence | null;
  /** Files that failed to load or have no valid export: their old definition keeps running. */
  readonly problems: readonly string[];
}

const NOTHING: LocalText = { ja: '(なし)', en: '(nothing)' };

/** The first index at which two event logs differ, or -1 when one is a prefix of the other. */
export function firstDifference(before: readonly BattleEvent[], after: readonly BattleEvent[]): number {
  const n = Math.min(before.length, after.length);
  for (let i = 0; i < n; i++) if (!sameEvent(before[i]!, after[i]!)) return i;
  return -1;
}

/** Resumes up to and including event `index`: the step it belongs to (or follows). */
export function stepAt(events: readonly BattleEvent[], index: number): number {
  let step = 0;
  for (let i = 0; i <= index && i < events.length; i++) {
    const e = events[i]!;
    if (e.type === 'resume') step = e.entry.step;
  }
  return step;
}

/** One event in a few words: a resume is the trace line (`スライム.send(-9) → yield 11`). */
export function describeEvent(e: BattleEvent, name: (id: string) => string): string {
  switch (e.type) {
    case 'battleStart': return `battle start (seed ${e.seed})`;
    case 'turnStart': return `turn ${e.turn}: ${name(e.actor)}`;
    case 'resume': return traceLine(e.entry, name(e.entry.task));
    case 'awaitCommand': return `${name(e.actor)} awaits a command`;
    case 'action': return `${name(e.actor)}: ${e.act.kind}${'spell' in e.act ? ` ${e.act.spell}` : ''}${'target' in e.act && e.act.target ? ` → ${name(e.act.target)}` : ''}`;
    case 'damage': return `${name(e.target)} −${e.amount}${e.critical ? ' (critical)' : ''} → HP ${e.hp}`;
    case 'heal': return `${name(e.target)} +${e.amount} → HP ${e.hp}`;
    case 'status': return `${name(e.id)} HP ${e.hp} MP ${e.mp}`;
    case 'flee': return `${name(e.actor)} flees: ${e.ok ? 'ok' : 'failed'}`;
    case 'death': return `${name(e.id)} → return ${show(e.returned)}`;
    case 'fault': return `${name(e.id)} fault: ${e.message}`;
    case 'noMp': return `${name(e.actor)}: not enough MP for ${e.spell} (MP ${e.mp})`;
    case 'said': return `${name(e.id)} says ${show(e.line)}`;
    case 'battleEnd': return `battle ends: ${e.outcome}`;
    case 'effect': return `${name(e.target)} ${e.effect} ${e.on ? 'on' : 'off'}${e.turns !== undefined ? ` (${e.turns})` : ''}`;
    case 'skipTurn': return `${name(e.actor)} skips its turn (${e.effect})`;
    case 'item': return `${name(e.actor)}: ${e.item} → ${name(e.target)} (${e.left} left)`;
  }
}

function describeIn(events: readonly BattleEvent[], index: number, names: readonly BattleEvent[]): LocalText {
  const e = events[index];
  if (!e) return NOTHING;
  const cast = castOf(names);
  return { ja: describeEvent(e, cast.namer('ja')), en: describeEvent(e, cast.namer('en')) };
}

/**
 * Compares the old run with the replay under the new code. `refused` is the replay's refused
 * command, if one was: the new code made an old command impossible.
 */
export function compareRuns(
  before: readonly BattleEvent[],
  after: readonly BattleEvent[],
  stepsBefore: number,
  stepsAfter: number,
  refused: string | null = null,
): Divergence | null {
  let index = firstDifference(before, after);
  if (index < 0 && refused === null && before.length === after.length && stepsBefore === stepsAfter) return null;
  if (index < 0) index = Math.min(before.length, after.length);
  const afterText = index >= after.length && refused !== null ? { ja: `コマンドが きょひされた: ${refused}`, en: `command refused: ${refused}` } : describeIn(after, index, after);
  return {
    step: Math.max(stepAt(before, index), stepAt(after, index)),
    index,
    before: describeIn(before, index, before),
    after: afterText,
  };
}

/**
 * The overlay's status line and the game's notice: "reloaded slime.ts, replayed 14 steps", then
 * where the run diverged, if it did. A file whose new code could not be used is named first.
 */
export function formatReload(report: ReloadReport, lang: Lang): string {
  const d = report.diverged;
  const problems = report.problems.map((p) => formatFailure(p, lang));
  if (lang === 'ja') {
    const head = problems.length > 0 ? `${report.steps} ステップを さいげん` : `${report.file} を さいよみこみ: ${report.steps} ステップを さいげん`;
    const tail = d ? `。${d.step} ステップめで けっかが かわった: まえ: ${d.before.ja} / あと: ${d.after.ja}` : '';
    return [...problems, head + tail].join('\n');
  }
  const steps = `replayed ${report.steps} step${report.steps === 1 ? '' : 's'}`;
  const head = problems.length > 0 ? steps : `reloaded ${report.file}, ${steps}`;
  const tail = d ? `, diverged at step ${d.step}: before: ${d.before.en}, after: ${d.after.en}` : '';
  return [...problems, head + tail].join('\n');
}

/** A file whose new code could not be used: what was wrong, and that its old code goes on. */
export function formatFailure(problem: string, lang: Lang): string {
  return lang === 'ja' ? `${problem}: ふるい コードの まま つづけます` : `${problem}; keeping its old code`;
}
