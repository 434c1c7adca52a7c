import { hero } from './hero.ts';
import type { SpriteDef } from './types.ts';

// The companions wear the hero's outline (the same chibi build, sword and shield) in their own
// colours, so the three read as one party: まほうつかい in violet, そうりょ in green and white.

/** まほうつかい: violet robe and cape, a gold-trimmed hood. */
export const mage: SpriteDef = {
  key: 'mage',
  legend: { ...hero.legend, H: 'mage', L: 'mageLight', D: 'mageDark', P: 'mageDark', C: 'robeDark', c: 'ink', A: 'hair' },
  grid: hero.grid,
};

/** そうりょ: a green habit with a white mantle. */
export const priest: SpriteDef = {
  key: 'priest',
  legend: { ...hero.legend, H: 'priest', L: 'priestLight', D: 'priestDark', P: 'priestDark', C: 'cloth', c: 'clothShade', Y: 'cloth', G: 'clothShade', T: 'steelDark' },
  grid: hero.grid,
};
