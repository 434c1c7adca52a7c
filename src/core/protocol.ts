// The combatant protocol: what a monster generator yields, what it is sent, and what it returns.
import type { Rng } from './rng.ts';

export type Lang = 'ja' | 'en';
export type LocalText = { readonly ja: string; readonly en: string };
export type Side = 'hero' | 'enemy';
export type SpellId = 'hoimi' | 'gira';

/** What a combatant wants to do on its own turn. Plain data, like a redux-saga effect. */
export type Action =
  | { readonly kind: 'attack'; readonly target?: string; readonly hits?: 1 | 2 }
  | { readonly kind: 'spell'; readonly spell: SpellId; readonly target?: string }
  | { readonly kind: 'defend' }
  | { readonly kind: 'flee' }
  | { readonly kind: 'wait' };

/** What the player chooses for the hero. It goes in through `next(command)`. */
export type Command =
  | { readonly kind: 'attack'; readonly target?: string }
  | { readonly kind: 'spell'; readonly spell: SpellId; readonly target?: string }
  | { readonly kind: 'defend' }
  | { readonly kind: 'flee' };

/** Every yield is a status. `act` is read only when the engine resumed it for its own turn. */
export interface Status {
  readonly hp: number;
  readonly mp?: number;
  /** The action for this turn, or 'command' to ask the player (the hero does). */
  readonly act?: Action | 'command';
}

/**
 * What `next(value)` carries in — Python's `send`:
 * `undefined` is a plain resume (your turn), a negative number is damage, a positive one healing.
 */
export type Received = number | undefined;
/** The hero is also sent the player's command. */
export type HeroReceived = Received | Command;

/** Death is `return`; the value is recorded like `StopIteration.value`. */
export type Outcome = number | string | boolean | null | undefined | void;

export type CombatantGenerator<R extends HeroReceived = Received> = Generator<Status, Outcome, R>;

export interface Stats {
  readonly maxHp: number;
  readonly maxMp: number;
  /** Damage range of a plain attack, like the seed's `randint(5, 10)`. */
  readonly attack: readonly [number, number];
}

/** Handed to the generator when it is created. */
export interface Context {
  /** This combatant's id in the battle, e.g. `slime-2`. */
  readonly self: string;
  /** Its own random stream, so enemy AI is decided inside the generator. */
  readonly rng: Rng;
  readonly stats: Stats;
  /** MP to start with (HP is the generator's first argument). */
  readonly startMp: number;
  /** Ids of living opponents, in queue order. */
  foes(): readonly string[];
  /** Ids of living allies, itself included. */
  allies(): readonly string[];
}

/** What a file in src/combatants exports: all the view needs before the first yield. */
export interface CombatantDef<R extends HeroReceived = HeroReceived> {
  readonly kind: string;
  readonly name: LocalText;
  readonly side: Side;
  readonly sprite: string;
  readonly stats: Stats;
  readonly boss?: boolean;
  /** The generator function, created with its starting HP like `coroutine_hp_counter(name, initial_hp)`. */
  readonly create: (hp: number, ctx: Context) => CombatantGenerator<R>;
}

/** Declares an enemy: its generator is only ever sent numbers or `undefined`. */
export function defineEnemy(def: Omit<CombatantDef<Received>, 'side'>): CombatantDef {
  return { ...def, side: 'enemy' } as CombatantDef;
}

/** Declares a party member: its generator is also sent the player's commands. */
export function defineHero(def: Omit<CombatantDef<HeroReceived>, 'side'>): CombatantDef {
  return { ...def, side: 'hero' };
}

export function isCombatantDef(value: unknown): value is CombatantDef {
  if (typeof value !== 'object' || value === null) return false;
  const d = value as Partial<CombatantDef>;
  return (
    typeof d.kind === 'string' &&
    typeof d.name?.ja === 'string' &&
    typeof d.name?.en === 'string' &&
    (d.side === 'hero' || d.side === 'enemy') &&
    typeof d.sprite === 'string' &&
    typeof d.stats?.maxHp === 'number' &&
    typeof d.create === 'function'
  );
}
