// The words of the six chapters, in Japanese and English. The Japanese keeps the study memo's
// voice and the game's spacing (「スライム は 9 のダメージ!」).
import type { LocalText } from '../../core/protocol.ts';
import type { ChapterId } from '../../lessons/checks.ts';

export interface ChapterText {
  readonly title: LocalText;
  /** What the chapter is about, shown above the code. */
  readonly lead: LocalText;
  /** Shown before the first step. */
  readonly intro: LocalText;
  readonly challenge: LocalText;
  readonly hints: readonly LocalText[];
}

export const CHAPTER_TEXTS: Readonly<Record<ChapterId, ChapterText>> = {
  iterator: {
    title: { ja: '1. イテレータ: たからばこ', en: '1. Iterator: the treasure chest' },
    lead: {
      ja: 'イテレータ は next() を もつ オブジェクト。 のこり の アイテム (じょうたい) は フィールド に ある。 からっぽ に なると done: true。 Python なら StopIteration。',
      en: 'An iterator is an object with next(). What is left (its state) lives in a field. Once empty it says done: true; Python raises StopIteration.',
    },
    intro: { ja: '1ステップ で next() を 1かい よぶ。 たからばこ を あけてみよう。', en: 'Each step calls next() once. Open the chest.' },
    challenge: { ja: 'からっぽ に なったら done: true を かえす たからばこ に しよう。', en: 'Make the chest say done: true once it is empty.' },
    hints: [
      { ja: 'items.length が 0 の とき は どうする?', en: 'What should next() do when items.length is 0?' },
      { ja: 'return { value: undefined, done: true } を からっぽ の とき に。', en: 'When empty: return { value: undefined, done: true }.' },
    ],
  },
  generator: {
    title: { ja: '2. ジェネレータ: yield と おわらない ジェネレータ', en: '2. Generator: yield, and one that never ends' },
    lead: {
      ja: 'function* の なか の yield で 1つずつ かえして そこで とまる。 じょうたい は とまった ばしょ そのもの。 おなじ たからばこ が クラス なし で かける。 while (true) でも next() の たび に 1つ ぶん しか すすまない。',
      en: 'yield inside a function* hands out one value and stops right there: the state is where it stopped. The same chest, without a class. Even while (true) runs only up to the next yield per next().',
    },
    intro: { ja: 'まず たからばこ の ジェネレータ、つぎ に おわらない カウンター。', en: 'First the chest as a generator, then a counter that never ends.' },
    challenge: { ja: '1, 2, 3 で おわる ジェネレータ を おわらない ように しよう。', en: 'This generator stops after 1, 2, 3: make it endless.' },
    hints: [
      { ja: 'おなじ 2ぎょう を くりかえす なら ループ に。', en: 'The same two lines, again and again: a loop.' },
      { ja: 'while (true) { i += 1; yield i; }', en: 'while (true) { i += 1; yield i; }' },
    ],
  },
  send: {
    title: { ja: '3. send: カウンター', en: '3. Send: the counter' },
    lead: {
      ja: 'next(value) は Python の send(value)。 yield の こたえ として value が はいる。 さいしょ の next() は さいしょ の yield まで うごかす だけ。 その まえ に おくった あたい は、だれも まって いない ので JavaScript では すてられる (Python は TypeError)。',
      en: "next(value) is Python's send(value): value becomes the answer of the yield. The first next() only runs it to the first yield; a value sent before that has nobody waiting for it, so JavaScript drops it (Python raises TypeError).",
    },
    intro: { ja: 'さいしょ に send(5)。 5 は どこ へ いく?', en: 'First a send(5). Where does the 5 go?' },
    challenge: { ja: 'send(0) で 0 に もどる カウンター に しよう (if (received) では 0 が きえる)。', en: 'Make send(0) reset the counter to 0 (if (received) loses the 0).' },
    hints: [
      { ja: '0 は JavaScript では「うそ」 (falsy)。', en: '0 is falsy in JavaScript.' },
      { ja: 'if (received !== undefined) と くらべよう。 Python の is not None と おなじ。', en: "Compare: if (received !== undefined), Python's is not None." },
    ],
  },
  battle: {
    title: { ja: '4. バトル: クラシック の ターン', en: '4. The battle: the classic turn' },
    lead: {
      ja: 'メモ の run() そのまま。 tasks の まえ から t を とり、t.send(None) で HP を きき、t.send(ダメージ) を おくり、いきて いれば うしろ へ。 1ステップ は ターン の はんぶん。',
      en: "The memo's run() as it is: take t from the front of tasks, ask its HP with t.send(None), send the damage, and put it back at the end if it lives. One step is half a turn.",
    },
    intro: { ja: 'ゆうしゃ 100 と スライム 20。 ダメージ は メモ と おなじ 8, 9, 7, 8, 7, 10。', en: 'Hero 100 and Slime 20, with the memo\'s damage: 8, 9, 7, 8, 7, 10.' },
    challenge: { ja: 'HP が 0 いか に なったら return 0 で しぬ hpCounter に しよう。', en: 'Make hpCounter die with return 0 when its HP reaches 0 or less.' },
    hints: [
      { ja: 'ダメージ を ひいた すぐ あと に しらべよう。', en: 'Check right after taking the damage.' },
      { ja: 'if (count <= 0) return 0;', en: 'if (count <= 0) return 0;' },
    ],
  },
  delegate: {
    title: { ja: '5. yield*: ボス の フェーズ', en: '5. yield*: the boss phases' },
    lead: {
      ja: 'メモ で わからなかった yield from (JavaScript の yield*)。 フェーズ を じぶん の ジェネレータ に して ボス が まかせる。 next(value) も return() も throw() も フェーズ へ とどき、yield* の あたい は フェーズ の return。 for ... of で ループ を コピー すると おくった あたい も return も きえる。',
      en: "The memo's open question, yield from (JavaScript's yield*). Each phase is a generator of its own and the boss delegates to it: next(value), return() and throw() reach the phase, and yield* evaluates to the phase's return. Copying the loop (for … of … yield) loses both the values sent and the return.",
    },
    intro: { ja: 'デバッガー の「まかせている スタック」 を みよう。 ダメージ 3, 4, 5, 6 を おくる。', en: "Watch the debugger's delegation stack. It sends damage 3, 4, 5, 6." },
    challenge: { ja: 'ボス が 2つ の フェーズ の ダメージ の ごうけい を return する ように しよう。', en: 'Make the boss return the damage of both phases together.' },
    hints: [
      { ja: 'yield* phase(...) は フェーズ の return の あたい に なる。', en: "yield* phase(...) is an expression: the phase's return value." },
      { ja: 'const calm = yield* phase(\'calm\', 2); … return calm + angry;', en: "const calm = yield* phase('calm', 2); … return calm + angry;" },
    ],
  },
  async: {
    title: { ja: '6. async/await: イベントループ', en: '6. async/await: the event loop' },
    lead: {
      ja: 'async 関数 も コルーチン。 await で とまり、イベントループ が キュー から 1つずつ うごかす。 ねている タスク は おきる じかん を もつ。 とけい は バーチャル なので なんど でも おなじ じかん。 ひとつずつ なら 10 + 20、Promise.all (asyncio.gather) なら 20。 さいご に ゲーム の バトル の await と ジェネレータ の スケジューラ を ならべて みる。',
      en: "An async function is a coroutine too: it stops at await, and the event loop runs the queue one task at a time; sleeping tasks have wake-up times. The clock is virtual, so the times are the same on every run. One after the other: 10 + 20; with Promise.all (asyncio.gather): 20. Last, the game's own battle: its awaits beside the generator scheduler.",
    },
    intro: { ja: 'main が キュー に いる。 1ステップ で イベントループ が 1かい まわる。', en: 'main is in the queue. Each step is one turn of the event loop.' },
    challenge: { ja: 'ホイミ と ギラ を いっしょに となえて、ぜんぶで 20 に しよう。', en: 'Cast hoimi and gira together, so the whole takes 20.' },
    hints: [
      { ja: 'yield 1かい で 2つ を まつ には { all: [ … ] }。', en: 'To wait for both with one yield: { all: [ … ] }.' },
      { ja: "yield { all: [{ sleep: 10, spell: 'hoimi' }, { sleep: 20, spell: 'gira' }] };", en: "yield { all: [{ sleep: 10, spell: 'hoimi' }, { sleep: 20, spell: 'gira' }] };" },
    ],
  },
};
