// A monster file from the playground as the roster sees a module: its default export is a
// definition whose `create` is a generator function of the page that delegates every resume, with
// `yield*`, to the generator inside the sandbox. So the scheduler, the rules, the replay and the
// debugger treat it like any shipped monster; only its code runs elsewhere.
import type { QuickJSWASMModule } from 'quickjs-emscripten-core';
import type { Context } from '../../core/protocol.ts';
import { at, enter, leave, SiteRecord } from '../../core/sites.ts';
import { openSandbox, SandboxError, type Sandbox, type SandboxHost } from './sandbox-runtime.ts';

interface Described {
  readonly def?: { readonly create: string } & Record<string, unknown>;
  readonly function?: string;
  readonly name?: string;
  readonly value?: string;
}

/** The record of the coroutine being resumed (sites.ts keeps it to itself). */
function activeRecord(): SiteRecord | null {
  const active = enter(new SiteRecord());
  leave(active);
  return active;
}

/** The page's side of one sandboxed generator: an iterator `yield*` can delegate to. */
class SandboxedGenerator implements Iterator<unknown, unknown, unknown> {
  constructor(private readonly sandbox: Sandbox, private readonly id: number) {}

  [Symbol.iterator](): this {
    return this;
  }

  next(sent?: unknown): IteratorResult<unknown, unknown> {
    return this.resume('next', JSON.stringify(sent === undefined ? {} : { v: sent }));
  }

  return(): IteratorResult<unknown, unknown> {
    return this.resume('return', '{}');
  }

  private resume(op: 'next' | 'return', json: string): IteratorResult<unknown, unknown> {
    const r = JSON.parse(this.sandbox.call(this.id, op, json)) as { done: boolean; value?: unknown };
    return r.done ? { done: true, value: r.value } : { done: false, value: r.value };
  }
}

function hostFor(contexts: Map<number, Context>): SandboxHost {
  const ctx = (id: number): Context => {
    const c = contexts.get(id);
    if (!c) throw new SandboxError('Error', 'no such generator');
    return c;
  };
  return {
    at: (file, line) => void at(file, line, undefined),
    push: (file, line, label) => void activeRecord()?.stack.push({ file, line, label }),
    pop: () => void activeRecord()?.stack.pop(),
    foes: (id) => ctx(id).foes(),
    allies: (id) => ctx(id).allies(),
    rngInt: (id, min, max) => ctx(id).rng.int(min, max),
    rngChance: (id, percent) => ctx(id).rng.chance(percent),
    rngPick: (id, length) => ctx(id).rng.pick(Array.from({ length }, (_, i) => i)),
  };
}

/**
 * Loads one compiled monster file into its own sandbox and returns what its module would export.
 * Throws SandboxError when the file throws while loading.
 */
export function sandboxedModule(quickjs: QuickJSWASMModule, file: string, code: string): Record<string, unknown> {
  const contexts = new Map<number, Context>();
  const sandbox = openSandbox(quickjs, file, code, hostFor(contexts));
  const described = JSON.parse(sandbox.described) as Described;
  const spawn = (hp: number, ctx: Context): SandboxedGenerator => {
    const id = contexts.size;
    contexts.set(id, ctx);
    sandbox.call(id, 'create', JSON.stringify({ hp, self: ctx.self, stats: ctx.stats, startMp: ctx.startMp }));
    return new SandboxedGenerator(sandbox, id);
  };
  // The same kind of function as inside, so the roster's checks (async generator, bare generator) say the same.
  const asFunction = (tag: string | undefined) => {
    if (tag === '[object AsyncGeneratorFunction]') return async function* create() {};
    if (tag === '[object GeneratorFunction]') return function* create(hp: number, ctx: Context) { return yield* spawn(hp, ctx); };
    return tag === '[object Function]' || tag === '[object AsyncFunction]' ? () => undefined : tag;
  };
  if (described.def) return { default: { ...described.def, create: asFunction(described.def.create) } };
  if (described.function) {
    const f = asFunction(described.function);
    if (typeof f === 'function') Object.defineProperty(f, 'name', { value: described.name ?? '' });
    return { default: f };
  }
  return { default: described.value };
}
