// Lead's screenshot tour (not committed): every screen in both languages at both sizes.
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from './scripts/chromium.ts';
import { preview } from 'vite';
import type { AddressInfo } from 'node:net';

const server = await preview({ root: process.cwd(), logLevel: 'warn', build: { outDir: 'dist' }, preview: { host: '127.0.0.1', port: 0 } });
const port = (server.httpServer.address() as AddressInfo).port;
const base = `http://127.0.0.1:${port}/`;
const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS });
const only = process.argv[2];
const g = (page: Page, f: string) => page.evaluate(f);
async function scene(page: Page, name: string, t = 60_000) {
  await page.waitForFunction((n) => (window as any).__game?.ready && (window as any).__game.scene === n, name, { timeout: t, polling: 100 });
}
async function playUntil(page: Page, target: string, limit = 400) {
  for (let i = 0; i < limit; i++) {
    const s = await g(page, 'window.__game.scene');
    if (s === target) return;
    await page.keyboard.press('Enter');
    await page.waitForTimeout(120);
  }
  throw new Error(`never reached ${target}`);
}
for (const lang of ['ja', 'en']) for (const [w, h] of [[1280, 720], [360, 640]]) {
  const tag = `${lang}-${w}x${h}`;
  const page = await browser.newPage({ viewport: { width: w, height: h } });
  page.on('pageerror', (e) => console.log('PAGEERROR', tag, e.message));
  page.on('console', (m) => { if (m.type() === 'error') console.log('CONSOLE', tag, m.text()); });
  const shot = (n: string) => page.screenshot({ path: `/tmp/shots/${n}-${tag}.png` });
  try {
    if (!only || only === 'title') {
      await page.goto(`${base}?lang=${lang}&seed=3`); await scene(page, 'Title'); await page.waitForTimeout(800); await shot('title');
      const items: any[] = await g(page, 'window.__game.menu().items');
      const idx = items.findIndex((i) => /Settings|せってい/.test(i.label));
      for (let i = 0; i < idx; i++) await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter'); await page.waitForTimeout(600); await shot('settings');
    }
    if (!only || only === 'battle') {
      await page.goto(`${base}?lang=${lang}&seed=3&enemies=metal-slime,bat,bat&text=instant`); await scene(page, 'Battle');
      await page.waitForFunction(() => (window as any).__game.menu()?.id === 'command', null, { timeout: 30_000 });
      await page.waitForTimeout(500); await shot('battle');
      await page.keyboard.press('Enter'); await page.waitForTimeout(300); await shot('target');
      await page.keyboard.press('Enter'); await page.waitForTimeout(900); await shot('hit');
      await page.waitForFunction(() => (window as any).__game.menu()?.id === 'command', null, { timeout: 30_000 });
      await page.keyboard.press('ArrowRight'); await page.keyboard.press('Enter'); await page.waitForTimeout(400); await shot('spell');
    }
    if (!only || only === 'debug') {
      await page.goto(`${base}?lang=${lang}&seed=5&enemies=slime,bat&debug=1`); await scene(page, 'Battle');
      await page.waitForTimeout(1500); await shot('debug');
      for (let i = 0; i < 4; i++) { await page.keyboard.press('n'); await page.waitForTimeout(250); }
      await page.waitForTimeout(500); await shot('debug-steps');
    }
    if (!only || only === 'boss') {
      await page.goto(`${base}?lang=${lang}&seed=3&enemy=king-slime&debug=1&text=instant`); await scene(page, 'Battle');
      await page.waitForTimeout(1500); await shot('boss-debug');
    }
    if (!only || only === 'flow') {
      await page.goto(`${base}?lang=${lang}&seed=3&speed=4&text=instant`); await scene(page, 'Title');
      await page.keyboard.press('Enter'); await playUntil(page, 'Interlude'); await page.waitForTimeout(800); await shot('interlude');
      await page.goto(`${base}?lang=${lang}&seed=3&enemy=slime&speed=4&text=instant`); await scene(page, 'Battle');
      await playUntil(page, 'Result'); await page.waitForTimeout(800); await shot('result');
      await page.goto(`${base}?lang=${lang}&seed=3&speed=9&text=instant`); await scene(page, 'Title'); await page.waitForTimeout(500); await shot('title-badurl');
    }
  } catch (e) { console.log('FAIL', tag, (e as Error).message); await shot('fail'); }
  await page.close();
}
await browser.close(); await server.close();
console.log('done');
