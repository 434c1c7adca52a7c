// The oracle: the combatant transform as it was written on the TypeScript compiler's parser, kept
// only here so that equivalence.test.ts can check the shipped transform (src/instrument) against an
// independent parser, file by file. The compiler is a devDependency; nothing outside test/ uses
// this module, and nothing ships it. Its output is the reference, byte for byte.
import MagicString, { type SourceMap } from 'magic-string';
import ts from 'typescript';

/** The namespace the inserted calls use; a file that already mentions it is left alone. */
export const CQ = '__cq';

export interface InstrumentOptions {
  /** Import specifier of src/core/sites.ts; computed from `file` when it sits in a combatant folder. */
  readonly sitesSpecifier?: string;
}

export interface InstrumentResult {
  readonly code: string;
  /** Source map from the original file to `code` (absent when nothing changed). */
  readonly map?: SourceMap;
  /** false when the source was already instrumented and was returned as is. */
  readonly changed: boolean;
}

/** Folders whose files are combatants, relative to the project root, and the way back to src/core/sites.ts. */
const COMBATANT_DIRS = [
  { dir: /(?:^|\/)src\/combatants\/[^/]+$/, sites: '../core/sites.ts' },
  { dir: /(?:^|\/)test\/fixtures\/(?:combatants|rules)\/[^/]+$/, sites: '../../../src/core/sites.ts' },
] as const;

/** `src/combatants/x.ts` → `../core/sites.ts`; `test/fixtures/combatants/x.ts` → `../../../src/core/sites.ts`. */
export function sitesSpecifierFor(file: string): string | null {
  const norm = file.replace(/\\/g, '/').replace(/[?#].*$/, '');
  return COMBATANT_DIRS.find((d) => d.dir.test(norm))?.sites ?? null;
}

function basename(file: string): string {
  return file.replace(/\\/g, '/').replace(/[?#].*$/, '').split('/').pop() ?? file;
}

const LOOP_KINDS = new Set([
  ts.SyntaxKind.WhileStatement,
  ts.SyntaxKind.DoStatement,
  ts.SyntaxKind.ForStatement,
  ts.SyntaxKind.ForOfStatement,
  ts.SyntaxKind.ForInStatement,
]);

type Loop = ts.WhileStatement | ts.DoStatement | ts.ForStatement | ts.ForOfStatement | ts.ForInStatement;

/** A short label for a `yield*` operand: the callee of a call (`calm`), else its text. */
function delegateLabel(expr: ts.Expression, sf: ts.SourceFile): string {
  let e: ts.Expression = expr;
  while (ts.isParenthesizedExpression(e)) e = e.expression;
  const target = ts.isCallExpression(e) ? e.expression : e;
  const text = target.getText(sf).replace(/\s+/g, ' ').trim();
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

/**
 * Instruments one combatant file:
 * - `yield EXPR` → `yield __cq.at("slime.ts", LINE, EXPR)` (a bare `yield` passes `undefined`);
 * - `yield* EXPR` → `yield* __cq.delegate("slime.ts", LINE, "calm", EXPR)`;
 * - `__cq.guard("slime.ts", LINE);` first in every loop body (a one-statement body gets braces);
 * - `import * as __cq from '…/src/core/sites.ts';` at the start of line 1.
 */
export function instrumentCombatant(source: string, file: string, options: InstrumentOptions = {}): InstrumentResult {
  if (source.includes(`${CQ}.`)) return { code: source, changed: false };
  const specifier = options.sitesSpecifier ?? sitesSpecifierFor(file);
  if (specifier === null) {
    throw new Error(`instrumentCombatant: ${file} is not in src/combatants or test/fixtures/combatants; pass options.sitesSpecifier`);
  }
  const name = JSON.stringify(basename(file));
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const s = new MagicString(source);
  const lineOf = (pos: number) => sf.getLineAndCharacterOfPosition(pos).line + 1;

  const visit = (node: ts.Node): void => {
    if (ts.isYieldExpression(node)) {
      const start = node.getStart(sf);
      const line = lineOf(start);
      if (node.asteriskToken && node.expression) {
        const label = JSON.stringify(delegateLabel(node.expression, sf));
        s.appendLeft(node.expression.getStart(sf), `${CQ}.delegate(${name}, ${line}, ${label}, `);
        s.prependRight(node.expression.end, ')');
      } else if (node.expression) {
        s.appendLeft(node.expression.getStart(sf), `${CQ}.at(${name}, ${line}, `);
        s.prependRight(node.expression.end, ')');
      } else {
        // Bare `yield`: the keyword is the whole node.
        s.appendLeft(start + 'yield'.length, ` ${CQ}.at(${name}, ${line}, undefined)`);
      }
    } else if (LOOP_KINDS.has(node.kind)) {
      const loop = node as Loop;
      const line = lineOf(loop.getStart(sf));
      const guard = `${CQ}.guard(${name}, ${line});`;
      const body = loop.statement;
      if (ts.isBlock(body)) {
        s.appendLeft(body.getStart(sf) + 1, ` ${guard}`);
      } else {
        s.appendLeft(body.getStart(sf), `{ ${guard} `);
        s.prependRight(body.end, ' }');
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);

  // After a shebang, if any, so the file stays runnable; still on line 1.
  const shebang = /^#![^\n]*\n/.exec(source);
  const importText = `import * as ${CQ} from '${specifier}'; `;
  if (shebang) s.appendLeft(shebang[0].length, importText);
  else s.prepend(importText);

  return { code: s.toString(), map: s.generateMap({ source: file, includeContent: true, hires: true }), changed: true };
}
