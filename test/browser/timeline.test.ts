// The debugger's timeline in a real Chromium, one page: a seeded battle played three commands in, then
// scrubbed by a click, a mouse drag and the arrow keys; after each, the live battle, the cards,
// the status box (window.__game.screen()) and the trace all show the step the timeline shows.
import { mkdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { BattleSnapshot } from '../../src/core/battle';
import type { ScreenState } from '../../src/game/testing/game-api';
import type { GameTestApi } from '../../src/game/testing/test-api';
import { openTestGame as openGame, useBrowser } from './browser';
import { FAST, waitScene } from './game';

declare const window: { __game: GameTestApi };

const SHOTS = '/tmp/timeline';

interface Shown {
  snapshot: BattleSnapshot;
  screen: ScreenState | null;
  range: { value: number; max: number };
  readout: string;
  cards: { id: string; hp: string }[];
  traceLines: number;
  resumes: number;
  summary: string;
}

async function read(page: Page): Promise<Shown> {
  return page.evaluate(() => {
    const range = document.querySelector<HTMLInputElement>('.cq-timeline-range')!;
    const events = window.__game.session!.battle.events;
    return {
      snapshot: window.__game.snapshot()!,
      screen: window.__game.screen(),
      range: { value: Number(range.value), max: Number(range.max) },
      readout: document.querySelector('.cq-timeline-readout')?.textContent ?? '',
      cards: [...document.querySelectorAll<HTMLElement>('.cq-card')].map((c) => ({ id: c.dataset.id ?? '', hp: c.querySelectorAll('.cq-fields dd')[0]?.textContent ?? '' })),
      traceLines: document.querySelectorAll('.cq-trace li.cq-line').length,
      resumes: events.filter((e) => e.type === 'resume').length,
      summary: document.querySelector('.cq-summary')?.textContent ?? '',
    };
  });
}

/** Waits for the overlay and the screen to have caught up with the core, then checks they agree at `step`. */
async function expectShownAt(page: Page, step: number): Promise<Shown> {
  await page.waitForFunction(
    (n) => {
      const s = window.__game.snapshot();
      const summary = document.querySelector('.cq-summary')?.textContent ?? '';
      // The readout too: right after a release the live battle is rebuilt, but the frame that
      // stops showing the recorded step may still be to come.
      const readout = document.querySelector('.cq-timeline-readout')?.textContent ?? '';
      return s?.step === n && summary.includes(` ${n} ·`) && !readout.includes('(') && window.__game.screen()?.queued === 0;
    },
    step,
    { timeout: 15_000, polling: 50 },
  );
  const v = await read(page);
  expect(v.range.value).toBe(step);
  expect(v.readout).toBe(`step ${step} / ${v.range.max}`);
  for (const c of v.snapshot.combatants) {
    const card = v.cards.find((k) => k.id === c.id);
    expect(card, `card ${c.id}`).toBeDefined();
    expect(card!.hp, `card ${c.id} at step ${step}`).toMatch(new RegExp(`^(— |${Math.max(0, c.hp)} )`));
  }
  // The status box: the hero's HP as the core has it now (the screen snapped, nothing queued).
  const hero = v.snapshot.combatants.find((c) => c.side === 'hero')!;
  expect(v.screen!.hero.hp).toBe(Math.max(0, hero.hp));
  for (const e of v.screen!.enemies) expect(e.hp, `${e.id} on screen`).toBe(Math.max(0, v.snapshot.combatants.find((c) => c.id === e.id)!.hp));
  // The trace lists every ledger entry of the rebuilt battle, no more.
  expect(v.traceLines).toBe(Math.min(500, v.resumes));
  expect(v.resumes).toBeGreaterThanOrEqual(step);
  return v;
}

/** Clicks the track at a fraction of its width, where the range puts that step. */
async function trackPoint(page: Page, fraction: number): Promise<{ x: number; y: number }> {
  const box = (await page.locator('.cq-timeline-range').boundingBox())!;
  const half = 8; // THUMB_HALF_PX
  return { x: box.x + half + fraction * (box.width - 2 * half), y: box.y + box.height / 2 };
}

/** The two branches the fork made go out in an exported file and a share link; opening either restores both. */
async function expectBranchesCarried(page: Page): Promise<void> {
  const names = () => page.evaluate(() => [...document.querySelectorAll<HTMLInputElement>('.cq-branch-name')].map((i) => i.value));
  const forked = await names();
  expect(forked).toHaveLength(2);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export input log (.json)' }).click()]);
  const file = readFileSync((await download.path())!, 'utf8');
  expect((JSON.parse(file) as { branches?: unknown[] }).branches).toHaveLength(2);
  await page.getByRole('button', { name: 'Copy share link' }).click();
  await page.waitForFunction(() => (document.querySelector<HTMLInputElement>('.cq-share-url')?.value ?? '').includes('#log='), null, { timeout: 10_000 });
  const link = await page.locator('.cq-share-url').inputValue();

  // The link: the battle opens at its last step with both branches listed.
  await page.goto(link);
  await page.waitForFunction(() => document.querySelectorAll('.cq-branch').length === 2, null, { timeout: 60_000, polling: 100 });
  expect(await names()).toEqual(forked);

  // The file, imported into a fresh battle of one branch.
  await openGame(page, `?enemies=slime&seed=23&lang=en&debug=1&${FAST}`);
  await page.waitForSelector('.cq-file', { state: 'attached', timeout: 30_000 });
  expect(await page.locator('.cq-branch').count()).toBe(1);
  await page.locator('.cq-file').setInputFiles({ name: download.suggestedFilename(), mimeType: 'application/json', buffer: Buffer.from(file) });
  await page.waitForFunction(() => document.querySelectorAll('.cq-branch').length === 2, null, { timeout: 30_000, polling: 100 });
  expect(await names()).toEqual(forked);
}

describe('debugger timeline', () => {
  const t = useBrowser();

  it('scrubs a paused battle by click, drag and keys; cards, status box and trace follow', { timeout: 300_000 }, async () => {
    const page = t.page;
    await openGame(page, `?enemies=slime,bat&seed=5&lang=en&debug=1&${FAST}`);
    await waitScene(page, 'Battle');
    await page.waitForSelector('.cq-timeline-range', { timeout: 30_000 });
    // Play three commands (the hero attacks the first living foe), then pause at once: a finished
    // battle would leave the scene, and the overlay with it.
    for (let i = 0; i < 3; i++) {
      await page.waitForFunction(() => window.__game.menu()?.id === 'command', null, { timeout: 60_000, polling: 50 });
      await page.evaluate((last) => {
        const foe = window.__game.snapshot()!.combatants.find((c) => c.side === 'enemy' && c.hp > 0 && !c.fled);
        window.__game.sendCommand({ kind: 'attack', target: foe!.id });
        if (last) window.__game.session!.setPaused(true);
      }, i === 2);
    }
    const atPause = await page.evaluate(() => window.__game.snapshot()!);
    expect(atPause.outcome).toBeNull();
    const end = atPause.step;
    expect(end).toBeGreaterThan(8);
    await expect.poll(() => read(page).then((v) => v.range.max)).toBe(end);

    // A click at 40% of the track seeks there (and pauses).
    const click = await trackPoint(page, 0.4);
    await page.mouse.click(click.x, click.y);
    const clicked = Math.round(0.4 * end);
    await expectShownAt(page, clicked);
    expect(await page.evaluate(() => window.__game.session!.control.paused)).toBe(true);
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: `${SHOTS}/browser-en-1280x720.png` });

    // A drag: while the button is held, the recorded snapshot is shown and the live battle stays.
    const from = await trackPoint(page, 0.1);
    const to = await trackPoint(page, 0.8);
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(to.x, to.y, { steps: 6 });
    const dragged = Math.round(0.8 * end);
    await page.waitForFunction((n) => document.querySelector('.cq-timeline-readout')?.textContent?.startsWith(`step ${n} /`), dragged, { timeout: 10_000, polling: 50 });
    const during = await read(page);
    expect(during.readout).toContain('(recorded)');
    expect(during.summary).toContain(`step ${dragged} ·`); // the panels show the recorded step…
    await page.screenshot({ path: `${SHOTS}/browser-drag-en-1280x720.png` });
    await page.mouse.up();
    await expectShownAt(page, dragged); // …and the release rebuilds it live

    // The arrow keys move one resume; the far end is the end of the recorded run again.
    await page.locator('.cq-timeline-range').focus();
    await page.keyboard.press('ArrowLeft');
    await expectShownAt(page, dragged - 1);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expectShownAt(page, dragged + 1);
    await page.keyboard.press('End');
    await expectShownAt(page, end);
    await page.keyboard.press('Home');
    await expectShownAt(page, 0);
    t.problems.assertClean();
  });

  it('forks a send from -9 to -20: the slime dies a turn earlier; the compare view names the first difference; a file and a link carry both branches', { timeout: 120_000 }, async () => {
    const page = t.page;
    await openGame(page, `?enemies=slime&seed=23&lang=en&debug=1&${FAST}`);
    await waitScene(page, 'Battle');
    await page.waitForSelector('.cq-fork-send', { state: 'attached', timeout: 30_000 });
    // Two attacks, paused as the second is given; then Step (N) until the slime dies at step 9.
    for (let i = 0; i < 2; i++) {
      await page.waitForFunction(() => window.__game.menu()?.id === 'command', null, { timeout: 60_000, polling: 50 });
      await page.evaluate((last) => {
        window.__game.sendCommand({ kind: 'attack', target: 'slime' });
        if (last) window.__game.session!.setPaused(true);
      }, i === 1);
    }
    await page.locator('.cq-timeline-range').focus();
    for (let i = 0; i < 8; i++) {
      const done = await page.evaluate(() => window.__game.snapshot()!.outcome !== null);
      if (done) break;
      await page.keyboard.press('n');
    }
    const main = await page.evaluate(() => ({ step: window.__game.snapshot()!.step, outcome: window.__game.snapshot()!.outcome }));
    expect(main).toEqual({ step: 9, outcome: 'victory' });
    // Back to step 4, the hero's first hit (Slime.send(-9)): the fork form (unfolded) offers that send.
    await page.locator('.cq-branches-head').click();
    await page.locator('.cq-timeline-range').focus();
    await page.keyboard.press('Home');
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
    await expectShownAt(page, 4);
    await expect.poll(() => page.locator('.cq-fork-form input').nth(1).inputValue()).toBe('-9');
    await page.locator('.cq-fork-form input').nth(1).fill('-20');
    await page.locator('.cq-fork-send').click();
    await page.waitForFunction(() => document.querySelectorAll('.cq-branch').length === 2, null, { timeout: 10_000 });
    const forked = await page.evaluate(() => {
      const s = window.__game.snapshot()!;
      return { step: s.step, outcome: s.outcome, slime: s.combatants.find((c) => c.id === 'slime')!.state };
    });
    expect(forked).toEqual({ step: 4, outcome: 'victory', slime: 'closed' }); // dead at the hero's first hit, not its second
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: `${SHOTS}/fork-en-1280x720.png` });
    // Compare the old branch with the new one: the first divergence, in trace syntax.
    await page.locator('.cq-compare-open').click();
    await page.waitForSelector('.cq-compare canvas', { timeout: 10_000 });
    const diff = await page.evaluate(() => ({
      step: document.querySelector('.cq-compare-step')?.textContent,
      a: document.querySelector('.cq-diff-a')?.textContent,
      b: document.querySelector('.cq-diff-b')?.textContent,
      outcomes: [...document.querySelectorAll('.cq-compare-outcome')].map((e) => e.textContent),
    }));
    expect(diff.step).toBe('first difference at step 4');
    expect(diff.a).toMatch(/^Slime\.send\(-9\) → yield /);
    expect(diff.b).toBe('Slime.send(-20) → return 0 (StopIteration)');
    expect(diff.outcomes).toEqual(['outcome: victory · 9 steps', 'outcome: victory · 4 steps']);
    await page.screenshot({ path: `${SHOTS}/compare-en-1280x720.png` });
    await expectBranchesCarried(page);
    t.problems.assertClean();
  });
});
