// The protocol's types as hints in the editor: completions (Ctrl+Space, or while typing a word)
// and a tooltip on hover for what a monster file uses from src/core/kit.ts and protocol.ts. The
// signatures are written here from those files (a test checks each kit export has a hint), so the
// editor needs no TypeScript language service: that is megabytes the playground must not ship.
import { autocompletion, completeFromList, type Completion, type CompletionSource } from '@codemirror/autocomplete';
import type { Extension } from '@codemirror/state';
import { hoverTooltip } from '@codemirror/view';
import type { Lang, LocalText } from '../../core/protocol.ts';

export interface KitHint {
  readonly label: string;
  readonly type: 'function' | 'type' | 'property' | 'keyword';
  /** The signature or type, as the source writes it. */
  readonly detail: string;
  readonly info: LocalText;
}

const fn = (label: string, detail: string, en: string, ja: string): KitHint => ({ label, type: 'function', detail, info: { en, ja } });
const ty = (label: string, detail: string, en: string, ja: string): KitHint => ({ label, type: 'type', detail, info: { en, ja } });
const field = (label: string, detail: string, en: string, ja: string): KitHint => ({ label, type: 'property', detail, info: { en, ja } });

export const KIT_HINTS: readonly KitHint[] = [
  fn('attack', 'attack(options?: { hits?: 1 | 2; target?: string }): Action', 'One blow at a foe, damage rolled from stats.attack; { hits: 2 } strikes twice.', 'てき に 1かい こうげき。{ hits: 2 } で 2かい。ダメージ は stats.attack から。'),
  fn('defend', 'defend(): Action', 'Halves the damage it takes until its next turn.', 'つぎの ターン まで うける ダメージ が はんぶん。'),
  fn('wait', 'wait(): Action', 'Does nothing this turn.', 'この ターン は なにも しない。'),
  fn('flee', 'flee(): Action', 'Tries to run away.', 'にげようと する。'),
  fn('cast', 'cast(spell: SpellId, target?: string): Action', "cast('hoimi', self) heals itself; cast('gira') burns the foes; cast('rarihoo') puts them to sleep; cast('sukara', self) guards.", "cast('hoimi', self) で かいふく、cast('gira') で てき を やく、cast('rarihoo') で ねむらせる、cast('sukara', self) で まもり を かためる。"),
  fn('hurtOrHeal', 'hurtOrHeal(hp: number, received: Received, maxHp: number): number', 'The HP after what next(received) carried in: negative hurts, positive heals up to maxHp, undefined changes nothing.', 'next(received) の あと の HP: マイナス は ダメージ、プラス は かいふく (maxHp まで)、undefined は そのまま。'),
  fn('defineEnemy', 'defineEnemy({ name, stats, boss?, kind?, sprite?, *create(hp, ctx) }): EnemyDef', 'Declares a monster: the file\'s default export. kind and sprite default to the file name.', 'モンスター を きめる (ファイル の default export)。kind と sprite は ファイル名 に なる。'),
  fn('defineHero', 'defineHero({ name, stats, *create(hp, ctx) }): PartyDef', 'Declares a party member: it is also sent the player\'s commands.', 'なかま を きめる。プレイヤー の コマンド も おくられる。'),
  ty('Received', 'type Received = number | undefined', 'What next(value) carries in: undefined is your turn, a negative number damage, a positive one healing.', 'next(value) で とどく もの: undefined は じぶん の ターン、マイナス は ダメージ、プラス は かいふく。'),
  ty('Action', "type Action = { kind: 'attack' | 'spell' | 'item' | 'defend' | 'flee' | 'wait'; target?; hits?; poison?; spell?; item? }", 'What a combatant does on its own turn: yield { hp, act: attack() }.', 'じぶん の ターン に する こと: yield { hp, act: attack() }。'),
  ty('EnemyStatus', 'interface EnemyStatus { hp: number; mp?: number; act?: Action }', 'What a monster yields: its HP, and on its own turn the action.', 'モンスター が yield する もの: HP と、じぶん の ターン なら act。'),
  ty('Context', 'interface Context { self; rng; stats; startMp; foes(); allies() }', 'The second argument of create(hp, ctx).', 'create(hp, ctx) の 2ばんめ の ひきすう。'),
  ty('Stats', 'interface Stats { maxHp: number; maxMp: number; attack: [number, number] }', 'Max HP and MP, and the damage range of a plain attack.', 'さいだい HP・MP と こうげき の ダメージ の はんい。'),
  ty('SpellId', "type SpellId = 'hoimi' | 'gira' | 'rarihoo' | 'kiarii' | 'sukara'", 'The spells: ホイミ heals, ギラ burns, ラリホー puts foes to sleep, キアリー cures poison, スカラ halves what is sent to an ally.', 'じゅもん: ホイミ (かいふく)、ギラ (こうげき)、ラリホー (ねむらせる)、キアリー (どく を なおす)、スカラ (うける ダメージ を はんぶん に)。'),
  ty('ItemId', "type ItemId = 'yakusou' | 'dokukeshi' | 'seisui'", "The items: やくそう heals, どくけしそう cures poison, まほうのせいすい gives MP back. A party member's command { kind: 'item', item, target? }.", "どうぐ: やくそう (かいふく)、どくけしそう (どく を なおす)、まほうのせいすい (MP を かいふく)。なかま の コマンド { kind: 'item', item, target? }。"),
  ty('Restore', "interface Restore { kind: 'restore'; mp: number }", 'Sent to a party member by まほうのせいすい: MP back (the member yields its new mp).', 'まほうのせいすい で なかま に とどく: MP が もどる (あたらしい mp を yield する)。'),
  ty('HeroReceived', 'type HeroReceived = Received | Command', "What the hero is sent: a number, undefined, or the player's command.", 'ゆうしゃ に とどく もの: すうじ、undefined、または コマンド。'),
  ty('PartyStatus', "interface PartyStatus { hp: number; mp?: number; act?: Action | 'command' }", "What a party member yields: act 'command' asks the player.", "なかま が yield する もの: act: 'command' で プレイヤー に きく。"),
  ty('Command', "type Command = { kind: 'attack' | 'spell' | 'item' | 'defend' | 'flee'; target?; spell?; item? }", "The player's choice, sent to the hero through next(command).", 'プレイヤー の えらんだ コマンド (next(command) で ゆうしゃ に とどく)。'),
  field('hp', 'hp: number', 'Yielded HP: the engine shows and checks it (never above maxHp).', 'yield する HP (maxHp より おおきく できない)。'),
  field('act', 'act?: Action', 'Read only when the engine resumed it for its own turn.', 'じぶん の ターン の とき だけ よまれる。'),
  field('kind', "kind: 'attack' | 'spell' | 'item' | 'defend' | 'flee' | 'wait'", 'Which action.', 'どの こうどう か。'),
  field('hits', 'hits?: 1 | 2', '2 strikes twice in one turn.', '2 で 1ターン に 2かい こうげき。'),
  field('target', 'target?: string', "A foe's id from foes(); left out, the first living foe.", 'foes() の id。ない とき は さいしょ の てき。'),
  field('spell', 'spell: SpellId', "'hoimi', 'gira', 'rarihoo', 'kiarii' or 'sukara'.", "'hoimi'、'gira'、'rarihoo'、'kiarii' か 'sukara'。"),
  field('poison', 'poison?: true', 'attack({ poison: true }): a blow that lands may poison its target (the engine keeps the poison).', 'attack({ poison: true }): あたる と どく に する ことが ある (どく は エンジン が もつ)。'),
  field('stats', 'stats: Stats', 'Max HP and MP, attack range.', 'さいだい HP・MP と こうげき の はんい。'),
  field('maxHp', 'maxHp: number', 'The most HP it can have.', 'HP の さいだい。'),
  field('maxMp', 'maxMp: number', 'The most MP it can have.', 'MP の さいだい。'),
  field('self', 'self: string', "This combatant's id in the battle, e.g. slime-2.", 'たたかい の なか の じぶん の id (slime-2 など)。'),
  field('rng', 'rng: Rng', 'Its own random stream: decide inside the generator with it.', 'じぶん だけ の らんすう。'),
  field('startMp', 'startMp: number', 'MP to start with.', 'さいしょ の MP。'),
  field('foes', 'foes(): readonly string[]', 'Ids of living opponents, in queue order.', 'いきている てき の id。'),
  field('allies', 'allies(): readonly string[]', 'Ids of living allies, itself included.', 'いきている なかま の id (じぶん も)。'),
  field('name', 'name: { ja: string; en: string }', 'Its name in both languages.', 'ふたつ の ことば の なまえ。'),
  field('boss', 'boss?: boolean', 'A boss: its battle ends the floor.', 'ボス。'),
  field('create', '*create(hp: number, ctx: Context): EnemyGenerator', 'The generator: created with its starting HP, it yields its status each time it is resumed.', 'ジェネレーター: さいしょ の HP で つくられ、よばれる たび に yield する。'),
];

const byLabel = new Map(KIT_HINTS.map((h) => [h.label, h]));

/** The hint for a word, or undefined. */
export function hintFor(word: string): KitHint | undefined {
  return byLabel.get(word);
}

export function kitCompletions(lang: Lang): readonly Completion[] {
  return KIT_HINTS.map((h) => ({ label: h.label, type: h.type, detail: h.detail, info: h.info[lang], boost: h.type === 'property' ? -1 : 0 }));
}

/** Completions for the word before the cursor (or anywhere on Ctrl+Space). */
export function kitCompletionSource(lang: Lang): CompletionSource {
  return completeFromList([...kitCompletions(lang)]);
}

/** The word around `pos` in `line` (identifier characters), or null. */
export function wordAt(line: string, pos: number): { from: number; to: number; word: string } | null {
  let from = pos;
  let to = pos;
  while (from > 0 && /[\w$]/.test(line[from - 1]!)) from--;
  while (to < line.length && /[\w$]/.test(line[to]!)) to++;
  return to > from ? { from, to, word: line.slice(from, to) } : null;
}

function hover(lang: Lang): Extension {
  return hoverTooltip((view, pos) => {
    const line = view.state.doc.lineAt(pos);
    const w = wordAt(line.text, pos - line.from);
    const hint = w ? hintFor(w.word) : undefined;
    if (!w || !hint) return null;
    return {
      pos: line.from + w.from,
      end: line.from + w.to,
      above: true,
      create: () => {
        const dom = document.createElement('div');
        dom.className = 'cq-kit-hint';
        const sig = document.createElement('code');
        sig.textContent = hint.detail;
        const text = document.createElement('div');
        text.textContent = hint.info[lang];
        dom.append(sig, text);
        return { dom };
      },
    };
  });
}

/** Completions and hover hints for the kit, in the game's language. */
export function kitHints(lang: Lang): Extension {
  return [autocompletion({ override: [kitCompletionSource(lang)], icons: false }), hover(lang)];
}
