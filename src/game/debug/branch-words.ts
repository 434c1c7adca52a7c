// The words of the branches panel and the compare view (the rest of the debugger's are in format.ts).
import type { Lang } from '../../core/protocol.ts';

const WORDS = {
  branches: { en: 'Branches', ja: 'えだわかれ' },
  branchList: { en: 'Branches of this battle', ja: 'この たたかい の えだわかれ' },
  show: { en: 'Show', ja: 'みる' },
  shown: { en: 'shown', ja: 'ひょうじちゅう' },
  nameOf: { en: 'Name of branch', ja: 'えだ の なまえ' },
  remove: { en: 'Delete', ja: 'けす' },
  removeOf: { en: 'Delete branch', ja: 'えだ を けす' },
  forkStep: { en: 'at step', ja: 'ステップ' },
  forkValue: { en: 'send', ja: 'おくる あたい' },
  forkSend: { en: 'Fork: send this', ja: 'わかれる: この あたい' },
  forkCommand: { en: 'Fork: this command', ja: 'わかれる: この コマンド' },
  command: { en: 'command', ja: 'コマンド' },
  forked: { en: 'forked: now showing', ja: 'わかれました: いま は' },
  compare: { en: 'Compare', ja: 'くらべる' },
  compareWith: { en: 'with', ja: 'と' },
  compareTitle: { en: 'Two branches compared', ja: 'ふたつ の えだ を くらべる' },
  close: { en: 'Close', ja: 'とじる' },
  firstDiff: { en: 'first difference at step', ja: 'さいしょ の ちがい: ステップ' },
  noDiff: { en: 'the two branches are the same', ja: 'ふたつ の えだ は おなじ です' },
  outcome: { en: 'outcome', ja: 'けっか' },
  notOver: { en: 'not over', ja: 'まだ つづく' },
  steps: { en: 'steps', ja: 'ステップ' },
  hpChart: { en: 'HP over steps: solid line first branch, dashed line second', ja: 'ステップ ごと の HP: じっせん が 1つめ、てんせん が 2つめ' },
  before: { en: 'before your edit', ja: 'へんしゅう まえ' },
  after: { en: 'after your edit', ja: 'へんしゅう あと' },
  atk: { en: 'attack', ja: 'こうげき' },
  defend: { en: 'defend', ja: 'ぼうぎょ' },
  flee: { en: 'flee', ja: 'にげる' },
  victory: { en: 'victory', ja: 'しょうり' },
  defeat: { en: 'defeat', ja: 'まけ' },
  fled: { en: 'fled', ja: 'にげた' },
  escaped: { en: 'the foes escaped', ja: 'てき が にげた' },
  draw: { en: 'draw', ja: 'ひきわけ' },
  loading: { en: 'loading the compare view…', ja: 'くらべる がめん を よみこみちゅう…' },
} as const;

export type BranchWord = keyof typeof WORDS;

export function bw(key: BranchWord, lang: Lang): string {
  return WORDS[key][lang];
}

/** An outcome in words; null (the run stops mid-battle) is "not over". */
export function outcomeWord(outcome: string | null, lang: Lang): string {
  if (outcome === null) return bw('notOver', lang);
  return outcome in WORDS ? bw(outcome as BranchWord, lang) : outcome;
}

/** A new branch's first name: the step and what changed. */
export function forkName(step: number, change: { value: number } | { command: { kind: string } }, lang: Lang): string {
  const what = 'value' in change ? (lang === 'ja' ? `${change.value} を おくる` : `send ${change.value}`) : change.command.kind;
  return `${step}: ${what}`;
}
