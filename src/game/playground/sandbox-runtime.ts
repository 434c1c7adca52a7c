// One sandbox per applied file: a QuickJS context (QuickJS compiled to WebAssembly) with nothing in
// it but ECMAScript itself, the bridge (sandbox-bridge.ts) and the authoring kit. The player's code
// cannot reach the page's globals (storage, DOM, network, workers): they do not exist in there.
// It runs synchronously on the page's thread, so the battle drives it exactly like a shipped
// monster, and it is stopped from outside: an interrupt at a deadline on every call (endless loop,
// catastrophic regular expression), a memory limit (huge allocation) and a stack limit (deep recursion).
import type { QuickJSContext, QuickJSHandle, QuickJSRuntime, QuickJSWASMModule } from 'quickjs-emscripten-core';
import { LOOP_LIMIT } from '../../core/sites.ts';
import { BRIDGE_SCRIPT, SITES_MODULE } from './sandbox-bridge.ts';
import { kitModuleSource } from './kit-sources.ts';

/** How long one call into the player's code (one resume) may run before it is stopped. */
export const CALL_LIMIT_MS = 500;
export const MEMORY_LIMIT_BYTES = 32 * 1024 * 1024;
export const STACK_LIMIT_BYTES = 256 * 1024;

/** What the sandbox asks of the page, per generator id; all plain values. */
export interface SandboxHost {
  at(file: string, line: number): void;
  push(file: string, line: number, label: string): void;
  pop(): void;
  foes(id: number): readonly string[];
  allies(id: number): readonly string[];
  rngInt(id: number, min: number, max: number): number;
  rngChance(id: number, percent: number): boolean;
  /** An index into a list of `length` items, drawn as `rng.pick` draws. */
  rngPick(id: number, length: number): number;
}

/** The player's code threw, was stopped, or ran out of memory or stack. */
export class SandboxError extends Error {
  constructor(name: string, message: string, readonly stack0?: string) {
    super(message);
    this.name = name;
    if (stack0 !== undefined) this.stack = `${name}: ${message}\n${stack0}`;
  }
}

export interface Sandbox {
  /** JSON of what the module's default export is (sandbox-bridge.ts `describe`). */
  readonly described: string;
  /** `__bridge.call`: returns its JSON string; throws SandboxError. */
  call(id: number, op: 'create' | 'next' | 'return', json: string): string;
}

interface VmError {
  readonly name?: string;
  readonly message?: string;
  readonly stack?: string;
}

/** ` (at slime.ts:11:37)`: the player's own line in a QuickJS stack, for the fault's message and the editor's gutter. */
export function whereInStack(stack: string | undefined): string {
  const m = /src\/combatants\/([a-z0-9][a-z0-9-]*\.ts:\d+(?::\d+)?)/.exec(stack ?? '');
  return m ? ` (at ${m[1]})` : '';
}

function toSandboxError(dumped: unknown): SandboxError {
  const e = (typeof dumped === 'object' && dumped !== null ? dumped : { message: String(dumped) }) as VmError;
  const name = e.name ?? 'Error';
  const message = e.message ?? String(dumped);
  if (name === 'InternalError' && message === 'interrupted') {
    return new SandboxError('TimeLimitError', `ran for more than ${CALL_LIMIT_MS} ms without yielding, so it was stopped (an endless loop, or a regular expression that never ends?)`);
  }
  if (name === 'InternalError' && /stack overflow/.test(message)) return new SandboxError('RangeError', `too much recursion (stack overflow), so it was stopped${whereInStack(e.stack)}`, e.stack);
  if (/out of memory/i.test(message) || dumped === null) return new SandboxError('RangeError', `used more than ${MEMORY_LIMIT_BYTES / 2 ** 20} MB of memory, so it was stopped`);
  return new SandboxError(name, `${message}${whereInStack(e.stack)}`, e.stack);
}

function defineHost(vm: QuickJSContext, host: SandboxHost): void {
  const obj = vm.newObject();
  const fn = (name: string, f: (...args: unknown[]) => unknown) => {
    const h = vm.newFunction(name, (...handles: QuickJSHandle[]) => {
      const out = f(...handles.map((x) => vm.dump(x)));
      if (typeof out === 'number') return vm.newNumber(out);
      if (typeof out === 'string') return vm.newString(out);
      if (typeof out === 'boolean') return out ? vm.true : vm.false;
      return vm.undefined;
    });
    vm.setProp(obj, name, h);
    h.dispose();
  };
  const num = (v: unknown) => (typeof v === 'number' ? v : Number.NaN);
  const str = (v: unknown) => String(v);
  fn('at', (f, l) => host.at(str(f), num(l)));
  fn('push', (f, l, label) => host.push(str(f), num(l), str(label)));
  fn('pop', () => host.pop());
  fn('foes', (id) => JSON.stringify(host.foes(num(id))));
  fn('allies', (id) => JSON.stringify(host.allies(num(id))));
  fn('rngInt', (id, a, b) => host.rngInt(num(id), num(a), num(b)));
  fn('rngChance', (id, p) => host.rngChance(num(id), num(p)));
  fn('rngPick', (id, n) => host.rngPick(num(id), num(n)));
  const limit = vm.newNumber(LOOP_LIMIT);
  vm.setProp(obj, 'loopLimit', limit);
  limit.dispose();
  vm.setProp(vm.global, '__host', obj);
  obj.dispose();
}

/**
 * Loads `code` (the instrumented, type-stripped module of `file`, importing `__cq` and
 * `../core/kit.ts`) into a fresh sandbox. Throws SandboxError when it throws while loading.
 * The runtime is never disposed: the battle may still hold its generators.
 */
export function openSandbox(quickjs: QuickJSWASMModule, file: string, code: string, host: SandboxHost): Sandbox {
  const runtime: QuickJSRuntime = quickjs.newRuntime();
  let deadline = Number.POSITIVE_INFINITY;
  runtime.setInterruptHandler(() => performance.now() > deadline);
  runtime.setMemoryLimit(MEMORY_LIMIT_BYTES);
  runtime.setMaxStackSize(STACK_LIMIT_BYTES);
  const modulePath = `src/combatants/${file}`;
  runtime.setModuleLoader((name) => {
    if (name === '__cq') return SITES_MODULE;
    const kit = kitModuleSource(name);
    if (kit !== null) return kit;
    return { error: new Error(`${file} imports ${name}: in the playground a monster can import ../core/kit.ts only`) };
  });
  const vm = runtime.newContext();
  defineHost(vm, host);
  const timed = <T>(run: () => T): T => {
    deadline = performance.now() + CALL_LIMIT_MS;
    try {
      return run();
    } finally {
      deadline = Number.POSITIVE_INFINITY;
    }
  };
  const unwrapString = (result: ReturnType<QuickJSContext['evalCode']>): string => {
    if (result.error) {
      const dumped: unknown = vm.dump(result.error);
      result.error.dispose();
      throw toSandboxError(dumped);
    }
    const s: unknown = vm.dump(result.value);
    result.value.dispose();
    return String(s);
  };
  unwrapString(vm.evalCode(BRIDGE_SCRIPT, 'bridge.js', { type: 'global' }));
  const bridge = vm.getProp(vm.global, '__bridge');
  const adopt = vm.getProp(bridge, 'adopt');
  const callFn = vm.getProp(bridge, 'call');
  adopt.dispose();
  const described = timed(() => {
    const ns = vm.evalCode(code, modulePath, { type: 'module' });
    if (ns.error) return unwrapString(ns);
    const adoptFn = vm.getProp(bridge, 'adopt');
    const out = unwrapString(vm.callFunction(adoptFn, bridge, ns.value));
    adoptFn.dispose();
    ns.value.dispose();
    return out;
  });
  return {
    described,
    call(id, op, json) {
      return timed(() => {
        const args = [vm.newNumber(id), vm.newString(op), vm.newString(json)];
        try {
          return unwrapString(vm.callFunction(callFn, bridge, ...args));
        } finally {
          for (const a of args) a.dispose();
        }
      });
    },
  };
}
