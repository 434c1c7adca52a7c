// A simple built-in player for the hero when nobody is at the keyboard (sim, fuzz, soak, demo).
import type { Battle } from './battle.ts';
import type { Command } from './protocol.ts';
import { SPELLS } from './rules.ts';

export function autoCommand(battle: Battle, actor: string): Command {
  const me = battle.vitals(actor);
  const foes = battle.living('enemy');
  if (!me || foes.length === 0) return { kind: 'defend' };
  if (me.hp < me.maxHp * 0.35 && me.mp >= SPELLS.hoimi.mp) return { kind: 'spell', spell: 'hoimi' };
  if (foes.length >= 2 && me.mp >= SPELLS.gira.mp + SPELLS.hoimi.mp) return { kind: 'spell', spell: 'gira' };
  let weakest = foes[0]!;
  let weakestHp = battle.vitals(weakest)!.hp;
  for (let i = 1; i < foes.length; i++) {
    const hp = battle.vitals(foes[i]!)!.hp;
    if (hp < weakestHp) {
      weakest = foes[i]!;
      weakestHp = hp;
    }
  }
  return { kind: 'attack', target: weakest };
}
