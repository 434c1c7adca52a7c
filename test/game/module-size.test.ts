// Every module of the game shell stays small enough to read in one sitting.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const GAME = fileURLToPath(new URL('../../src/game/', import.meta.url));
const MAX_LINES = 300;

it(`every file in src/game is under ${MAX_LINES} lines`, () => {
  const files = readdirSync(GAME, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(ts|css)$/.test(f));
  expect(files.length).toBeGreaterThan(40);
  const long = files
    .map((f) => ({ f, lines: readFileSync(join(GAME, f), 'utf8').split('\n').length }))
    .filter((x) => x.lines >= MAX_LINES)
    .map((x) => `${x.f}: ${x.lines} lines`);
  expect(long).toEqual([]);
});
