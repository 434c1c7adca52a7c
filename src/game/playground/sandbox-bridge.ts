// The code that runs inside the sandbox (a QuickJS context, see sandbox-runtime.ts) next to the
// player's monster. It is JavaScript text, not a module of the game: the sandbox has no other way in.
// Everything that crosses between the page and the sandbox is a number or a JSON string, so no
// object of the page is ever reachable from the player's code, and whatever the code returns is
// parsed and checked by the engine like any monster's yield.

/** `import * as __cq from '__cq'` in the instrumented code: src/core/sites.ts, as seen from inside. */
export const SITES_MODULE = `
const host = globalThis.__host;
const limit = host.loopLimit;
// A module variable, not a global: QuickJS reads it several times faster in a tight loop. Every
// resume ends at a yield, so the count starts from 0 at the next resume.
let iterations = 0;
export function at(file, line, value) { host.at(file, line); iterations = 0; return value; }
export function guard(file, line) {
  if (++iterations > limit) {
    const e = new Error('did not yield within ' + limit + ' iterations (loop at ' + file + ':' + line + '); a combatant must yield every turn');
    e.name = 'NoYieldError';
    throw e;
  }
}
export function* delegate(file, line, label, inner) {
  host.push(file, line, label);
  try { return yield* inner; } finally { host.pop(); }
}
`;

/**
 * A global script run before the player's module. `__bridge.adopt(namespace)` keeps its default
 * export and describes it; `__bridge.call(id, op, json)` creates or resumes one generator.
 * The JSON functions are taken before the player's code runs, so replacing them later changes
 * only what that code itself reports.
 */
export const BRIDGE_SCRIPT = `
(() => {
  const host = globalThis.__host;
  const stringify = JSON.stringify, parse = JSON.parse, toTag = Object.prototype.toString;
  const box = (v) => stringify(v === undefined ? {} : { v });
  const unbox = (s) => parse(s).v;
  const gens = [];
  let def;
  const contextFor = (id, c) => ({
    self: c.self, stats: c.stats, startMp: c.startMp,
    foes: () => parse(host.foes(id)),
    allies: () => parse(host.allies(id)),
    rng: {
      int: (min, max) => host.rngInt(id, min, max),
      chance: (percent) => host.rngChance(id, percent),
      pick: (items) => items[host.rngPick(id, items.length)],
    },
  });
  const describe = (value) => {
    if (typeof value === 'function') return { function: toTag.call(value), name: value.name };
    if (typeof value !== 'object' || value === null) return { value: String(value) };
    const create = value.create;
    return {
      def: {
        kind: value.kind, name: value.name, side: value.side, sprite: value.sprite, stats: value.stats, boss: value.boss,
        create: typeof create === 'function' ? toTag.call(create) : String(create),
      },
    };
  };
  globalThis.__bridge = {
    adopt(namespace) {
      def = namespace.default;
      return stringify(describe(def));
    },
    call(id, op, json) {
      if (op === 'create') {
        const c = parse(json);
        const make = typeof def === 'function' ? def : def.create;
        gens[id] = make(c.hp, contextFor(id, c));
        return box(undefined);
      }
      const g = gens[id];
      const r = op === 'next' ? g.next(unbox(json)) : g.return(undefined);
      return stringify({ done: r.done === true, value: r.value === undefined ? undefined : r.value });
    },
  };
})();
`;
