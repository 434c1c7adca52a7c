// src/instrument runs in the page too: it imports only its parser, magic-string and sucrase (no
// TypeScript compiler, no Node module), uses no Node or DOM global, and its browser bundle takes in
// nothing else. Read from the syntax tree, with the module's own parser.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bundleInstrument } from '../../scripts/instrument-bundle.ts';
import { parseTypeScript, walk, type AnyNode } from '../../src/instrument/parse-typescript.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const PACKAGES = ['acorn', '@sveltejs/acorn-typescript', 'magic-string', 'sucrase'];
/** What the packages above bring along into the browser bundle. */
const BUNDLED = [...PACKAGES, '@jridgewell/sourcemap-codec', '@jridgewell/gen-mapping', '@jridgewell/trace-mapping', '@jridgewell/resolve-uri', 'lines-and-columns', 'ts-interface-checker'];
const HOST_GLOBALS = new Set(['process', 'Buffer', 'require', 'module', '__dirname', '__filename', 'global', 'window', 'document', 'self', 'localStorage', 'fetch']);

/** Every broken rule in one file, as `line: what`. */
function violations(source: string, file: string): string[] {
  const found: string[] = [];
  const report = (node: AnyNode, what: string) => found.push(`${node.loc!.start.line}: ${what}`);
  const names = new Set<AnyNode>(); // identifiers that are property names, not variables
  const checkSpecifier = (node: AnyNode, spec: unknown) => {
    if (typeof spec !== 'string') return report(node, 'imports a computed module name');
    if (spec.startsWith('.')) {
      if (!spec.startsWith('./') || spec.includes('/', 2)) report(node, `imports ${spec}, outside src/instrument`);
    } else if (!PACKAGES.includes(spec)) {
      report(node, `imports the package ${spec}`);
    }
  };
  walk(parseTypeScript(source, file) as unknown as AnyNode, (node) => {
    if (node.type === 'MemberExpression' && !node.computed) names.add(node.property as AnyNode);
    if ((node.type === 'Property' || node.type === 'PropertyDefinition' || node.type === 'MethodDefinition' || node.type === 'TSPropertySignature') && !node.computed) {
      names.add(node.key as AnyNode);
    }
    const source = node.source as AnyNode | null | undefined;
    if ((node.type === 'ImportDeclaration' || node.type === 'ExportNamedDeclaration' || node.type === 'ExportAllDeclaration') && source) {
      checkSpecifier(node, source.value);
    }
    if (node.type === 'ImportExpression') checkSpecifier(node, source?.type === 'Literal' ? source.value : null);
    if (node.type === 'MetaProperty') report(node, 'uses import.meta');
    if (node.type === 'Identifier' && !names.has(node) && HOST_GLOBALS.has(node.name as string)) report(node, `uses the host global ${node.name as string}`);
  });
  return found;
}

describe('the src/instrument dependency rule checker', () => {
  it('flags each broken rule in a bad sample', () => {
    const bad = [
      "import ts from 'typescript';",
      "import { readFileSync } from 'node:fs';",
      "import { at } from '../core/sites.ts';",
      "const x = await import('./' + name);",
      'if (import.meta.env) process.exit(Buffer.length);',
      'document.title = window.name;',
      "import MagicString from 'magic-string';",
      "import { walk } from './parse-typescript.ts';",
      'const o = { process: 1 }; o.document = 2;',
    ].join('\n');
    expect(violations(bad, 'src/instrument/sample.ts')).toEqual([
      '1: imports the package typescript',
      '2: imports the package node:fs',
      '3: imports ../core/sites.ts, outside src/instrument',
      '4: imports a computed module name',
      '5: uses import.meta',
      '5: uses the host global process',
      '5: uses the host global Buffer',
      '6: uses the host global document',
      '6: uses the host global window',
    ]);
  });
});

describe('src/instrument', () => {
  const files = readdirSync(join(ROOT, 'src/instrument')).filter((f) => f.endsWith('.ts'));

  it('has its modules', () => {
    expect(files).toEqual(expect.arrayContaining(['combatant-transform.ts', 'compile-combatant.ts', 'parse-typescript.ts']));
  });

  it.each(files)('%s imports nothing from typescript or node and uses no host global', (file) => {
    expect(violations(readFileSync(join(ROOT, 'src/instrument', file), 'utf8'), `src/instrument/${file}`)).toEqual([]);
  });

  it.each(['transform', 'compile'] as const)('its browser bundle (%s) takes in only src/instrument and the listed packages', async (entry) => {
    const bundle = await bundleInstrument(entry);
    expect(bundle.warnings).toEqual([]);
    const outside = bundle.inputs.filter((f) => !f.startsWith('src/instrument/') && !BUNDLED.some((p) => f.startsWith(`node_modules/${p}/`)));
    expect(outside).toEqual([]);
    expect(bundle.inputs.some((f) => f.startsWith('node_modules/typescript/'))).toBe(false);
    expect(bundle.inputs).toContain('node_modules/acorn/dist/acorn.mjs');
  });
});
