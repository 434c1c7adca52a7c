// The lessons' chapter code is instrumented like a combatant (yield lines, the `yield*` stack, the
// loop guard) by the same transform, in the Vite build, the dev server and the tests.
import { describe, expect, it } from 'vitest';
import { instrumentCombatant, sitesSpecifierFor } from '../../src/instrument/combatant-transform.ts';
import { isInstrumentedId } from '../../scripts/vite-plugin-combatants.ts';

describe('src/lessons instrumentation', () => {
  it('finds its way back to src/core/sites.ts', () => {
    expect(sitesSpecifierFor('/repo/src/lessons/counter.ts')).toBe('../core/sites.ts');
    expect(isInstrumentedId('/repo/src/lessons/boss.ts', 'development')).toBe(true);
    expect(isInstrumentedId('/repo/src/lessons/boss.ts', 'production')).toBe(true);
    // The challenges are text for the sandbox, compiled there by the same transform.
    expect(isInstrumentedId('/repo/src/lessons/challenges/send.start.ts', 'production')).toBe(false);
  });

  it('marks the yield and the yield* lines of the boss', () => {
    const out = instrumentCombatant("export function* b() {\n  const x = yield* phase('calm', 2);\n  yield x;\n}\n", 'src/lessons/b.ts');
    expect(out.sites).toEqual([{ kind: 'delegate', line: 2, label: 'phase' }, { kind: 'at', line: 3 }]);
  });
});
