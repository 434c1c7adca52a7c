// The virtual module scripts/bench/bundle.ts provides: every src/combatants file, instrumented.
declare module 'cq:combatants' {
  export const modules: readonly { readonly path: string; readonly module: unknown }[];
}
