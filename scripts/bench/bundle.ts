// Bundles bench code with esbuild before it runs, so the figures time our code and not the loader:
// tsx wraps every closure for `keepNames` and has no switch to turn that off. Combatant files get
// the same instrumentation the game's Vite build applies (scripts/combatant-transform.ts), and the
// virtual module `cq:combatants` imports every src/combatants file, like the game's import.meta.glob.
import { readdirSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';
import { instrumentCombatant } from '../combatant-transform.ts';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** One output folder per checkout: worktrees share node_modules, and must not overwrite each other's bundles. */
export const CACHE = join(tmpdir(), `cq-bench-${createHash('sha1').update(ROOT).digest('hex').slice(0, 10)}`);
const COMBATANTS = join(ROOT, 'src', 'combatants');

function combatantsPlugin(): Plugin {
  return {
    name: 'cq-combatants',
    setup(b) {
      b.onResolve({ filter: /^cq:combatants$/ }, () => ({ path: 'cq:combatants', namespace: 'cq' }));
      b.onLoad({ filter: /.*/, namespace: 'cq' }, () => {
        const files = readdirSync(COMBATANTS).filter((f) => f.endsWith('.ts')).sort();
        const lines = files.map((f, i) => `import * as m${i} from ${JSON.stringify(join(COMBATANTS, f))};`);
        const list = files.map((f, i) => `{ path: ${JSON.stringify(`src/combatants/${f}`)}, module: m${i} }`);
        return { contents: `${lines.join('\n')}\nexport const modules = [${list.join(', ')}];\n`, loader: 'js', resolveDir: COMBATANTS };
      });
      b.onLoad({ filter: /[\\/]src[\\/]combatants[\\/][^\\/_][^\\/]*\.ts$/ }, (args) => ({
        contents: instrumentCombatant(readFileSync(args.path, 'utf8'), args.path).code,
        loader: 'ts',
      }));
    },
  };
}

/** Bundles one entry for Node (ESM) or the browser (an IIFE assigning `globalName`); returns the output path. */
export async function bundle(entry: string, platform: 'node' | 'browser', globalName?: string): Promise<string> {
  const name = entry.replace(/^.*[\\/]/, '').replace(/\.ts$/, '');
  const outfile = join(CACHE, `${name}.${platform === 'node' ? 'mjs' : 'js'}`);
  await build({
    entryPoints: [join(ROOT, entry)],
    outfile,
    bundle: true,
    platform,
    format: platform === 'node' ? 'esm' : 'iife',
    ...(globalName ? { globalName } : {}),
    target: 'es2022',
    keepNames: false,
    minify: false,
    logLevel: 'warning',
    plugins: [combatantsPlugin()],
  });
  return outfile;
}
