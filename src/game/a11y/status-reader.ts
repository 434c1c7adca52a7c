// What the status key (H) reads aloud: every party member's and each enemy's HP (and the party's MP, and effects) as the
// screen shows them now (window.__game.screen(), which may lag the core while a hit animates), with
// the maxima and names from the snapshot. Pure: the mirror (mirror.ts) only puts it in the page.
import type { BattleSnapshot } from '../../core/battle.ts';
import { castFrom } from '../../core/cast.ts';
import type { Lang } from '../../core/protocol.ts';
import type { ScreenState } from '../app/shown-state.ts';
import { hpState } from './hp-state.ts';
import { A11Y_WORDS } from './words.ts';

/** "ゆうしゃ HP 86 / 100, MP 30. スライム HP 9 / 12." */
export function statusText(screen: ScreenState | null, snap: BattleSnapshot | null, lang: Lang): string {
  const w = A11Y_WORDS[lang];
  if (!screen || !snap) return w.noBattle;
  const names = castFrom(snap.combatants).nameMap(lang);
  const hpOf = (hp: number, max: number) => {
    const state = w.hpState[hpState(hp, max)];
    return `HP ${Math.max(0, hp)} / ${max}${state ? ` (${state})` : ''}`;
  };
  const parts: string[] = [];
  // Every party member as its window shows it (a screen without `party` is the hero's window alone).
  const heroes = snap.combatants.filter((c) => c.side === 'hero');
  const shownParty = screen.party ?? (heroes[0] ? [{ id: heroes[0].id, ...screen.hero, effects: '' }] : []);
  for (const m of shownParty) {
    const view = heroes.find((c) => c.id === m.id);
    if (!view) continue;
    const name = names.get(m.id) ?? m.id;
    const effects = m.effects ? ` (${m.effects})` : '';
    parts.push(`${name} ${hpOf(m.hp, view.maxHp)}${view.maxMp > 0 ? `, MP ${m.mp}` : ''}${effects}`);
  }
  for (const e of screen.enemies) {
    const view = snap.combatants.find((c) => c.id === e.id);
    const name = names.get(e.id) ?? e.id;
    const effects = e.effects && e.effects.length > 0 ? ` (${e.effects.join(' ')})` : '';
    if (view?.fled) parts.push(`${name} ${w.fled}`);
    else if (e.hp <= 0 || !e.visible) parts.push(`${name} ${w.defeated}`);
    else parts.push(`${name} ${hpOf(e.hp, view?.maxHp ?? e.hp)}${effects}`);
  }
  return parts.join(lang === 'ja' ? '。 ' : '. ') + (lang === 'ja' ? '。' : '.');
}
