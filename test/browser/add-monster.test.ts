// A tinkerer adds a monster: a temporary copy of the game under one Vite DEV server for this file.
// A new file in src/combatants plus its PNG in assets/sprites appear with no other change, and a
// file with a syntax error leaves the rest of the game playable after a reload, with a notice.
import { copyFileSync, cpSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GameTestApi } from '../../src/game/testing/test-api';
import { collectProblems, launchBrowser } from './browser';

declare const window: { __game: GameTestApi };

const repo = fileURLToPath(new URL('../..', import.meta.url));
let dir = '';
let server: ViteDevServer | undefined;
let browser: Browser | undefined;
let baseUrl = '';

const PUDDLE = `import { attack, defineEnemy, hurtOrHeal, type Received } from '../core/kit.ts';

export default defineEnemy({
  name: { ja: 'みずたまり', en: 'Puddle' },
  sprite: 'puddle',
  stats: { maxHp: 12, maxMp: 0, attack: [1, 3] },
  *create(hp, { stats }) {
    let received: Received;
    while (true) {
      received = yield received === undefined ? { hp, act: attack() } : { hp };
      hp = hurtOrHeal(hp, received, stats.maxHp);
      if (hp <= 0) return 0;
    }
  },
});
`;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cq-add-monster-'));
  for (const p of ['index.html', 'src', 'assets', 'public', 'scripts', 'vite.config.ts', 'tsconfig.json', 'package.json']) {
    cpSync(join(repo, p), join(dir, p), { recursive: true });
  }
  symlinkSync(join(repo, 'node_modules'), join(dir, 'node_modules'), 'dir');
  // The monster and its art, and nothing else.
  writeFileSync(join(dir, 'src/combatants/puddle.ts'), PUDDLE);
  copyFileSync(join(repo, 'assets/sprites/slime.png'), join(dir, 'assets/sprites/puddle.png'));
  server = await createServer({
    root: dir,
    configFile: join(dir, 'vite.config.ts'),
    configLoader: 'runner',
    cacheDir: join(dir, '.vite-cache'),
    logLevel: 'silent',
    clearScreen: false,
    server: { host: '127.0.0.1', port: 0, strictPort: false, fs: { allow: [dir, realpathSync(join(repo, 'node_modules'))] } },
  });
  await server.listen();
  baseUrl = server.resolvedUrls?.local[0] ?? '';
  if (!baseUrl) throw new Error('the dev server has no local URL');
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('adding a monster in the dev server', () => {
  it('a new file and its PNG are a monster with its own art; a syntax error elsewhere leaves the game playable after a reload', async () => {
    const page = await browser!.newPage({ viewport: { width: 1280, height: 720 } });
    const problems = collectProblems(page);
    try {
      await page.goto(`${baseUrl}?enemy=puddle&seed=2&text=instant&lang=en`);
      await page.waitForFunction(() => window.__game?.ready === true && window.__game.scene === 'Battle', null, { timeout: 120_000, polling: 100 });
      const start = await page.evaluate(() => window.__game.events.find((e) => e.type === 'battleStart'));
      expect(start?.type === 'battleStart' && start.combatants.map((c) => [c.kind, c.sprite])).toEqual([['hero', 'hero'], ['puddle', 'puddle']]);
      // Its PNG was found by the glob: no stand-in notice for it.
      expect(await page.evaluate(() => window.__game.notices.filter((n) => n.includes('puddle')))).toEqual([]);
      problems.assertClean();

      // A file that does not parse: after a reload the rest still starts and plays, with a notice.
      writeFileSync(join(dir, 'src/combatants/broken.ts'), "import { defineEnemy } from '../core/kit.ts';\nexport default defineEnemy({ name: { ja: 'x', en: 'x' }\n  stats: {},\n});\n");
      // The dev server answers the broken module with an error status, which the page logs.
      problems.allow(/broken\.ts|500 \(Internal Server Error\)|Failed to load resource/);
      await page.goto(`${baseUrl}?enemy=slime&seed=2&text=instant&lang=en`);
      await page.waitForFunction(() => window.__game?.ready === true && window.__game.scene === 'Battle', null, { timeout: 120_000, polling: 100 });
      const notices = await page.evaluate(() => window.__game.notices);
      expect(notices.some((n) => n.includes('broken.ts')), notices.join(' | ')).toBe(true);
      await page.waitForFunction(() => window.__game.menu() !== null && window.__game.snapshot()?.waitingFor === 'hero', null, { timeout: 30_000, polling: 50 });
      expect(await page.evaluate(() => window.__game.sendCommand({ kind: 'attack', target: 'slime' }))).toBe(true);
      await page.waitForFunction(() => window.__game.events.some((e) => e.type === 'damage' && e.target === 'slime'), null, { timeout: 30_000, polling: 50 });
      problems.assertClean();
    } finally {
      await page.close();
    }
  }, 240_000);
});
