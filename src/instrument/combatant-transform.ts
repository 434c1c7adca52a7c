// The combatant transform: makes every generator in a combatant file report where it yields,
// which `yield*` it is inside, and how long a loop has run without yielding (src/core/sites.ts).
// One pure function with no Node and no TypeScript compiler, so the Vite plugin (game, tests),
// the Node loader hook (CLI) and the browser (the playground) all instrument the same way.
//
// Line numbers stay those of the original file: every insertion goes on the line it belongs to,
// and the import goes at the very start of line 1, so no line moves. The output is still
// TypeScript; whoever imports it strips the types afterwards.
import MagicString, { type SourceMap } from 'magic-string';
import { baseName, parseTypeScript, walk, type AnyNode } from './parse-typescript.ts';

export { CombatantSyntaxError } from './parse-typescript.ts';

/** The namespace the inserted calls use; a file that already mentions it is left alone. */
export const CQ = '__cq';

export interface InstrumentOptions {
  /** Import specifier of src/core/sites.ts; computed from `file` when it sits in a combatant folder. */
  readonly sitesSpecifier?: string;
}

/** One inserted call, named after the src/core/sites.ts function it calls. */
export interface Site {
  readonly kind: 'at' | 'delegate' | 'guard';
  /** 1-based line of the `yield` keyword or of the loop statement. */
  readonly line: number;
  /** A `yield*`'s operand: the callee of a call (`calm`), else its text. */
  readonly label?: string;
}

export interface InstrumentResult {
  readonly code: string;
  /** Source map from the original file to `code` (absent when nothing changed). */
  readonly map?: SourceMap;
  /** false when the source was already instrumented and was returned as is. */
  readonly changed: boolean;
  /** Every inserted call, in source order (empty when nothing changed). */
  readonly sites: readonly Site[];
}

/** Folders whose files are combatants, relative to the project root, and the way back to src/core/sites.ts. */
const COMBATANT_DIRS = [
  { dir: /(?:^|\/)src\/combatants\/[^/]+$/, sites: '../core/sites.ts' },
  // The lessons' chapter code (src/lessons): the same yield lines and `yield*` stack the debugger reads.
  { dir: /(?:^|\/)src\/lessons\/[^/]+$/, sites: '../core/sites.ts' },
  { dir: /(?:^|\/)test\/fixtures\/(?:combatants|rules)\/[^/]+$/, sites: '../../../src/core/sites.ts' },
] as const;

/** `src/combatants/x.ts` → `../core/sites.ts`; `test/fixtures/combatants/x.ts` → `../../../src/core/sites.ts`. */
export function sitesSpecifierFor(file: string): string | null {
  const norm = file.replace(/\\/g, '/').replace(/[?#].*$/, '');
  return COMBATANT_DIRS.find((d) => d.dir.test(norm))?.sites ?? null;
}

const LOOP_TYPES = new Set(['WhileStatement', 'DoWhileStatement', 'ForStatement', 'ForOfStatement', 'ForInStatement']);

/** A short label for a `yield*` operand: the callee of a call (`calm`), else its text. */
function delegateLabel(expr: AnyNode, source: string): string {
  let e = expr;
  while (e.type === 'ParenthesizedExpression') e = e.expression as AnyNode;
  const target = e.type === 'CallExpression' ? (e.callee as AnyNode) : e;
  const text = source.slice(target.start, target.end).replace(/\s+/g, ' ').trim();
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

/**
 * Instruments one combatant file:
 * - `yield EXPR` → `yield __cq.at("slime.ts", LINE, EXPR)` (a bare `yield` passes `undefined`);
 * - `yield* EXPR` → `yield* __cq.delegate("slime.ts", LINE, "calm", EXPR)`;
 * - `__cq.guard("slime.ts", LINE);` first in every loop body (a one-statement body gets braces);
 * - `import * as __cq from '…/src/core/sites.ts';` at the start of line 1.
 * @throws CombatantSyntaxError (with `line` and `column`) when the source does not parse.
 */
export function instrumentCombatant(source: string, file: string, options: InstrumentOptions = {}): InstrumentResult {
  if (source.includes(`${CQ}.`)) return { code: source, changed: false, sites: [] };
  const specifier = options.sitesSpecifier ?? sitesSpecifierFor(file);
  if (specifier === null) {
    throw new Error(`instrumentCombatant: ${file} is not in src/combatants, src/lessons or a test fixture folder; pass options.sitesSpecifier`);
  }
  const name = JSON.stringify(baseName(file));
  const tree = parseTypeScript(source, file) as unknown as AnyNode;
  const s = new MagicString(source);
  const sites: Site[] = [];
  const lineOf = (node: AnyNode) => node.loc!.start.line;

  walk(tree, (node) => {
    if (node.type === 'YieldExpression') {
      const line = lineOf(node);
      const arg = node.argument as AnyNode | null;
      if (node.delegate && arg) {
        const label = delegateLabel(arg, source);
        sites.push({ kind: 'delegate', line, label });
        s.appendLeft(arg.start, `${CQ}.delegate(${name}, ${line}, ${JSON.stringify(label)}, `);
        s.prependRight(arg.end, ')');
      } else if (arg) {
        sites.push({ kind: 'at', line });
        s.appendLeft(arg.start, `${CQ}.at(${name}, ${line}, `);
        s.prependRight(arg.end, ')');
      } else {
        // Bare `yield`: the keyword is the whole node.
        sites.push({ kind: 'at', line });
        s.appendLeft(node.start + 'yield'.length, ` ${CQ}.at(${name}, ${line}, undefined)`);
      }
    } else if (LOOP_TYPES.has(node.type)) {
      const line = lineOf(node);
      sites.push({ kind: 'guard', line });
      const guard = `${CQ}.guard(${name}, ${line});`;
      const body = node.body as AnyNode;
      if (body.type === 'BlockStatement') {
        s.appendLeft(body.start + 1, ` ${guard}`);
      } else {
        s.appendLeft(body.start, `{ ${guard} `);
        s.prependRight(body.end, ' }');
      }
    }
  });

  // After a shebang, if any, so the file stays runnable; still on line 1.
  const shebang = /^#![^\n]*\n/.exec(source);
  const importText = `import * as ${CQ} from '${specifier}'; `;
  if (shebang) s.appendLeft(shebang[0].length, importText);
  else s.prepend(importText);

  return { code: s.toString(), map: s.generateMap({ source: file, includeContent: true, hires: true }), changed: true, sites };
}
