import { describe, expect, it } from 'vitest';
import { autoCommand } from '../../src/core/policy.ts';
import { startBattle } from '../../src/core/replay.ts';
import { battleLog, loadTestRoster } from '../helpers.ts';

/** A battle stopped at the hero's first command, so the policy sees a real snapshot. */
async function atFirstCommand(enemies: string[], hp?: number, mp?: number) {
  const b = startBattle(battleLog(enemies, undefined, [{ kind: 'hero', hp, mp }]), await loadTestRoster());
  const r = b.step();
  expect(r.waitingFor).toBe('hero');
  return b;
}

describe('autoCommand', () => {
  it('heals with ホイミ when below 35% HP and MP allows', async () => {
    const b = await atFirstCommand(['slime'], 30, 3);
    expect(autoCommand(b, 'hero')).toEqual({ kind: 'spell', spell: 'hoimi' });
  });

  it('attacks instead when hurt but out of MP', async () => {
    const b = await atFirstCommand(['slime'], 30, 2);
    expect(autoCommand(b, 'hero')).toEqual({ kind: 'attack', target: 'slime' });
  });

  it('casts ギラ at two or more foes while keeping MP for a heal', async () => {
    expect(autoCommand(await atFirstCommand(['slime', 'bat'], 100, 8), 'hero')).toEqual({ kind: 'spell', spell: 'gira' });
    expect(autoCommand(await atFirstCommand(['slime', 'bat'], 100, 7), 'hero').kind).toBe('attack');
  });

  it('attacks the weakest foe', async () => {
    const b = await atFirstCommand(['slime', 'bat'], 100, 0);
    expect(autoCommand(b, 'hero')).toEqual({ kind: 'attack', target: 'bat' });
  });

  it('always chooses a command the battle accepts', async () => {
    const b = await atFirstCommand(['slime', 'she-slime', 'bat'], 20, 30);
    expect(b.submit(autoCommand(b, 'hero'))).toEqual({ ok: true });
  });
});
