// The Interlude's lines, as words: what the floor just won gave (exp, gold, drops), who grew and
// who joined, who came back, then the next floor, the party, the purse and the run so far. Pure
// (names and maxima are handed in), so the wording is unit-tested without Phaser.
import { NO_TALLY } from '../../core/adventure.ts';
import { ITEMS, ITEM_IDS, type Bag } from '../../core/items.ts';
import { FLOORS, type Progress, type Victory } from '../../core/progress.ts';
import type { Lang } from '../../core/protocol.ts';
import { SPELLS } from '../../core/rules.ts';
import { UI } from '../ui/i18n.ts';
import { PARTY_WORDS } from '../ui/party-words.ts';
import { COLORS } from '../ui/theme.ts';
import type { Line } from './screen-kit.ts';

export interface LineContext {
  readonly lang: Lang;
  /** A kind's name (ゆうしゃ, まほうつかい…) and a monster's. */
  readonly name: (kind: string) => string;
  /** A member's maxima at a level. */
  readonly maxOf: (kind: string, level: number) => { maxHp: number; maxMp: number };
  /** The colour of an HP (amber when low, red when critical). */
  readonly hpColor: (hp: number, maxHp: number) => string;
}

export interface InterludeFacts {
  readonly progress: Progress;
  readonly fled?: boolean;
  readonly victory?: Victory;
  /** Kinds that had fallen in the battle and are back with half their HP. */
  readonly revived?: readonly string[];
  /** The shop's last word (a purchase, or why not), shown first. */
  readonly said?: string;
}

/** The bag in a few words: 「やくそう×2 どくけしそう×1」, or "no items". */
export function bagText(bag: Bag, lang: Lang): string {
  // The pixel font draws × as narrow as a letter, so the count gets its own space, and items a comma.
  const held = ITEM_IDS.filter((id) => (bag[id] ?? 0) > 0).map((id) => PARTY_WORDS[lang].itemCount(ITEMS[id].name[lang], bag[id]!));
  return held.length > 0 ? held.join(lang === 'ja' ? '、' : ', ') : PARTY_WORDS[lang].emptyBag;
}

/** One kind met twice as "×2" (short enough for a phone's line). */
function enemyNames(kinds: readonly string[], ctx: LineContext): string {
  const counts = new Map<string, number>();
  for (const k of kinds) counts.set(k, (counts.get(k) ?? 0) + 1);
  return [...counts].map(([k, n]) => `${ctx.name(k)}${n > 1 ? ` ×${n}` : ''}`).join(ctx.lang === 'ja' ? '、' : ', ');
}

function rewardLines(v: Victory, facts: InterludeFacts, ctx: LineContext): Line[] {
  const w = PARTY_WORDS[ctx.lang];
  const lines: Line[] = [{ text: w.won(v.rewards.exp, v.rewards.gold), color: COLORS.accent }];
  const drops = new Map<string, number>();
  for (const d of v.rewards.drops) drops.set(d, (drops.get(d) ?? 0) + 1);
  if (drops.size > 0) lines.push({ text: w.dropped(bagText(Object.fromEntries(drops), ctx.lang)), color: COLORS.info });
  for (const up of v.levelUps) {
    lines.push({ text: w.levelUp(ctx.name(up.kind), up.level, up.hpUp, up.mpUp), color: COLORS.heal });
    if (up.learned) lines.push({ text: w.learned(ctx.name(up.kind), SPELLS[up.learned].name[ctx.lang]), color: COLORS.heal });
  }
  for (const kind of facts.revived ?? []) {
    const member = facts.progress.party.find((m) => m.kind === kind);
    if (member) lines.push({ text: w.revived(ctx.name(kind), member.hp), color: COLORS.info });
  }
  if (v.joined) lines.push({ text: w.joined(ctx.name(v.joined)), color: COLORS.accent });
  return lines;
}

export function interludeLines(facts: InterludeFacts, ctx: LineContext): Line[] {
  const t = UI[ctx.lang];
  const w = PARTY_WORDS[ctx.lang];
  const { progress } = facts;
  const floor = FLOORS[progress.floor];
  const tally = progress.tally ?? NO_TALLY;
  return [
    ...(facts.said ? [{ text: facts.said, color: COLORS.info }] : []),
    ...(facts.fled ? [{ text: t.fledFloor, color: COLORS.info }] : []),
    ...(facts.victory ? rewardLines(facts.victory, facts, ctx) : []),
    { text: t.floorOf(progress.floor + 1, FLOORS.length), color: floor?.boss ? COLORS.danger : COLORS.accent, big: true },
    ...(floor ? [{ text: t.ahead(enemyNames(floor.enemies, ctx)), color: floor.boss ? COLORS.danger : COLORS.text }] : []),
    ...progress.party.map((m) => {
      const max = ctx.maxOf(m.kind, m.level);
      return { text: w.member(ctx.name(m.kind), m.level, m.hp, max.maxHp, m.mp, max.maxMp), color: ctx.hpColor(m.hp, max.maxHp) };
    }),
    { text: w.goldBag(progress.gold, bagText(progress.bag, ctx.lang)) },
    // On a floor just won the rewards take the run's damage line's place (a phone has few lines).
    ...(tally.battles > 0 ? [{ text: t.runSoFar(tally.battles, tally.turns), color: COLORS.dim }] : []),
    ...(tally.battles > 0 && !facts.victory ? [{ text: t.damageSoFar(tally.dealt, tally.taken), color: COLORS.dim }] : []),
    { text: t.seed(progress.seed), color: COLORS.dim },
  ];
}
