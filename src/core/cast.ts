// Who is in a battle, read from its opening event: names in either language and sides by id.
// Every reader of an event log (text, the overlay, hot reload's report) asks this one place.
import type { BattleEvent, CombatantInfo, TurnRule } from './events.ts';
import type { Lang, Side } from './protocol.ts';

export interface Cast {
  readonly combatants: readonly CombatantInfo[];
  /** The turn rule, null for a log without its opening event. */
  readonly rule: TurnRule | null;
  /** The display name of `id` in `lang`; an unknown id is shown as itself. */
  name(id: string, lang: Lang): string;
  /** A lookup for one language, for code that names many ids. */
  namer(lang: Lang): (id: string) => string;
  /** id → name in `lang`, every combatant. */
  nameMap(lang: Lang): Map<string, string>;
  side(id: string): Side | undefined;
}

export function castFrom(combatants: readonly CombatantInfo[], rule: TurnRule | null = null): Cast {
  const byId = new Map(combatants.map((c) => [c.id, c]));
  return {
    combatants,
    rule,
    name: (id, lang) => byId.get(id)?.name[lang] ?? id,
    namer: (lang) => (id) => byId.get(id)?.name[lang] ?? id,
    nameMap: (lang) => new Map(combatants.map((c) => [c.id, c.name[lang]])),
    side: (id) => byId.get(id)?.side,
  };
}

/** The cast of a battle's event log: its battleStart event, which is always the first. */
export function castOf(events: readonly BattleEvent[]): Cast {
  const start = events[0]?.type === 'battleStart' ? events[0] : events.find((e) => e.type === 'battleStart');
  return start?.type === 'battleStart' ? castFrom(start.combatants, start.rule) : castFrom([]);
}
