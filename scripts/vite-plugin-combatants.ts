// Vite plugin: instruments combatant generators (yield sites, yield* stack, loop guard) before
// TypeScript is stripped, so the overlay can show where each coroutine stopped and an endless
// loop becomes a NoYieldError instead of a frozen tab. Test fixtures are instrumented only in
// `--mode test` (and under Vitest); they must never ship in the game.
import { transformWithOxc, type Plugin } from 'vite';
import { CombatantSyntaxError, instrumentCombatant } from './combatant-transform.ts';

const GAME = /\/src\/combatants\/[^/]+\.ts$/;
const FIXTURES = /\/test\/fixtures\/(?:combatants|rules)\/[^/]+\.ts$/;
/** The lessons' chapter code: instrumented like a combatant, hot-reloaded by its own module (src/game/lessons). */
const LESSONS = /\/src\/lessons\/[^/]+\.ts$/;

/** Whether a module id is a combatant file this plugin rewrites in the given mode. */
export function isInstrumentedId(id: string, mode: string): boolean {
  const path = id.replace(/\\/g, '/').replace(/[?#].*$/, '');
  const file = path.split('/').pop() ?? '';
  if (file.startsWith('_') || path.includes('/node_modules/')) return false;
  return GAME.test(path) || LESSONS.test(path) || (mode === 'test' && FIXTURES.test(path));
}

export function combatants(): Plugin {
  let mode = 'development';
  return {
    name: 'coroutine-quest:combatants',
    enforce: 'pre',
    configResolved(config) {
      mode = config.mode;
    },
    // Hot swap: tells the page which combatant file was saved, so a swap (or a failed one) is
    // reported by file name (src/game/app/roster.ts listens), and, when the file does not parse,
    // the parser's message with its place: the page's failed import only says "failed to fetch",
    // and Vite's own error event may come after the update has settled. The normal HMR update follows.
    async hotUpdate({ file, type, read }) {
      const path = file.replace(/\\/g, '/');
      if (this.environment.name !== 'client' || type !== 'update' || !GAME.test(path)) return;
      const error = await parseError(await read(), path);
      this.environment.hot.send('cq:combatants-saved', { files: [path.split('/').pop()!], ...(error ? { error } : {}) });
    },
    transform(code, id) {
      if (!isInstrumentedId(id, mode)) return null;
      const path = id.replace(/[?#].*$/, '');
      let result;
      try {
        result = instrumentCombatant(code, path);
      } catch (error) {
        if (!(error instanceof CombatantSyntaxError)) throw error;
        // Vite's overlay and the page's notice read `loc` (Rollup's columns count from 0).
        return this.error({ message: error.message, id: path, loc: { file: path, line: error.line, column: error.column - 1 } });
      }
      if (!result.changed) return null;
      return { code: result.code, map: result.map ?? null };
    },
  };
}

/** The parse error in a saved file, as Vite's own transform would report it, or null. */
async function parseError(code: string, path: string): Promise<{ message: string; id: string } | null> {
  try {
    await transformWithOxc(code, path, { lang: 'ts' });
    return null;
  } catch (err) {
    return { message: err instanceof Error ? err.message : String(err), id: path };
  }
}

export default combatants;
