// One test seam: scenes publish what they show to app/shown-state.ts and never reach for the test
// API; only the page's entry (src/main.ts) loads game/testing, and the test part only outside production.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../../../src/', import.meta.url));
const read = (file: string) => readFileSync(join(SRC, file), 'utf8');
const importsOf = (text: string) => [...text.matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g)].map((m) => m[1]!);
const gameFiles = readdirSync(join(SRC, 'game'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts')).map((f) => `game/${f.replace(/\\/g, '/')}`);

describe('the test seam', () => {
  it('no scene imports game/testing', () => {
    const scenes = gameFiles.filter((f) => f.startsWith('game/scenes/'));
    expect(scenes.length).toBeGreaterThan(6);
    const offenders = scenes.filter((f) => importsOf(read(f)).some((spec) => /(^|\/)testing\//.test(spec)));
    expect(offenders).toEqual([]);
  });

  it('outside game/testing, only src/main.ts imports it, and the test API only when not in production', () => {
    const users = gameFiles.filter((f) => !f.startsWith('game/testing/') && importsOf(read(f)).some((spec) => /(^|\/)testing\//.test(spec)));
    expect(users).toEqual([]);
    const main = read('main.ts');
    expect(importsOf(main).filter((s) => s.includes('testing/'))).toEqual(['./game/testing/game-api.ts', './game/testing/test-api.ts']);
    expect(main).toMatch(/import\.meta\.env\.MODE === 'production'\s*\?\s*Promise\.resolve\(\)\s*:\s*import\('\.\/game\/testing\/test-api\.ts'\)/);
  });
});
