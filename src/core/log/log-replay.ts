// Replaying a log file: the lineup is checked against the roster, command forks are applied, and
// the recorded checkpoints are compared as the battle runs, so changed monster code shows up as
// "the first step where it differs" instead of a battle that quietly goes another way.
import { isItemId } from '../items.ts';
import { driveBattle } from '../drive.ts';
import type { Battle } from '../battle.ts';
import type { Command } from '../protocol.ts';
import { startBattle, startClassic, type ClassicOptions, type InputLog } from '../replay.ts';
import type { Roster } from '../roster.ts';
import { isSendFork, unusedSendFork } from './send-forks.ts';
import { inputLogOf, logFileOf, problem, type Checkpoint, type EndCheck, type LogFile, type LogProblem } from './log-file.ts';

export type Digests = Readonly<Record<string, string>>;

/** Where a replay first stopped matching its log. */
export interface Divergence extends LogProblem {
  readonly kind: 'code-differs';
  readonly step: number;
  /** Kinds whose code digest differs from the one recorded. */
  readonly changed: readonly string[];
}

export interface LogReplay {
  /** Stopped at the last step that still matched when there is a divergence. */
  readonly battle: Battle;
  readonly divergence: Divergence | null;
  /** Kinds whose code changed since the log was made (the replay may still match). */
  readonly changed: readonly string[];
  /** The checkpoint at each command wait the replay passed (what recordLog writes). */
  readonly observed: readonly Checkpoint[];
}

/** Kinds a log's battle is made of, party first; the classic counter is `classic`. */
export function lineupOf(file: Pick<LogFile, 'mode' | 'party' | 'enemies'>): string[] {
  return file.mode === 'classic' ? ['classic'] : [...file.party.map((p) => p.kind), ...file.enemies];
}

/** Problems found before running anything: an unknown monster, something this game cannot replay. */
export function checkLog(file: LogFile, roster: Roster): LogProblem | null {
  if (file.mode === 'battle') {
    const unknown = [...new Set(lineupOf(file).filter((k) => !roster.has(k)))];
    if (unknown.length > 0) {
      const names = unknown.map((k) => JSON.stringify(k)).join(', ');
      return problem('unknown-monster', `the log names a monster this game does not have: ${names}`, `この ゲーム に いない モンスター が ログ に います: ${names}`);
    }
  }
  const strange = file.items.find((i) => !isItemId(i.item) || i.count > 99);
  if (strange) return problem('unsupported', `the log carries ${strange.count} × ${JSON.stringify(strange.item)}, an item this game does not have (or more than 99)`, `ログ に この ゲーム に ない どうぐ ${JSON.stringify(strange.item)} (${strange.count}こ) が あります`);
  const valueFork = file.mode === 'classic' ? file.forks.find(isSendFork) : undefined;
  if (valueFork) return problem('unsupported', `the classic log changes a sent value at step ${valueFork.step}; a classic log changes its damage list instead`, `ステップ ${valueFork.step} で おくる あたい を かえています。クラシック の ログ は damage の リスト を かえてください`);
  return null;
}

/** Kinds in the lineup whose recorded digest differs from the current one (unrecorded kinds are skipped). */
export function changedCode(file: LogFile, digests: Digests): string[] {
  return [...new Set(lineupOf(file))].filter((k) => file.code[k] !== undefined && digests[k] !== undefined && file.code[k] !== digests[k]);
}

/**
 * Replays a log that passed checkLog. Throws only what the core throws for a lineup it refuses
 * (a party member listed as an enemy); callers show that message.
 */
export function replayLog(file: LogFile, roster: Roster, digests: Digests = {}, options?: ClassicOptions): LogReplay {
  const input = inputLogOf(file);
  const battle = input.mode === 'classic' ? startClassic(input.seed, input.damage, options) : startBattle(input, roster, options);
  const changed = changedCode(file, digests);
  const commands: Command[] = input.mode === 'battle' ? [...input.commands] : [];
  const forks = new Map(file.forks.flatMap((f) => ('command' in f ? [[f.step, f.command] as const] : [])));
  const observed: Checkpoint[] = [];
  const result = (differs: Said | null): LogReplay => ({
    battle, changed, observed, divergence: differs && divergence(battle.stepCount, changed, differs),
  });
  // Recorded commands (and forks) through the one step/submit loop; a checkpoint that differs stops it.
  const stopped: { why: Said | null } = { why: null };
  const stop = driveBattle(battle, () => {
    const next = forks.get(battle.stepCount) ?? commands[0];
    if (next === undefined) return undefined;
    const here = checkpoint(battle);
    const recorded = file.checks?.[observed.length];
    observed.push(here);
    if (file.checks && !recorded) stopped.why = { en: 'the log has more commands than checkpoints', ja: 'ログ の コマンド が チェック より おおい' };
    else if (recorded) stopped.why = compare(battle, here, recorded);
    if (stopped.why) return undefined;
    forks.delete(battle.stepCount);
    commands.shift();
    return next;
  });
  if (stopped.why) return result(stopped.why);
  if (stop.refused) return result({ en: `the command ${stop.refused.command} was refused: ${stop.refused.error}`, ja: `コマンド ${stop.refused.command} が ことわられました: ${stop.refused.error}` });
  const unused = [...forks.keys()][0];
  if (unused !== undefined) return result({ en: `the fork at step ${unused} was never reached`, ja: `ステップ ${unused} の わかれみち に とどきませんでした` });
  // A send fork past where the log stops (waiting for a command) may still be reached as play goes on.
  const passed = (input.mode === 'battle' ? input.forks ?? [] : []).filter((f) => battle.outcome !== null || f.step <= battle.stepCount);
  const unsent = unusedSendFork(passed, battle.events);
  if (unsent) {
    const { step, value } = unsent.fork;
    return result(unsent.reached
      ? { en: `the fork at step ${step} sends ${value}, but that step sends no damage or healing`, ja: `ステップ ${step} の わかれみち は ${value} を おくりますが、その ステップ は ダメージ も かいふく も おくりません` }
      : { en: `the fork at step ${step} was never reached`, ja: `ステップ ${step} の わかれみち に とどきませんでした` });
  }
  return result(file.end ? compareEnd(battle, file.end, commands.length) : null);
}

/** The log of a battle with its checkpoints and end recorded, ready to write (export, link, --save). */
export function recordLog(input: InputLog, roster: Roster, digests: Digests = {}, options?: ClassicOptions): LogFile {
  const file = logFileOf(input);
  const code: Record<string, string> = {};
  for (const kind of lineupOf(file)) if (digests[kind] !== undefined) code[kind] = digests[kind]!;
  const { battle, observed } = replayLog(file, roster, {}, options);
  const end: EndCheck = { ...checkpoint(battle), outcome: battle.outcome };
  if (battle.outcome === null) battle.dispose();
  return { ...file, code, checks: observed, end };
}

function checkpoint(battle: Battle): Checkpoint {
  return { step: battle.stepCount, hp: battle.snapshot().combatants.map((c) => c.hp) };
}

type Said = { en: string; ja: string };

function compare(battle: Battle, here: Checkpoint, recorded: Checkpoint): Said | null {
  if (recorded.step !== here.step) {
    return { en: `the log's next command was given at step ${recorded.step}, but the battle asks for it at step ${battle.stepCount}`, ja: `ログ では ステップ ${recorded.step} で コマンド を えらびましたが、いま は ステップ ${battle.stepCount} で きかれます` };
  }
  return compareHp(battle, here, recorded.hp);
}

function compareEnd(battle: Battle, end: EndCheck, leftOver: number): Said | null {
  const now = battle.outcome ?? 'not over';
  const then = end.outcome ?? 'not over';
  if (now !== then || end.step !== battle.stepCount) {
    const extra = leftOver > 0 ? ` with ${leftOver} command(s) of the log unused` : '';
    return { en: `the log ends at step ${end.step} (${then}), the replay at step ${battle.stepCount} (${now})${extra}`, ja: `ログ は ステップ ${end.step} (${then}) で おわりますが、さいげん は ステップ ${battle.stepCount} (${now}) で おわりました` };
  }
  return compareHp(battle, checkpoint(battle), end.hp);
}

function compareHp(battle: Battle, here: Checkpoint, hp: readonly number[]): Said | null {
  if (hp.length !== here.hp.length) return { en: `the log has ${hp.length} combatants, the battle ${here.hp.length}`, ja: `ログ の メンバー は ${hp.length}、いま は ${here.hp.length}` };
  const i = here.hp.findIndex((h, n) => hp[n] !== h);
  if (i < 0) return null;
  const name = battle.snapshot().combatants[i]!.name;
  return {
    en: `at step ${here.step} ${name.en} has ${hp[i]} HP in the log but ${here.hp[i]} now`,
    ja: `ステップ ${here.step} で ${name.ja} の HP は ログ では ${hp[i]}、いま は ${here.hp[i]}`,
  };
}

function divergence(step: number, changed: readonly string[], { en, ja }: Said): Divergence {
  const files = changed.map((k) => `${k}.ts`).join(', ');
  const why = changed.length > 0
    ? { en: `the log was made with different code for ${files}`, ja: `ログ は ちがう ${files} で つくられました` }
    : { en: 'the replay differs from the log', ja: 'さいげん が ログ と ちがいます' };
  return { kind: 'code-differs', step, changed, message: { en: `${why.en}; first difference: ${en}`, ja: `${why.ja}。さいしょ の ちがい: ${ja}` } };
}

export type LogOpening = { readonly ok: true; readonly replay: LogReplay } | { readonly ok: false; readonly problem: LogProblem };

/**
 * Everything between a read log and a battle to show: the lineup check, then the checked replay.
 * A divergence is not a failure here: the battle stops where it still matched, and the caller
 * says why. This is what `sim --replay` and the game both call.
 */
export function openLog(file: LogFile, roster: Roster, digests: Digests = {}, options?: ClassicOptions): LogOpening {
  const refused = checkLog(file, roster);
  if (refused) return { ok: false, problem: refused };
  try {
    return { ok: true, replay: replayLog(file, roster, digests, options) };
  } catch (e) {
    // The core refuses a lineup it cannot start (an enemy in the party) with a sentence of its own.
    const why = e instanceof Error ? e.message : String(e);
    return { ok: false, problem: problem('malformed', `the log is malformed: ${why}`, `ログ が こわれています: ${why}`) };
  }
}
