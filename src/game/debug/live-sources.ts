// The combatant sources the overlay shows, kept current in dev: a saved combatant file changes
// its raw text, which comes in through combatant-sources.ts; taking the new module here keeps the
// "suspended at" lines right without a page reload.
import { COMBATANT_SOURCES, defaultSourceFor } from './combatant-sources.ts';

const live = { sourceFor: defaultSourceFor, sources: COMBATANT_SOURCES };

if (import.meta.hot) {
  import.meta.hot.accept('./combatant-sources.ts', (next) => {
    if (typeof next?.defaultSourceFor === 'function') live.sourceFor = next.defaultSourceFor as typeof defaultSourceFor;
    if (next?.COMBATANT_SOURCES instanceof Map) live.sources = next.COMBATANT_SOURCES as typeof COMBATANT_SOURCES;
  });
}

export function liveSourceFor(kind: string): ReturnType<typeof defaultSourceFor> {
  return live.sourceFor(kind);
}

/** Every combatant file as it is now, by kind (the digests of a log file are made from these). */
export function liveSources(): typeof COMBATANT_SOURCES {
  return live.sources;
}
