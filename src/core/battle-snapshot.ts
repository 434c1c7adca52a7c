// What the overlay and the tests read: one combatant's view, and the whole battle's snapshot.
import type { Effects, Entry, Fight } from './battle-state.ts';
import type { EffectsView } from './events.ts';

export const NO_EFFECTS: EffectsView = Object.freeze({});

export function effectsView(x: Effects | null): EffectsView {
  if (x === null || (x.sleep === 0 && !x.poison && x.guard === 0)) return NO_EFFECTS;
  return { ...(x.sleep > 0 && { sleep: x.sleep }), ...(x.poison && { poison: true as const }), ...(x.guard > 0 && { guard: x.guard }) };
}
import type { BattleSnapshot, CombatantView } from './battle-types.ts';

/** Built field by field: an object spread costs microseconds per object on Node 20's V8. */
export function viewOf(e: Entry): CombatantView {
  const t = e.task;
  const i = e.info;
  return {
    id: i.id,
    kind: i.kind,
    name: i.name,
    side: i.side,
    sprite: i.sprite,
    maxHp: i.maxHp,
    maxMp: i.maxMp,
    hp: Math.max(0, e.hp),
    mp: e.mp,
    boss: i.boss,
    state: t.state,
    resumes: t.resumes,
    lastSent: t.lastSent,
    lastYielded: t.lastYielded,
    returned: t.returned,
    error: t.error === undefined ? null : t.error instanceof Error ? t.error.message : String(t.error),
    defending: e.defending,
    fled: e.fled,
    effects: effectsView(e.effects),
    at: t.sites.at,
    stack: t.sites.stack.slice(),
  };
}

export function snapshotOf(f: Fight, seed: number): BattleSnapshot {
  const queue: string[] = [];
  f.queue.forEach((e) => {
    if (e.queued) queue.push(e.info.id);
  });
  return {
    seed,
    rule: f.rule,
    step: f.steps,
    turn: f.turn,
    current: f.current?.info.id ?? null,
    waitingFor: f.waiting?.info.id ?? null,
    outcome: f.outcome,
    queue,
    combatants: f.order.map(viewOf),
  };
}
