// A simple built-in player for the hero when nobody is at the keyboard (sim, fuzz, soak, demo).
import type { Battle } from './battle.ts';
import type { Command } from './protocol.ts';
import { SPELLS } from './rules.ts';

export function autoCommand(battle: Battle, actor: string): Command {
  const snap = battle.snapshot();
  const me = snap.combatants.find((c) => c.id === actor);
  const foes = battle.living('enemy').map((id) => snap.combatants.find((c) => c.id === id)!);
  if (!me || foes.length === 0) return { kind: 'defend' };
  if (me.hp < me.maxHp * 0.35 && me.mp >= SPELLS.hoimi.mp) return { kind: 'spell', spell: 'hoimi' };
  if (foes.length >= 2 && me.mp >= SPELLS.gira.mp + SPELLS.hoimi.mp) return { kind: 'spell', spell: 'gira' };
  const weakest = foes.reduce((a, b) => (b.hp < a.hp ? b : a));
  return { kind: 'attack', target: weakest.id };
}
