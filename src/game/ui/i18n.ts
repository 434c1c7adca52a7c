// The game's own UI words. Battle text comes from src/core/messages.ts, never from here.
import type { Lang, LocalText } from '../../core/protocol.ts';

const ja = {
  title: 'コルーチン・クエスト',
  subtitle: 'Coroutine Quest',
  tagline: 'ここの まものは みんな ジェネレータ',
  start: 'はじめから',
  continue: 'つづきから',
  classic: 'クラシック',
  language: 'English',
  settings: 'せってい',
  credits: 'クレジット',
  back: 'もどる',
  motion: (on: boolean) => `うごきを へらす: ${on ? 'オン' : 'オフ'}`,
  sound: (on: boolean) => `おと: ${on ? 'オン' : 'オフ'}`,
  musicVolume: (p: number) => `おんがく: ${p}%`,
  sfxVolume: (p: number) => `こうかおん: ${p}%`,
  audioFailed: 'おとが だせないため おとなしで すすめます',
  textSpeed: (s: string) => `もじの はやさ: ${({ slow: 'おそい', normal: 'ふつう', fast: 'はやい', instant: 'しゅんかん' } as Record<string, string>)[s] ?? s}`,
  creditsText: [
    'コルーチン・クエスト',
    'フォント: DotGothic16 (Fontworks)',
    'SIL Open Font License 1.1',
    'エンジン: Phaser 4',
    'まものは みんな ジェネレータかんすう',
  ],
  attack: 'たたかう',
  spell: 'じゅもん',
  defend: 'ぼうぎょ',
  flee: 'にげる',
  mp: 'MP',
  hp: 'HP',
  floor: (n: number, of: number) => `ちか ${n}かい / ${of}`,
  floorOf: (n: number, of: number) => `${n} / ${of} かいめ`,
  nextFloor: 'つぎの かいへ',
  toTitle: 'タイトルへ',
  victory: 'しょうり!',
  defeat: 'ぜんめつ……',
  fled: 'にげきった',
  escaped: 'まものは にげていった',
  draw: 'ひきわけ',
  cleared: 'キングスライムを たおした! ぼうけん クリア!',
  turns: (n: number) => `ターン: ${n}`,
  seed: (n: number) => `シード: ${n}`,
  playAgain: 'おなじ シードで もういちど',
  newBattle: 'あたらしい たたかい',
  classicTitle: 'クラシック: シードの たたかい',
  classicHint: 'けってい で タイトルへ',
  noSave: 'セーブデータが ありません',
  saveDiscarded: 'セーブデータが こわれていたので しょきかしました',
  logEnd: (outcome: string) => `ログ の さいご: ${outcome}  (Enter で タイトル へ)`,
  missingAsset: (k: string) => `がぞう ${k} が ないので かわりを つかいます`,
  unknownSprite: (file: string, key: string) => `${file}: sprite '${key}' の がぞう assets/sprites/${key}.png が ないので かわりを つかいます`,
  targetPrompt: 'だれを こうげきする?',
  spellPrompt: 'どの じゅもん?',
} as const;

type Strings = { [K in keyof typeof ja]: (typeof ja)[K] extends (...a: infer A) => string ? (...a: A) => string : (typeof ja)[K] extends readonly string[] ? readonly string[] : string };

const en: Strings = {
  title: 'Coroutine Quest',
  subtitle: 'コルーチン・クエスト',
  tagline: 'every monster here is a generator',
  start: 'Start',
  continue: 'Continue',
  classic: 'Classic',
  language: '日本語',
  settings: 'Settings',
  credits: 'Credits',
  back: 'Back',
  motion: (on) => `Reduce motion: ${on ? 'on' : 'off'}`,
  sound: (on) => `Sound: ${on ? 'on' : 'off'}`,
  musicVolume: (p) => `Music: ${p}%`,
  sfxVolume: (p) => `Effects: ${p}%`,
  audioFailed: 'Sound could not be played; continuing without it',
  textSpeed: (s) => `Text speed: ${s}`,
  creditsText: [
    'Coroutine Quest',
    'Font: DotGothic16 (Fontworks)',
    'SIL Open Font License 1.1',
    'Engine: Phaser 4',
    'Every monster is a generator function',
  ],
  attack: 'Attack',
  spell: 'Spell',
  defend: 'Defend',
  flee: 'Flee',
  mp: 'MP',
  hp: 'HP',
  floor: (n, of) => `Floor ${n} of ${of}`,
  floorOf: (n, of) => `Floor ${n} of ${of}`,
  nextFloor: 'Onward',
  toTitle: 'Title',
  victory: 'Victory!',
  defeat: 'Defeat…',
  fled: 'Got away',
  escaped: 'The monsters fled',
  draw: 'Draw',
  cleared: 'The King Slime is beaten! Adventure cleared!',
  turns: (n) => `Turns: ${n}`,
  seed: (n) => `Seed: ${n}`,
  playAgain: 'Play again (same seed)',
  newBattle: 'New battle',
  classicTitle: "Classic: the seed's battle",
  classicHint: 'Confirm to return',
  noSave: 'No saved adventure',
  saveDiscarded: 'The save was corrupt and has been reset',
  logEnd: (outcome) => `End of the log: ${outcome}  (Enter: back to the title)`,
  missingAsset: (k) => `Image ${k} is missing; using a stand-in`,
  unknownSprite: (file, key) => `${file}: sprite '${key}' has no assets/sprites/${key}.png; using a stand-in`,
  targetPrompt: 'Attack whom?',
  spellPrompt: 'Which spell?',
};

export type UiStrings = Strings;
export const UI: Readonly<Record<Lang, UiStrings>> = { ja: ja as unknown as Strings, en };

/** The same UI words in both languages, for a notice shown in whichever the player has then. */
export function inBoth(pick: (t: UiStrings) => string): LocalText {
  return { ja: pick(UI.ja), en: pick(UI.en) };
}

/** Every character the UI can show in Japanese, so the font's subsets are loaded before the first Text. */
export function glyphSample(): string {
  const kana: string[] = [];
  for (let c = 0x3041; c <= 0x30ff; c++) kana.push(String.fromCharCode(c));
  const words = Object.values(ja).flatMap((v: unknown) => {
    if (typeof v === 'function') {
      const f = v as (...a: unknown[]) => string;
      return [f(1, 5), f('normal'), f(true), f(false)];
    }
    return Array.isArray(v) ? v : [String(v)];
  });
  return `${kana.join('')}${words.join('')}日本語！？、。…―ー・「」0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz:/!?().,'`;
}
