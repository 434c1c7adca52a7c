// The combatant sources the overlay shows, kept current in dev: a saved combatant file changes
// its raw text, which comes in through combatant-sources.ts; taking the new module here keeps the
// "suspended at" lines right without a page reload.
import { defaultSourceFor } from './combatant-sources.ts';

const live = { sourceFor: defaultSourceFor };

if (import.meta.hot) {
  import.meta.hot.accept('./combatant-sources.ts', (next) => {
    if (typeof next?.defaultSourceFor === 'function') live.sourceFor = next.defaultSourceFor as typeof defaultSourceFor;
  });
}

export function liveSourceFor(kind: string): ReturnType<typeof defaultSourceFor> {
  return live.sourceFor(kind);
}
