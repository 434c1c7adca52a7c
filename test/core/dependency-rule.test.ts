// The dependency rule, read from the syntax tree: src/core imports nothing outside itself but
// pure-rand; src/combatants imports only src/core (and its own folder); neither imports the game,
// the CLI or the scripts; src/core uses no import.meta, console, timers or Math.random.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TIMERS = new Set(['setTimeout', 'setInterval', 'setImmediate', 'queueMicrotask', 'requestAnimationFrame', 'clearTimeout', 'clearInterval']);

type Layer = 'core' | 'combatants';

/** Every broken rule in one file's text, as `line: what`; `file` is its path from the repository root. */
function violations(source: string, file: string, layer: Layer): string[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const found: string[] = [];
  const report = (node: ts.Node, what: string) => found.push(`${sf.getLineAndCharacterOfPosition(node.getStart()).line + 1}: ${what}`);
  const allowed = layer === 'core' ? ['src/core'] : ['src/core', 'src/combatants'];
  const checkSpecifier = (node: ts.Node, spec: string) => {
    if (!spec.startsWith('.')) {
      if (layer === 'core' && (spec === 'pure-rand' || spec.startsWith('pure-rand/'))) return;
      report(node, `imports the package ${spec}`);
      return;
    }
    const target = relative(ROOT, resolve(ROOT, dirname(file), spec)).split(sep).join('/');
    if (!allowed.some((a) => target === a || target.startsWith(`${a}/`))) report(node, `imports ${target}, outside ${allowed.join(' and ')}`);
  };
  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      checkSpecifier(node, node.moduleSpecifier.text);
    }
    if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const arg = node.arguments[0];
      if (arg && ts.isStringLiteral(arg)) checkSpecifier(node, arg.text);
      else report(node, 'imports a computed module name');
    }
    if (layer === 'core') {
      if (ts.isMetaProperty(node) && node.keywordToken === ts.SyntaxKind.ImportKeyword) report(node, 'uses import.meta');
      if (ts.isIdentifier(node) && !isPropertyName(node)) {
        if (node.text === 'console') report(node, 'uses console');
        if (TIMERS.has(node.text)) report(node, `uses the timer ${node.text}`);
      }
      if (ts.isPropertyAccessExpression(node) && node.getText(sf).replace(/\s/g, '') === 'Math.random') report(node, 'calls Math.random');
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

function isPropertyName(node: ts.Identifier): boolean {
  const p = node.parent;
  return (
    (ts.isPropertyAccessExpression(p) && p.name === node) ||
    ((ts.isPropertyAssignment(p) || ts.isPropertySignature(p) || ts.isPropertyDeclaration(p) || ts.isMethodDeclaration(p)) && p.name === node)
  );
}

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' }).filter((f) => /\.(ts|js|mts)$/.test(f)).map((f) => `${dir}/${f.split(sep).join('/')}`);
}

describe('the dependency rule checker', () => {
  it('flags each broken rule in a bad core sample', () => {
    const bad = [
      "import { hpCounter } from '../combatants/classic.ts';",
      "import { BattleSession } from '../game/session.ts';",
      "import { loadRoster } from '../cli/load-roster.ts';",
      "import Phaser from 'phaser';",
      'if (import.meta.hot) console.warn("x");',
      'setTimeout(() => {}, 0);',
      'const r = Math.random();',
      "import { createRng } from './rng.ts';",
      "import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';",
    ].join('\n');
    expect(violations(bad, 'src/core/sample.ts', 'core')).toEqual([
      '1: imports src/combatants/classic.ts, outside src/core',
      '2: imports src/game/session.ts, outside src/core',
      '3: imports src/cli/load-roster.ts, outside src/core',
      '4: imports the package phaser',
      '5: uses import.meta',
      '5: uses console',
      '6: uses the timer setTimeout',
      '7: calls Math.random',
    ]);
  });

  it('flags a combatant that reaches past the core', () => {
    const bad = ["import { defineEnemy } from '../core/protocol.ts';", "import { sfx } from '../game/audio/sfx.ts';", "import x from '../../scripts/x.ts';"].join('\n');
    expect(violations(bad, 'src/combatants/slime.ts', 'combatants')).toEqual([
      '2: imports src/game/audio/sfx.ts, outside src/core and src/combatants',
      '3: imports scripts/x.ts, outside src/core and src/combatants',
    ]);
  });
});

describe.each([['src/core', 'core'], ['src/combatants', 'combatants']] as const)('%s', (dir, layer) => {
  const files = sources(dir);

  it('has files to check', () => {
    expect(files.length).toBeGreaterThanOrEqual(5);
  });

  it.each(files)('%s keeps the dependency rule', (file) => {
    expect(violations(readFileSync(join(ROOT, file), 'utf8'), file, layer)).toEqual([]);
  });
});
