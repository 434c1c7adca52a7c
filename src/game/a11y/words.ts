// The words of the accessible mirror and the key screen, in both languages. Anything drawn on the
// canvas (the key screen) keeps to kana and ASCII, which the bundled pixel font always has.
import type { Lang } from '../../core/protocol.ts';
import type { Action } from './key-bindings.ts';
import type { HpState } from './hp-state.ts';

const ja = {
  region: 'コルーチン・クエスト (よみあげ よう)',
  log: 'メッセージ',
  status: 'じょうきょう',
  noBattle: 'いまは たたかって いません',
  defeated: 'たおれた',
  fled: 'にげた',
  hpState: { normal: '', low: 'ピンチ', critical: 'きけん' } as Record<HpState, string>,
  scenes: { Boot: 'よみこみ', Preloader: 'よみこみ', Title: 'タイトル', Battle: 'せんとう', Classic: 'クラシック', Interlude: 'つぎの フロア', Result: 'けっか' } as Record<string, string>,
  menus: {
    title: 'タイトル メニュー', command: 'コマンド', target: 'あいて', spell: 'じゅもん', settings: 'せってい',
    credits: 'クレジット', result: 'けっか', interlude: 'つぎへ', keys: 'キー の せってい',
  } as Record<string, string>,
  disabled: 'つかえない',
  help: 'やじるし で えらび、 Enter で けってい、 Esc で もどる。 H で HP と MP を よみあげ。',
  actions: { up: 'うえ', down: 'した', left: 'ひだり', right: 'みぎ', confirm: 'けってい', cancel: 'もどる', status: 'HP よみあげ' } as Record<Action, string>,
  keysItem: 'キー の せってい',
  resetKeys: 'キー を もとに もどす',
  pressKey: (action: string) => `${action} に する キー を おして ください (Esc: やめる)`,
  reserved: (key: string) => `${key} は ほかで つかう キー です`,
  lastKey: (action: string) => `${action} の キー が なくなるので つかえません`,
  remapped: (action: string, key: string) => `${action}: ${key}`,
  keysSaveFailed: 'キー の せってい を ほぞん できません。この ページ を とじるまで は つかえます',
  result: (outcome: string, turns: number) => `${outcome} ${turns} ターン`,
};

type Words = typeof ja;

const en: Words = {
  region: 'Coroutine Quest (for screen readers)',
  log: 'Messages',
  status: 'Status',
  noBattle: 'No battle right now',
  defeated: 'defeated',
  fled: 'fled',
  hpState: { normal: '', low: 'low', critical: 'critical' },
  scenes: { Boot: 'Loading', Preloader: 'Loading', Title: 'Title', Battle: 'Battle', Classic: 'Classic', Interlude: 'Next floor', Result: 'Result' },
  menus: {
    title: 'Title menu', command: 'Command', target: 'Target', spell: 'Spell', settings: 'Settings',
    credits: 'Credits', result: 'Result', interlude: 'Next', keys: 'Keys',
  },
  disabled: 'unavailable',
  help: 'Arrows choose, Enter confirms, Esc goes back. H reads HP and MP.',
  actions: { up: 'Up', down: 'Down', left: 'Left', right: 'Right', confirm: 'Confirm', cancel: 'Back', status: 'Read HP' },
  keysItem: 'Keys',
  resetKeys: 'Default keys',
  pressKey: (action) => `Press the new key for ${action} (Esc: cancel)`,
  reserved: (key) => `${key} is used for something else`,
  lastKey: (action) => `That is the last key for ${action}`,
  remapped: (action, key) => `${action}: ${key}`,
  keysSaveFailed: 'Keys could not be saved; they last until this page is closed',
  result: (outcome, turns) => `${outcome} in ${turns} turns`,
};

export const A11Y_WORDS: Readonly<Record<Lang, Words>> = { ja, en };
