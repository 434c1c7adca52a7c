import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadRoster } from '../../src/cli/load-roster.ts';
import { collectRoster, isCombatantPath, kindFromPath } from '../../src/core/roster.ts';
import slime from '../../src/combatants/slime.ts';
import bat from '../../src/combatants/bat.ts';

const PROBLEMS_DIR = fileURLToPath(new URL('../fixtures/roster-problems/', import.meta.url));

describe('isCombatantPath', () => {
  it.each(['slime.ts', 'she-slime.ts', 'src/combatants/king-slime.ts', 'C:\\game\\bat.js'])('takes %s', (p) => {
    expect(isCombatantPath(p)).toBe(true);
  });

  it.each(['_template.ts', 'classic.ts', 'index.ts', 'slime.test.ts', 'types.d.ts', 'Slime.ts', 'slime.json', '-x.ts'])('skips %s', (p) => {
    expect(isCombatantPath(p)).toBe(false);
  });

  it('takes the kind from the file name', () => {
    expect(kindFromPath('/a/b/metal-slime.ts')).toBe('metal-slime');
  });
});

describe('collectRoster', () => {
  it('keys monsters by file name and skips non-monster paths silently', () => {
    const { roster, problems } = collectRoster([
      { path: 'x/slime.ts', module: { default: slime } },
      { path: 'x/classic.ts', module: {} },
    ]);
    expect([...roster.keys()]).toEqual(['slime']);
    expect(problems).toEqual([]);
  });

  it('reports each bad file by name and keeps the good ones', () => {
    const { roster, problems } = collectRoster([
      { path: 'x/broken.ts', error: new SyntaxError('Unexpected token') },
      { path: 'x/empty.ts', module: { x: 1 } },
      { path: 'x/two.ts', module: { a: slime, b: bat } },
      { path: 'x/bat.ts', module: { default: { ...slime, kind: 'slime' } } }, // a kind field that disagrees
      { path: 'x/slime.ts', module: { default: slime } },
    ]);
    expect([...roster.keys()]).toEqual(['slime']);
    expect(problems).toEqual([
      'bat.ts: its kind is "slime" but the file name says "bat"',
      'broken.ts: failed to load (Unexpected token)',
      'empty.ts: exports no combatant definition (export default defineEnemy({ … }))',
      'two.ts: exports 2 combatant definitions; one file holds one monster',
    ]);
  });
});

describe('loadRoster (Node discovery)', () => {
  it('finds every monster in src/combatants and nothing else', async () => {
    const { roster, problems } = await loadRoster();
    expect(problems).toEqual([]);
    expect([...roster.keys()].sort()).toEqual(['bat', 'bubble-slime', 'ghost', 'golem', 'healslime', 'hero', 'king-slime', 'mage', 'magician', 'metal-slime', 'priest', 'she-slime', 'slime']);
  });

  it('turns import failures and bad exports into notices, never a crash', async () => {
    const { roster, problems } = await loadRoster(PROBLEMS_DIR);
    expect([...roster.keys()]).toEqual(['good']);
    expect(problems).toHaveLength(4);
    expect(problems).toContain('exploding.ts: failed to load (exploded on import)');
    expect(problems.join('\n')).toMatch(/empty\.ts: exports no combatant/);
    expect(problems.join('\n')).toMatch(/misnamed\.ts: its kind is "other-name"/);
    expect(problems.join('\n')).toMatch(/twins\.ts: exports 2 combatant definitions/);
  });

  it('rejects a directory that does not exist', async () => {
    await expect(loadRoster(join(PROBLEMS_DIR, 'nope'))).rejects.toThrow(/ENOENT/);
  });
});
