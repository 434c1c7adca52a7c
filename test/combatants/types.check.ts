// Compile-time checks, run by `tsc` in `npm test`: each @ts-expect-error must stay an error, so a
// wrong yield or a wrong `next` value in a combatant file is caught in the editor, not in battle.
// TypeScript reports a wrong yield on the generator method itself, hence one monster per mistake.
import { attack, cast, defineEnemy, defineHero, type EnemyStatus, type HeroReceived, type PartyStatus, type Received } from '../../src/core/kit.ts';
import type { CombatantDef, EnemyDef, PartyDef, Status } from '../../src/core/protocol.ts';

const base = { name: { ja: 'まちがい', en: 'Wrong' }, sprite: 'slime', stats: { maxHp: 10, maxMp: 0, attack: [1, 2] as const } };

export const stringHp = defineEnemy({
  ...base,
  kind: 'string-hp',
  // @ts-expect-error HP must be a number
  *create() {
    yield { hp: 'lots' };
  },
});

export const bareNumber = defineEnemy({
  ...base,
  kind: 'bare-number',
  // @ts-expect-error a status object, not a bare number (that is the classic counter's protocol)
  *create(hp) {
    yield hp;
  },
});

export const unknownAction = defineEnemy({
  ...base,
  kind: 'unknown-action',
  // @ts-expect-error no such action
  *create(hp) {
    yield { hp, act: { kind: 'dance' } };
  },
});

export const unknownSpell = defineEnemy({
  ...base,
  kind: 'unknown-spell',
  // @ts-expect-error a spell that does not exist
  *create(hp) {
    yield { hp, act: { kind: 'spell', spell: 'mera' } };
  },
});

export const enemyGetsNoCommands = defineEnemy({
  ...base,
  kind: 'no-commands',
  *create(hp) {
    const got = yield { hp } as EnemyStatus;
    // @ts-expect-error an enemy is only ever sent numbers or undefined, never a command
    return typeof got === 'object' ? got.kind : 0;
  },
});

export const heroGetsCommands = defineHero({
  ...base,
  kind: 'typed-hero',
  *create(hp) {
    const got: HeroReceived = yield { hp, act: 'command' };
    return typeof got === 'object' ? got.kind : 0; // compiles: the hero is sent the player's commands
  },
});

export const enemyAsksForCommand = defineEnemy({
  ...base,
  kind: 'asks-for-command',
  // @ts-expect-error only a party member (side 'hero') may yield act: 'command'; an enemy decides its own action
  *create(hp) {
    yield { hp, act: 'command' };
  },
});

export const enemyYieldsPartyStatus = defineEnemy({
  ...base,
  kind: 'party-status',
  // @ts-expect-error a PartyStatus may hold 'command', so an enemy cannot yield one
  *create(hp) {
    yield { hp } as PartyStatus;
  },
});

// @ts-expect-error an enemy's definition says side 'enemy'; it cannot pass for a party member
export const enemyIsNoPartyMember: PartyDef = defineEnemy({ ...base, *create(hp) { yield { hp }; } });

// @ts-expect-error stats.attack is a [low, high] pair
export const attackIsAPair = defineEnemy({ ...base, stats: { maxHp: 10, maxMp: 0, attack: 5 }, *create(hp) { yield { hp }; } });

// @ts-expect-error a monster is a generator function: async *create is refused here and when the file loads
export const asyncCreate = defineEnemy({ ...base, async *create(hp) { yield { hp }; } });

// @ts-expect-error hits is 1 or 2
export const threeHits = attack({ hits: 3 });

// @ts-expect-error a spell that does not exist
export const mera = cast('mera');

/** Compiles: the kit's creators need no `as const`, kind and sprite may be left out, and both defs are CombatantDefs. */
export const kitMonster: EnemyDef = defineEnemy({
  name: base.name,
  stats: { maxHp: 10, maxMp: 0, attack: [1, 2] },
  *create(hp, { self }) {
    let received: Received;
    while (true) {
      received = yield received === undefined ? { hp, act: hp < 5 ? cast('hoimi', self) : attack({ hits: 2 }) } : { hp };
      if (received !== undefined) hp += received;
      if (hp <= 0) return 0;
    }
  },
});
export const anyDef: readonly CombatantDef[] = [kitMonster, heroGetsCommands];
export const statusStillTakesBoth: readonly Status[] = [{ hp: 1, act: 'command' }, { hp: 1, act: attack() }];
