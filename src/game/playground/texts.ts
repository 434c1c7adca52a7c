// The playground's words, in both languages the game speaks.
import type { Lang } from '../../core/protocol.ts';

const TEXTS = {
  edit: { en: 'Edit', ja: 'へんしゅう' },
  editHint: { en: 'Edit this monster in the browser and apply it to the battle', ja: 'この モンスターを ブラウザで へんしゅうして たたかいに つかう' },
  title: { en: 'Playground', ja: 'プレイグラウンド' },
  apply: { en: 'Apply', ja: 'てきよう' },
  applyHint: { en: 'Compile, hot-swap and replay the battle (Ctrl+Enter)', ja: 'コンパイルして いれかえ、たたかいを さいげん (Ctrl+Enter)' },
  reset: { en: 'Reset', ja: 'もとに もどす' },
  resetHint: { en: 'Back to the shipped source, and the shipped monster in the battle', ja: 'さいしょの ソースと モンスターに もどす' },
  undo: { en: 'Undo', ja: 'とりけし' },
  redo: { en: 'Redo', ja: 'やりなおし' },
  close: { en: 'Close', ja: 'とじる' },
  download: { en: 'Download', ja: 'ダウンロード' },
  downloaded: { en: 'saved: put it in src/combatants and it plays (npm run dev)', ja: 'ほぞん しました。src/combatants に おけば そのまま たたかいに でます (npm run dev)' },
  downloadHint: { en: 'Save this file, ready to drop into src/combatants', ja: 'このファイルを ほぞん (src/combatants に おけば そのまま つかえます)' },
  share: { en: 'Share', ja: 'きょうゆう' },
  shareHint: { en: 'A link with the applied code, the seed and the commands', ja: 'てきようした コード・シード・コマンド の リンク' },
  shared: { en: 'share link copied', ja: 'きょうゆう リンク を コピーしました' },
  sharedNotCopied: { en: 'share link made (copy it from the box above)', ja: 'きょうゆう リンク を つくりました (うえの わく から コピー)' },
  sharedFiles: { en: 'edited file(s)', ja: 'ファイル' },
  sharedChars: { en: 'characters', ja: 'もじ' },
  notKept: { en: 'applied, but this browser would not keep it (storage full or off): it lasts until the page closes', ja: 'てきようしましたが ほぞん できません。ページ を とじるまで つかえます' },
  newMonster: { en: 'New', ja: 'あたらしく' },
  newHint: { en: 'Start a new monster from the template', ja: 'テンプレートから あたらしい モンスターを つくる' },
  fileLabel: { en: 'File', ja: 'ファイル' },
  loading: { en: 'Loading the compiler…', ja: 'コンパイラを よみこみちゅう…' },
  badFile: { en: 'A file name is lower-case letters, digits and -, ending in .ts (puddle.ts)', ja: 'ファイル名は こもじ・すうじ・- と .ts です (puddle.ts)' },
  notInBattle: { en: 'applied; this monster is not in this battle, so nothing was replayed', ja: 'てきようしました。この たたかいには いないので さいげんは ありません' },
  resetDone: { en: 'back to the shipped code', ja: 'さいしょの コードに もどしました' },
  failed: { en: 'not applied; the old code goes on', ja: 'てきようしません。ふるい コードの まま つづけます' },
} as const satisfies Record<string, { en: string; ja: string }>;

export type PlaygroundText = keyof typeof TEXTS;

export function say(key: PlaygroundText, lang: Lang): string {
  return TEXTS[key][lang];
}
