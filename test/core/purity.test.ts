// src/core must run unchanged in the browser, in Node and in replays: no engine, DOM, Node APIs or
// unseeded randomness. The check reads the syntax tree, so comments and strings never trip it.
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const CORE = fileURLToPath(new URL('../../src/core/', import.meta.url));
const NODE_MODULES = new Set(builtinModules);

/** Every forbidden use in one source text, as `line: what`. */
function impurities(source: string, file = 'sample.ts'): string[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const found: string[] = [];
  const report = (node: ts.Node, what: string) => found.push(`${sf.getLineAndCharacterOfPosition(node.getStart()).line + 1}: ${what}`);
  const checkSpecifier = (node: ts.Node, spec: string) => {
    if (spec === 'phaser' || spec.startsWith('phaser/')) report(node, `imports ${spec}`);
    if (spec.startsWith('node:') || NODE_MODULES.has(spec.split('/')[0]!)) report(node, `imports the Node module ${spec}`);
  };
  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      checkSpecifier(node, node.moduleSpecifier.text);
    }
    if (ts.isCallExpression(node) && node.arguments[0] && ts.isStringLiteral(node.arguments[0])) {
      const callee = node.expression;
      if (callee.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(callee) && callee.text === 'require')) {
        checkSpecifier(node, node.arguments[0].text);
      }
    }
    if (ts.isIdentifier(node) && (node.text === 'window' || node.text === 'document') && !isPropertyName(node)) {
      report(node, `uses ${node.text}`);
    }
    if (ts.isPropertyAccessExpression(node) && node.getText(sf).replace(/\s/g, '') === 'Math.random') report(node, 'calls Math.random');
    if (ts.isElementAccessExpression(node) && /^Math\[['"`]random['"`]\]$/.test(node.getText(sf).replace(/\s/g, ''))) {
      report(node, 'calls Math.random');
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

/** `x.document` or `{ window: 1 }` name a property, not the browser global. */
function isPropertyName(node: ts.Identifier): boolean {
  const p = node.parent;
  return (
    (ts.isPropertyAccessExpression(p) && p.name === node) ||
    ((ts.isPropertyAssignment(p) || ts.isPropertySignature(p) || ts.isPropertyDeclaration(p) || ts.isMethodDeclaration(p)) && p.name === node)
  );
}

describe('the purity checker', () => {
  it('flags each kind of impurity in a bad sample', () => {
    const bad = [
      "import Phaser from 'phaser';",
      "import { readFileSync } from 'node:fs';",
      "import path from 'path';",
      "export { x } from 'node:crypto';",
      'const w = window.innerWidth;',
      'document.title = "x";',
      'const r = Math.random();',
      "const q = Math['random']();",
      "const lazy = await import('phaser');",
    ].join('\n');
    expect(impurities(bad)).toEqual([
      '1: imports phaser',
      '2: imports the Node module node:fs',
      '3: imports the Node module path',
      '4: imports the Node module node:crypto',
      '5: uses window',
      '6: uses document',
      '7: calls Math.random',
      '8: calls Math.random',
      '9: imports phaser',
    ]);
  });

  it('ignores comments, strings and property names', () => {
    const fine = [
      '// the window of a turn; Math.random() is banned',
      'const text = "document window Math.random";',
      'const o = { window: 1, document: 2 };',
      'const n = o.window + o.document;',
      "import { createRng } from './rng.ts';",
    ].join('\n');
    expect(impurities(fine)).toEqual([]);
  });
});

describe('src/core', () => {
  const files = readdirSync(CORE, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(ts|js|mts)$/.test(f));

  it('has files to check', () => {
    expect(files.length).toBeGreaterThanOrEqual(10);
  });

  it.each(files)('%s is pure', (file) => {
    expect(impurities(readFileSync(join(CORE, file), 'utf8'), file)).toEqual([]);
  });
});
