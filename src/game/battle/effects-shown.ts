// Each combatant's status effects as the screen shows them: taken from the snapshot when the view
// is rebuilt, then changed by each 'effect' event as it plays (so a window says ねむり when the line
// 「スライム は ねむってしまった!」 does, not a step early).
import type { CombatantView } from '../../core/battle.ts';
import type { EffectsView, EventOf } from '../../core/events.ts';
import type { Lang } from '../../core/protocol.ts';
import { PARTY_WORDS } from '../ui/party-words.ts';

/** The words for a member's effects, in a fixed order (sleep, poison, guard), as the window shows them. */
export function effectWords(effects: EffectsView | undefined, lang: Lang): string[] {
  const w = PARTY_WORDS[lang];
  if (!effects) return [];
  return [effects.sleep ? w.sleep : '', effects.poison ? w.poison : '', effects.guard ? w.guard : ''].filter((s) => s !== '');
}

type Mutable = { sleep?: number; poison?: true; guard?: number };

export class EffectsShown {
  private byId = new Map<string, Mutable>();

  /** `shown` is told each combatant's effects as they change (and each one's on a reset), to draw them. */
  constructor(private readonly shown: (id: string, effects: EffectsView) => void = () => {}) {}

  reset(combatants: readonly Pick<CombatantView, 'id' | 'effects'>[]): void {
    this.byId = new Map(combatants.map((c) => [c.id, { ...(c.effects ?? {}) }]));
    for (const [id, effects] of this.byId) this.shown(id, effects);
  }

  /** One effect landing or ending; returns the combatant's effects after it. */
  apply(e: EventOf<'effect'>): EffectsView {
    const now = this.byId.get(e.target) ?? {};
    if (e.effect === 'poison') {
      if (e.on) now.poison = true;
      else delete now.poison;
    } else if (e.on) now[e.effect] = e.turns ?? 1;
    else delete now[e.effect];
    this.byId.set(e.target, now);
    this.shown(e.target, now);
    return now;
  }

  /** A combatant that returned carries no effects any more. */
  clear(id: string): EffectsView {
    this.byId.set(id, {});
    this.shown(id, {});
    return {};
  }

  get(id: string): EffectsView {
    return this.byId.get(id) ?? {};
  }

  words(id: string, lang: Lang): string[] {
    return effectWords(this.get(id), lang);
  }
}
