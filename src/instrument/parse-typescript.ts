// Parses a combatant's TypeScript without the TypeScript compiler: acorn with the Svelte team's
// TypeScript plugin, about 64 KB gzip for both, where the compiler is about 1.6 MB. The tree is
// ESTree with TS* nodes for the types, and every position is one of the original text, so the
// transform can insert its calls into the TypeScript itself.
// Pure: no DOM, no Node; the Vite plugin, the Node loader and the browser all import this module.
import { Parser, type Node, type Program } from 'acorn';
import { tsPlugin } from '@sveltejs/acorn-typescript';

const TypeScriptParser = Parser.extend(tsPlugin());

/** A syntax error where an editor can mark it: `line` and `column` both count from 1. */
export class CombatantSyntaxError extends SyntaxError {
  /** `broken.ts`, as the error message names it. */
  readonly file: string;
  readonly line: number;
  readonly column: number;
  /** The parser's own words, without the file and position (`Unexpected token`). */
  readonly reason: string;

  constructor(file: string, reason: string, line: number, column: number) {
    super(`${file}:${line}:${column}: ${reason}`);
    this.name = 'SyntaxError';
    this.file = file;
    this.reason = reason;
    this.line = line;
    this.column = column;
  }
}

/** acorn's errors end in ` (line:column)` and carry `loc` with a 0-based column. */
interface AcornError extends SyntaxError {
  readonly loc?: { readonly line: number; readonly column: number };
}

/** The last part of a path or URL, without query: `src/combatants/slime.ts?t=1` → `slime.ts`. */
export function baseName(file: string): string {
  return file.replace(/\\/g, '/').replace(/[?#].*$/, '').split('/').pop() ?? file;
}

/**
 * The syntax tree of one TypeScript module, with `loc` on every node.
 * @throws CombatantSyntaxError when the text does not parse.
 */
export function parseTypeScript(source: string, file: string): Program {
  try {
    return TypeScriptParser.parse(source, {
      ecmaVersion: 'latest',
      sourceType: 'module',
      locations: true, // the TypeScript plugin needs them; the transform reads lines from them
      preserveParens: true, // `yield (x)` wraps the parentheses too, as the compiler's tree had them
      allowHashBang: true,
    });
  } catch (error) {
    const loc = (error as AcornError).loc;
    if (!(error instanceof SyntaxError) || !loc) throw error;
    const reason = error.message.replace(/\s*\(\d+:\d+\)$/, '');
    throw new CombatantSyntaxError(baseName(file), reason, loc.line, loc.column + 1);
  }
}

/** A tree node as the walk sees it: any ESTree or TS* node. */
export type AnyNode = Node & Record<string, unknown>;

function isNode(value: unknown): value is AnyNode {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

/**
 * Visits every node, parent before children, children in source order. Generic over the keys so
 * the plugin's TS* nodes (`x as T`, `x!`, `x satisfies T`) are walked like any other.
 */
export function walk(node: AnyNode, visit: (node: AnyNode) => void): void {
  visit(node);
  const children: AnyNode[] = [];
  for (const key in node) {
    if (key === 'loc') continue;
    const value = node[key];
    if (Array.isArray(value)) {
      for (const item of value) if (isNode(item)) children.push(item);
    } else if (isNode(value)) {
      children.push(value);
    }
  }
  children.sort((a, b) => a.start - b.start);
  for (const child of children) walk(child, visit);
}
