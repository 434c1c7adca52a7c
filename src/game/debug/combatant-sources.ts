// The combatant files as raw text, by kind, bundled through import.meta.glob so the overlay can
// show them in `npm run build` output too. Only live-sources.ts imports this: a saved combatant
// file replaces this module, and that is where the update is accepted.
import type { SourceFile } from './source-lines.ts';

const rawSources = import.meta.glob('../../combatants/*.ts', { eager: true, query: '?raw', import: 'default' }) as Record<string, string>;

/** The combatant files, by kind (`slime`, `king-slime`, `classic`). */
export const COMBATANT_SOURCES: ReadonlyMap<string, SourceFile> = new Map(
  Object.entries(rawSources).map(([path, text]) => {
    const file = path.split('/').pop()!;
    return [file.replace(/\.ts$/, ''), { file, text }];
  }),
);

/** The default `sourceFor`: the combatant's own file. Under the classic rule every combatant runs `classic.ts`. */
export function defaultSourceFor(kind: string): SourceFile | null {
  return COMBATANT_SOURCES.get(kind) ?? null;
}
