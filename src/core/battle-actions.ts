// The battle rule (the game's): a generator whose pauses are the scheduler's steps. A turn resumes
// the actor, gets its action (or the player's command) and resolves it: attacks, spells, defending,
// fleeing. Damage is sent into the target right away, as the seed sends into a suspended generator.
import { other, type Entry, type Fight, type Settled } from './battle-state.ts';
import type { InputLog } from './log/input-log.ts';
import type { Action } from './protocol.ts';
import { RULES, SPELLS, attackDamage, fleeSucceeds, spellAmount } from './rules.ts';
import { payMp } from './enemy-mp.ts';
import { isAction, show } from './validate.ts';

export type Pause = 'step' | 'wait';

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
        const hit = attackDamage(f.rules, t.stats, side === 'hero', target.defending);
        yield* strike(f, t, target, hit.amount, hit.critical);
      }
      return;
    }
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
      const targets = act.target ? [pickFoe(f, t, act.target)] : f.living(other(side)).map((id) => f.entries.get(id)!);
      for (const target of targets) {
        if (!target || f.outcome !== null || !f.isIn(target)) continue;
        yield* strike(f, t, target, spellAmount(f.rules, spell, target.defending), false);
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

function* strike(f: Fight, by: Entry, target: Entry, amount: number, critical: boolean): Generator<Pause, void, void> {
  const prevHp = target.hp;
  const g = yield* send(f, target, -amount);
  const sent = f.sendForks === null ? amount : -(target.task.lastSent as number); // a send fork's value
  if (g.kind === 'status' || g.kind === 'dead') f.emitDamage(target, by, prevHp, sent, critical, target.defending, g);
  f.settle(target, g);
}

/**
 * Sends a value in as a step of its own: pauses first when this step already resumed someone.
 * A never-started coroutine is first started with next() in a step of its own.
 */
function* send(f: Fight, e: Entry, value: unknown): Generator<Pause, Settled, void> {
  if (e.task.state === 'created' && value !== undefined) {
    const started = yield* send(f, e, undefined);
    if (started.kind !== 'status') return started;
    f.adopt(e, started.hp, started.mp);
  }
  if (f.resumedThisStep) yield 'step';
  // A send fork replaces the drawn damage or heal (the draw already happened, so later draws stay).
  return f.resume(e, f.sendForks === null ? value : f.sendForks.valueAt(f.steps + 1, value));
}

/** The named foe if it is a living one, else the first living foe in queue order: O(1). */
function pickFoe(f: Fight, t: Entry, wanted: string | undefined): Entry | null {
  const foe = other(t.info.side);
  if (wanted !== undefined) {
    const e = f.entries.get(wanted);
    if (e && f.isLiving(e, foe)) return e;
  }
  return f.firstLiving(foe);
}

function pickAlly(f: Fight, t: Entry, wanted: string | undefined): Entry {
  if (wanted === undefined) return t;
  const e = f.entries.get(wanted);
  return e && f.isLiving(e, t.info.side) ? e : t;
}
