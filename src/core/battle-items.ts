// Items in battle: the bag comes from the input log and is counted down as items are used. An item
// is resolved like a spell, by sending into the target's generator: やくそう sends +30 (a heal),
// まほうのせいすい sends { kind: 'restore', mp } (a party member keeps its own MP), どくけしそう
// ends the engine's poison.
import type { Entry, Fight } from './battle-state.ts';
import { send, type Pause } from './battle-send.ts';
import { curePoison } from './effects.ts';
import { ITEMS } from './items.ts';
import type { ItemId } from './protocol.ts';
import { pickAlly } from './battle-actions.ts';

export function* useItem(f: Fight, t: Entry, id: ItemId, wanted: string | undefined): Generator<Pause, void, void> {
  const left = f.bag[id] ?? 0;
  if (left <= 0) return f.fault(t, `used ${ITEMS[id].name.en} (${id}), but the bag has none left`);
  const target = pickAlly(f, t, wanted);
  f.bag[id] = left - 1;
  f.emit({ type: 'item', actor: t.info.id, item: id, target: target.info.id, left: left - 1 });
  const item = ITEMS[id];
  if (item.effect === 'cure') return curePoison(f, t, target);
  if (item.effect === 'heal') {
    const prevHp = target.hp;
    const g = yield* send(f, target, item.power);
    if (g.kind === 'status') f.emit({ type: 'heal', target: target.info.id, source: t.info.id, amount: Math.max(0, g.hp - prevHp), hp: g.hp });
    f.settle(target, g);
    return;
  }
  // MP: only a party member is sent it (an enemy's MP is the engine's, see enemy-mp.ts).
  if (target.info.side === 'enemy') {
    target.mp = Math.min(target.info.maxMp, target.mp + item.power);
    return;
  }
  f.settle(target, yield* send(f, target, { kind: 'restore', mp: item.power }), true);
}
