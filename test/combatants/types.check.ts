// Compile-time checks, run by `tsc` in `npm test`: each @ts-expect-error must stay an error, so a
// wrong yield or a wrong `next` value in a combatant file is caught in the editor, not in battle.
// TypeScript reports a wrong yield on the generator method itself, hence one monster per mistake.
import { defineEnemy, defineHero, type HeroReceived, type Status } from '../../src/core/protocol.ts';

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
    const got = yield { hp } as Status;
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
