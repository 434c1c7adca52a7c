// The battle rule (the game's): a generator whose pauses are the scheduler's steps. A turn resumes
// the actor, gets its action (or the player's command) and resolves it: attacks, spells, defending,
// fleeing. Damage is sent into the target right away, as the seed sends into a suspended generator.
import { other, type Entry, type Fight } from './battle-state.ts';
import { MAX_PARTY, type InputLog } from './log/input-log.ts';
import type { Action } from './protocol.ts';
import { RULES, SPELLS, attackDamage, fleeSucceeds, spellAmount } from './rules.ts';
import { payMp } from './enemy-mp.ts';
import { isAction, show } from './validate.ts';
import { send, type Pause } from './battle-send.ts';
import { curePoison, guard, hitWhileAsleep, isGuarded, poisonDamage, trySleep, tryPoison, turnGoesOn } from './effects.ts';
import { useItem } from './battle-items.ts';

export type { Pause } from './battle-send.ts';

/** The whole battle under the battle rule; each `yield` ends one step. */
export function* driveBattleRule(f: Fight, input: InputLog): Generator<Pause, void, void> {
  while (f.outcome === null) {
    if (f.resumedThisStep) {
      f.atTurnTop = true;
      yield 'step';
    }
    const t = f.startTurn();
    if (!t) break;
    yield* battleTurn(f, t, input);
    if (f.outcome === null && f.isIn(t)) f.enqueue(t);
    f.current = null;
  }
  if (f.outcome === null) f.finish('draw');
}

function* battleTurn(f: Fight, t: Entry, input: InputLog): Generator<Pause, void, void> {
  t.defending = false;
  // Effects are looked at only when it has any: the common turn checks one field.
  if (t.effects !== null) {
    if (t.effects.poison && !(yield* poisonTick(f, t))) return;
    if (!turnGoesOn(f, t, t.effects)) return;
  }
  if (!f.settle(t, yield* send(f, t, undefined), true)) return;
  let act = f.got.act;
  if (act === 'command') {
    f.waiting = t;
    f.emit({ type: 'awaitCommand', actor: t.info.id });
    while (f.pending === undefined) yield 'wait';
    const command = f.pending;
    f.pending = undefined;
    f.waiting = null;
    if (input.mode === 'battle') input.commands.push(command);
    if (!f.settle(t, yield* send(f, t, command), true)) return;
    act = f.got.act;
    if (act === 'command') return f.fault(t, 'asked for a command again after being given one');
  }
  if (!isAction(act)) return; // a status with no action: it does nothing this turn
  yield* perform(f, t, act);
}

function* perform(f: Fight, t: Entry, act: Action): Generator<Pause, void, void> {
  const side = t.info.side;
  const named = 'target' in act ? act.target : undefined;
  if (named !== undefined && !f.entries.has(named)) {
    return f.fault(t, `yielded an action with target ${show(named)}, which does not exist`);
  }
  f.emit({ type: 'action', actor: t.info.id, act });
  switch (act.kind) {
    case 'attack': {
      const hits = Math.min(act.hits ?? 1, RULES.maxHits);
      for (let i = 0; i < hits && f.outcome === null; i++) {
        const target = pickFoe(f, t, act.target);
        if (!target) return;
        const hit = attackDamage(f.rules, t.stats, side === 'hero', isGuarded(target));
        const landed = yield* strike(f, t, target, hit.amount, hit.critical);
        if (landed && act.poison === true) tryPoison(f, t, target);
      }
      return;
    }
    case 'item':
      return yield* useItem(f, t, act.item, act.target);
    case 'spell': {
      const spell = SPELLS[act.spell];
      if (side === 'enemy' && !payMp(f, t, spell)) return;
      if (spell.effect === 'heal') {
        const target = pickAlly(f, t, act.target);
        const prevHp = target.hp;
        const g = yield* send(f, target, spellAmount(f.rules, spell, false));
        if (g.kind === 'status') {
          f.emit({ type: 'heal', target: target.info.id, source: t.info.id, amount: Math.max(0, g.hp - prevHp), hp: g.hp });
        }
        f.settle(target, g);
        return;
      }
      if (spell.effect === 'cure' || spell.effect === 'guard') {
        const target = pickAlly(f, t, act.target);
        if (spell.effect === 'cure') curePoison(f, t, target);
        else guard(f, t, target, spell.power[0]);
        return;
      }
      const targets = act.target ? [pickFoe(f, t, act.target)] : f.living(other(side)).map((id) => f.entries.get(id)!);
      for (const target of targets) {
        if (!target || f.outcome !== null || !f.isIn(target)) continue;
        if (spell.effect === 'sleep') trySleep(f, t, target, spell.power);
        else yield* strike(f, t, target, spellAmount(f.rules, spell, isGuarded(target)), false);
      }
      return;
    }
    case 'defend':
      t.defending = true;
      return;
    case 'flee': {
      const ok = fleeSucceeds(f.rules, side);
      f.emit({ type: 'flee', actor: t.info.id, side, ok });
      if (!ok) return;
      if (side === 'hero') return f.finish('fled');
      t.fled = true;
      f.close(t);
      f.leave(t);
      f.checkEnd();
      return;
    }
    case 'wait':
      return;
  }
}

/** One blow sent in; true when the target lived through it (a poisoning blow may then poison). */
function* strike(f: Fight, by: Entry, target: Entry, amount: number, critical: boolean): Generator<Pause, boolean, void> {
  const prevHp = target.hp;
  const g = yield* send(f, target, -amount);
  const sent = f.sendForks === null ? amount : -(target.task.lastSent as number); // a send fork's value
  if (g.kind === 'status' || g.kind === 'dead') f.emitDamage(target, by, prevHp, sent, critical, isGuarded(target), g);
  if (target.effects !== null) hitWhileAsleep(f, target, g);
  return f.settle(target, g);
}

/** どく: the engine sends damage before the turn resume — two sends in one turn. false when it died of it. */
function* poisonTick(f: Fight, t: Entry): Generator<Pause, boolean, void> {
  const amount = poisonDamage(t);
  const prevHp = t.hp;
  const g = yield* send(f, t, -amount);
  if (g.kind === 'status' || g.kind === 'dead') {
    const hp = g.kind === 'status' ? Math.max(0, g.hp) : 0;
    const lost = g.kind === 'status' ? Math.max(0, prevHp - g.hp) : Math.min(amount, Math.max(0, prevHp));
    f.emit({ type: 'damage', target: t.info.id, source: 'poison', side: t.info.side, amount: lost, hp, critical: false, defended: false });
  }
  return f.settle(t, g);
}

/** The named foe if it is a living one, else the first living foe in queue order: O(1). */
function pickFoe(f: Fight, t: Entry, wanted: string | undefined): Entry | null {
  const foe = other(t.info.side);
  if (wanted !== undefined) {
    const e = f.entries.get(wanted);
    if (e && f.isLiving(e, foe)) return e;
  }
  // A monster that names no target strikes any member of a party at random: a draw only when the
  // party has more than one member standing (a hero alone is struck as it always was). Only a
  // party's size (MAX_PARTY): a side of hundreds keeps the O(1) first-in-queue rule.
  if (foe === 'hero' && f.inBattle.hero > 1 && f.inBattle.hero <= MAX_PARTY) {
    const party = f.living('hero');
    if (party.length > 1) return f.entries.get(party[f.rules.int(0, party.length - 1)]!)!;
  }
  return f.firstLiving(foe);
}

export function pickAlly(f: Fight, t: Entry, wanted: string | undefined): Entry {
  if (wanted === undefined) return t;
  const e = f.entries.get(wanted);
  return e && f.isLiving(e, t.info.side) ? e : t;
}
