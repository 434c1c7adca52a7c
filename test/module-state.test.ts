// Module-level mutable state lives in a few named places only. This walks the syntax tree of
// every module in src/ and fails on a top-level `let`/`var`, or on a top-level object, array, Map
// or Set that some function mutates (in its own module or through an import), outside ALLOWED.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../', import.meta.url));

/** The one place per concern that may hold state for the whole page, and why. */
const ALLOWED: Readonly<Record<string, string>> = {
  'src/game/app/game-state.ts': 'what outlives a scene: params, settings, roster, notices',
  'src/game/app/shown-state.ts': 'what the screen shows, published for window.__game',
  'src/game/app/fonts.ts': 'the one font request of the page',
  'src/game/app/first-frame.ts': 'the first frame, awaited once by the audio loader',
  'src/game/app/roster.ts': "the test build's fixture modules, loaded before the game starts",
  'src/game/hot-reload/combatant-registry.ts': 'the live roster that a hot swap changes in place',
  'src/game/debug/live-sources.ts': 'the combatant sources after a hot swap',
  'src/game/debug/branch-registry.ts': "each session's branches (a WeakMap), shared by the branches panel and export/share",
  'src/game/audio/scene-audio.ts': "the session's one audio player and its speaker button",
  'src/game/ui/menu.ts': 'the stack of open menus (only the top one has the keys)',
  'src/game/playground/linked-code.ts': 'the code from a share link the player agreed to run, for Edit and Share (never stored)',
  'src/core/sites.ts': 'the yield-site record of the coroutine being resumed',
  'src/game/lessons/lesson-sources.ts': 'the chapter code of src/lessons after a hot reload (dev), and who listens for it',
};

const MUTATING = new Set(['push', 'pop', 'shift', 'unshift', 'splice', 'sort', 'reverse', 'fill', 'copyWithin', 'set', 'add', 'delete', 'clear']);

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.ts$/.test(f) && !f.endsWith('.d.ts'))
    .map((f) => join(dir, f).replace(/\\/g, '/'));
}

const isContainer = (e: ts.Expression | undefined): boolean => !!e && (
  ts.isObjectLiteralExpression(e) || ts.isArrayLiteralExpression(e) ||
  (ts.isNewExpression(e) && ts.isIdentifier(e.expression) && /^(Map|Set|WeakMap|WeakSet|Array|Object)$/.test(e.expression.text)));

interface Module {
  readonly file: string;
  readonly tree: ts.SourceFile;
  /** Top-level `const x = {…} | […] | new Map…` names. */
  readonly containers: Set<string>;
  /** Local import name → [declaring file, exported name]. */
  readonly imports: Map<string, [string, string]>;
}

function parse(file: string): Module {
  const tree = ts.createSourceFile(file, readFileSync(join(ROOT, file), 'utf8'), ts.ScriptTarget.Latest, true);
  const containers = new Set<string>();
  const imports = new Map<string, [string, string]>();
  for (const st of tree.statements) {
    if (ts.isVariableStatement(st) && st.declarationList.flags & ts.NodeFlags.Const) {
      for (const d of st.declarationList.declarations) if (ts.isIdentifier(d.name) && isContainer(d.initializer)) containers.add(d.name.text);
    }
    if (ts.isImportDeclaration(st) && ts.isStringLiteral(st.moduleSpecifier) && st.moduleSpecifier.text.startsWith('.')) {
      const target = relative(ROOT, resolve(ROOT, dirname(file), st.moduleSpecifier.text)).replace(/\\/g, '/');
      const bindings = st.importClause?.namedBindings;
      if (bindings && ts.isNamedImports(bindings)) {
        for (const el of bindings.elements) imports.set(el.name.text, [target, (el.propertyName ?? el.name).text]);
      }
    }
  }
  return { file, tree, containers, imports };
}

/** `file: what` for every top-level let/var, and every container mutated inside a function. */
function findState(modules: readonly Module[]): string[] {
  const found = new Set<string>();
  const byFile = new Map(modules.map((m) => [m.file, m]));
  for (const m of modules) {
    for (const st of m.tree.statements) {
      if (ts.isVariableStatement(st) && !(st.declarationList.flags & ts.NodeFlags.Const)) {
        for (const d of st.declarationList.declarations) found.add(`${m.file}: top-level let ${d.name.getText(m.tree)}`);
      }
    }
    const owner = (name: string): string | null => {
      if (m.containers.has(name)) return m.file;
      const imp = m.imports.get(name);
      return imp && byFile.get(imp[0])?.containers.has(imp[1]) ? imp[0] : null;
    };
    const root = (e: ts.Expression): string | null => {
      while (ts.isPropertyAccessExpression(e) || ts.isElementAccessExpression(e)) e = e.expression;
      return ts.isIdentifier(e) ? e.text : null;
    };
    const visit = (node: ts.Node, inFunction: boolean): void => {
      const fn = inFunction || ts.isFunctionLike(node);
      if (fn) {
        let target: ts.Expression | null = null;
        if (ts.isBinaryExpression(node) && node.operatorToken.kind >= ts.SyntaxKind.FirstAssignment && node.operatorToken.kind <= ts.SyntaxKind.LastAssignment
          && (ts.isPropertyAccessExpression(node.left) || ts.isElementAccessExpression(node.left))) target = node.left;
        else if ((ts.isPrefixUnaryExpression(node) || ts.isPostfixUnaryExpression(node)) && (node.operator === ts.SyntaxKind.PlusPlusToken || node.operator === ts.SyntaxKind.MinusMinusToken)
          && (ts.isPropertyAccessExpression(node.operand) || ts.isElementAccessExpression(node.operand))) target = node.operand;
        else if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && MUTATING.has(node.expression.name.text)) target = node.expression.expression;
        else if (ts.isDeleteExpression(node)) target = node.expression;
        const name = target && root(target);
        const file = name && owner(name);
        if (file) found.add(`${file}: module-level ${name} is mutated (${m.file}:${m.tree.getLineAndCharacterOfPosition(node.getStart()).line + 1})`);
      }
      ts.forEachChild(node, (child) => visit(child, fn));
    };
    visit(m.tree, false);
  }
  return [...found].sort();
}

describe('module-level state', () => {
  const modules = [...sources('src/core'), ...sources('src/game'), ...sources('src/cli'), ...sources('src/combatants'), 'src/main.ts'].map(parse);

  it('exists only in the allowed files', () => {
    const outside = findState(modules).filter((line) => !(line.split(':')[0]! in ALLOWED));
    expect(outside).toEqual([]);
  });

  it('the check finds what it looks for, and every allowed file still needs its place', () => {
    const probe = parse('src/game/app/shown-state.ts');
    expect(findState([probe, parse('src/game/scenes/scene-kit.ts')]).some((l) => l.startsWith('src/game/app/shown-state.ts: module-level shown is mutated'))).toBe(true);
    const found = new Set(findState(modules).map((l) => l.split(':')[0]!));
    expect(Object.keys(ALLOWED).filter((f) => !found.has(f))).toEqual([]);
  });
});
