// The combatant transform lives in src/instrument/ (pure: the browser imports it too); the build
// tools keep importing it from here, next to the Vite plugin and the Node loader that apply it.
export { CQ, CombatantSyntaxError, instrumentCombatant, sitesSpecifierFor } from '../src/instrument/combatant-transform.ts';
export type { InstrumentOptions, InstrumentResult, Site } from '../src/instrument/combatant-transform.ts';
