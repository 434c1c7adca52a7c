// The combatant protocol: what a monster generator yields, what it is sent, and what it returns.
import type { Rng } from './rng.ts';

export type Lang = 'ja' | 'en';
export type LocalText = { readonly ja: string; readonly en: string };
export type Side = 'hero' | 'enemy';
export type SpellId = 'hoimi' | 'gira' | 'rarihoo' | 'kiarii' | 'sukara';
/** やくそう (heal), どくけしそう (cure poison), まほうのせいすい (restore MP): see items.ts. */
export type ItemId = 'yakusou' | 'dokukeshi' | 'seisui';

/** A spell or an item, as an action and as a command alike. */
type Cast = { readonly kind: 'spell'; readonly spell: SpellId; readonly target?: string };
type Use = { readonly kind: 'item'; readonly item: ItemId; readonly target?: string };

/** What a combatant wants to do on its own turn. Plain data, like a redux-saga effect. */
export type Action =
  | { readonly kind: 'attack'; readonly target?: string; readonly hits?: 1 | 2; readonly poison?: true }
  | Cast
  | Use
  | { readonly kind: 'defend' }
  | { readonly kind: 'flee' }
  | { readonly kind: 'wait' };

/** What the player chooses for the hero. It goes in through `next(command)`. */
export type Command =
  | { readonly kind: 'attack'; readonly target?: string }
  | Cast
  | Use
  | { readonly kind: 'defend' }
  | { readonly kind: 'flee' };

/** What an enemy yields: its HP, and on its own turn the action it takes. It never asks the player. */
export interface EnemyStatus {
  readonly hp: number;
  readonly mp?: number;
  /** Read only when the engine resumed it for its own turn. */
  readonly act?: Action;
}

/** What a party member (side 'hero', companions too) yields: it may also ask the player with 'command'. */
export interface PartyStatus {
  readonly hp: number;
  readonly mp?: number;
  /** The action for this turn, or 'command' to ask the player. */
  readonly act?: Action | 'command';
}

/** Any yield the engine may see, from either side. */
export type Status = PartyStatus;

/**
 * What `next(value)` carries in — Python's `send`:
 * `undefined` is a plain resume (your turn), a negative number is damage, a positive one healing.
 */
export type Received = number | undefined;
/** まほうのせいすい: MP given back to a party member, which keeps its own MP like its HP. */
export interface Restore {
  readonly kind: 'restore';
  readonly mp: number;
}
/** A party member is also sent the player's command, and MP given back. */
export type HeroReceived = Received | Command | Restore;

/** Death is `return`; the value is recorded like `StopIteration.value`. */
export type Outcome = number | string | boolean | null | undefined | void;

export type CombatantGenerator<R extends HeroReceived = Received> = Generator<Status, Outcome, R>;
/** An enemy's generator: it yields EnemyStatus and is only ever sent numbers or `undefined`. */
export type EnemyGenerator = Generator<EnemyStatus, Outcome, Received>;
/** A party member's generator: it may ask for a command, and is sent the player's choice. */
export type PartyGenerator = Generator<PartyStatus, Outcome, HeroReceived>;

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
  /** The file name without `.ts`. The roster fills it in; a file may leave it out (it is '' then). */
  readonly kind: string;
  readonly name: LocalText;
  readonly side: Side;
  /** A key from assets/sprites. The roster fills in the file name when a file leaves it out. */
  readonly sprite: string;
  readonly stats: Stats;
  readonly boss?: boolean;
  /** The generator function, created with its starting HP like `coroutine_hp_counter(name, initial_hp)`. */
  readonly create: (hp: number, ctx: Context) => CombatantGenerator<R>;
}

/** An enemy as defineEnemy returns it: the types still say it never asks for a command. */
export interface EnemyDef extends CombatantDef<Received> {
  readonly side: 'enemy';
  readonly create: (hp: number, ctx: Context) => EnemyGenerator;
}

/** A party member as defineHero returns it. */
export interface PartyDef extends CombatantDef<HeroReceived> {
  readonly side: 'hero';
  readonly create: (hp: number, ctx: Context) => PartyGenerator;
}

/** What a monster file writes: `kind` and `sprite` may be left out; both default to the file name. */
type Written<D extends CombatantDef> = Omit<D, 'side' | 'kind' | 'sprite'> & { readonly kind?: string; readonly sprite?: string };

/** Declares an enemy: its generator is only ever sent numbers or `undefined`, and never yields 'command'. */
export function defineEnemy(def: Written<EnemyDef>): EnemyDef {
  return { ...def, kind: def.kind ?? '', sprite: def.sprite ?? '', side: 'enemy' };
}

/** Declares a party member: its generator is also sent the player's commands. */
export function defineHero(def: Written<PartyDef>): PartyDef {
  return { ...def, kind: def.kind ?? '', sprite: def.sprite ?? '', side: 'hero' };
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
