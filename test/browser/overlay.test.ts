// The scheduler debug overlay in a real Chromium, against the test build (the tests drive the
// session through window.__game). The software-rendered browser is slow, so each test is one page load that checks a lot:
// one seeded slime battle stepped through the overlay's own buttons, and one classic battle.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { GameTestApi } from '../../src/game/testing/test-api';
import { openTestGame as openGame, useBrowser } from './browser';
import { FAST, waitScene } from './game';
import { ROOT, answerCommand, checkWhere, control, expectOneResume, overlayOpen, readOverlay, stateJson } from './overlay-dom';

declare const window: { __game: GameTestApi; __cqBattle?: unknown };

describe('debug overlay', () => {
  const t = useBrowser();

  it('slime battle: toggles without pausing, cards, queue, Step, Step back, source lines', { timeout: 300_000 }, async () => {
    const page = t.page;
    await openGame(page, `?enemy=slime&seed=11&lang=en&debug=1&${FAST}`);
    await waitScene(page, 'Battle');
    await page.waitForSelector('.cq-debug .cq-card', { timeout: 30_000 });

    // ---- 1. toggle: ?debug=1 opened it; the key and the button close and open it ----
    expect(await overlayOpen(page)).toBe(true);
    await page.evaluate(() => (window.__cqBattle = window.__game.session!.battle));
    const before = await control(page);
    expect(before.paused).toBe(false);
    const toggleButton = page.locator('.cq-debug-toggle');
    await expect.poll(() => toggleButton.isVisible()).toBe(true);
    const toggles: [string, () => Promise<void>][] = [
      ['key', () => page.keyboard.press('Backquote')],
      ['button', () => toggleButton.click()],
    ];
    for (const [how, toggle] of toggles) {
      await toggle();
      expect(await overlayOpen(page), `closed by ${how}`).toBe(false);
      expect(await page.evaluate(() => localStorage.getItem('cq.debug'))).not.toBeNull();
      await toggle();
      expect(await overlayOpen(page), `opened by ${how}`).toBe(true);
      const now = await control(page);
      expect(now.paused, `${how} toggle paused the battle`).toBe(false);
      expect(now.sameBattle, `${how} toggle restarted the battle`).toBe(true);
      expect(now.step).toBeGreaterThanOrEqual(before.step);
    }

    // Pause with the overlay's own button; toggling while paused leaves it paused.
    await page.getByRole('button', { name: 'Pause', exact: true }).click();
    await expect.poll(() => control(page).then((c) => c.paused)).toBe(true);
    await page.keyboard.press('Backquote');
    expect(await overlayOpen(page)).toBe(false);
    await toggleButton.click();
    expect(await overlayOpen(page)).toBe(true);
    expect((await control(page)).paused).toBe(true);

    // ---- 2. before the battle starts: Restart (same seed) while paused goes back to step 0 ----
    await page.getByRole('button', { name: 'Restart (same seed)', exact: true }).click();
    let view = await readOverlay(page);
    expect(view.snapshot.step).toBe(0);
    expect(view.cards.map((c) => c.id)).toEqual(view.snapshot.combatants.map((c) => c.id));
    expect(view.cards.length).toBe(2);
    for (const card of view.cards) {
      expect(card.state, card.id).toBe('created');
      expect(card.badge).toContain('created');
    }
    expect(view.queue).toEqual(view.snapshot.queue);
    expect(view.ops).toEqual([]);

    // ---- 3 and 5 and 6: step through the whole battle with the overlay's Step button ----
    const step = page.getByRole('button', { name: 'Step', exact: true });
    const stepBack = page.getByRole('button', { name: 'Step back', exact: true });
    /** The state first seen right after each resuming step, by step number. */
    const firstSeen = new Map<number, string>([[0, await stateJson(page)]]);
    let steppedBackMidBattle = false;
    let openedSource = false;
    const everResumed = new Set<string>();
    let commands = 0;

    for (let i = 0; i < 200 && view.snapshot.outcome === null; i++) {
      if (view.snapshot.waitingFor) {
        await answerCommand(page);
        commands++;
        view = await readOverlay(page);
      }
      const prev = view;
      await step.click();
      view = await readOverlay(page);
      const snap = view.snapshot;

      // Exactly one resume per Step, unless the step stopped to ask the player for a command.
      const newResumes = view.resumes - prev.resumes;
      if (newResumes === 0) {
        expect(snap.waitingFor, `step ${i}: no resume, and nobody waits for a command`).toBe('hero');
        expect(snap.step).toBe(prev.snapshot.step);
        expect(view.ops).toEqual(prev.ops);
      } else {
        expect(newResumes, `step ${i}`).toBe(1);
        expect(snap.step).toBe(prev.snapshot.step + 1);
        expectOneResume(prev, view);
        if (!firstSeen.has(snap.step)) firstSeen.set(snap.step, await stateJson(page));
      }

      // The queue chips are the core's queue, front to back; the one resumed is out in front.
      expect(view.queue, `queue after step ${snap.step}`).toEqual(snap.queue);
      expect(view.now).toEqual(snap.current ? [snap.current] : []);

      for (const c of snap.combatants) {
        const card = view.cards.find((x) => x.id === c.id)!;
        expect(card.state, `${c.id} at step ${snap.step}`).toBe(c.state);
        expect(card.badge).toContain(c.state);
        if (c.resumes > 0) everResumed.add(c.id);
        if (c.resumes === 0) expect(card.state).toBe('created');
        else if (snap.outcome === null) expect(card.state, `${c.id} after its first resume`).toBe('suspended');
        if (card.state === 'suspended') checkWhere(card.where, card.note);
      }

      // Open the whole source once, with the suspended line highlighted.
      const slime = view.cards.find((c) => c.id === 'slime')!;
      if (!openedSource && slime.state === 'suspended') {
        openedSource = true;
        await page.locator('.cq-card[data-id="slime"] .cq-where .cq-btn:not([data-action="edit"])').click(); // Source, not Edit
        const viewer = page.locator('.cq-source');
        await expect.poll(() => viewer.isVisible()).toBe(true);
        const mark = await page.evaluate(() => {
          const li = document.querySelector<HTMLLIElement>('.cq-source-code li.cq-mark');
          return li ? { line: [...li.parentElement!.children].indexOf(li) + 1, text: li.textContent ?? '' } : null;
        });
        expect(mark).not.toBeNull();
        const lineNo = Number(/^slime\.ts:(\d+)/.exec(slime.where)?.[1]);
        expect(mark!.line).toBe(lineNo);
        expect(mark!.text).toBe(readFileSync(`${ROOT}src/combatants/slime.ts`, 'utf8').split(/\r?\n/)[lineNo - 1]);
        expect(mark!.text).toMatch(/\byield\b/);
        await page.locator('.cq-source').getByRole('button', { name: 'Close', exact: true }).click();
        await expect.poll(() => viewer.isVisible()).toBe(false);
      }

      // ---- 5. Step back then Step: identical state (once mid-battle, on a step that needs no command) ----
      if (!steppedBackMidBattle && newResumes === 1 && snap.step >= 4 && snap.outcome === null && firstSeen.has(snap.step - 1)) {
        // prev.waitingFor null: this step consumed no command, so replaying to n−1 then stepping needs none.
        if (everResumed.has('slime') && prev.snapshot.waitingFor === null) {
          steppedBackMidBattle = true;
          const here = await stateJson(page);
          await stepBack.click();
          await readOverlay(page);
          expect(JSON.parse(await stateJson(page)), `step back from ${snap.step}`).toEqual(JSON.parse(firstSeen.get(snap.step - 1)!));
          await step.click();
          view = await readOverlay(page);
          expect(JSON.parse(await stateJson(page)), `step forward to ${snap.step}`).toEqual(JSON.parse(here));
          expect(view.queue).toEqual(view.snapshot.queue);
        }
      }
    }

    // ---- 2 (end): the slime died: its card is closed with `return 0` ----
    expect(view.snapshot.outcome).toBe('victory');
    expect(everResumed).toEqual(new Set(['hero', 'slime']));
    expect(steppedBackMidBattle).toBe(true);
    expect(openedSource).toBe(true);
    expect(commands).toBeGreaterThanOrEqual(2);
    expect(firstSeen.size).toBeGreaterThanOrEqual(6);
    const dead = view.cards.find((c) => c.id === 'slime')!;
    expect(dead.state).toBe('closed');
    expect(dead.badge).toContain('closed');
    expect(dead.exit).toBe('return 0');
    expect(view.queue).toEqual(view.snapshot.queue);
    const survivor = view.cards.find((c) => c.id === 'hero')!;
    expect(survivor.state).toBe('cancelled');
    expect(survivor.exit).toBe('return() → closed (cancelled)');

    // ---- 5 (end): step back from the winning blow, then step again ----
    const end = await stateJson(page);
    const endStep = view.snapshot.step;
    await stepBack.click();
    view = await readOverlay(page);
    expect(view.snapshot.step).toBe(endStep - 1);
    expect(JSON.parse(await stateJson(page))).toEqual(JSON.parse(firstSeen.get(endStep - 1)!));
    expect(view.cards.find((c) => c.id === 'slime')!.state).toBe('suspended');
    await step.click();
    view = await readOverlay(page);
    expect(JSON.parse(await stateJson(page))).toEqual(JSON.parse(end));
    expect(view.cards.find((c) => c.id === 'slime')!.exit).toBe('return 0');

    t.problems.assertClean();
  });

  it('classic battle: the trace lines equal the sim CLI --trace for the same draws', { timeout: 240_000 }, async () => {
    const page = t.page;
    const draws = '8,9,7,8,7,10';
    const cli = execFileSync(process.execPath, ['--import', 'tsx', 'src/cli/sim.ts', '--classic', '--damage', draws, '--lang', 'ja', '--trace'], {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const lines = cli.split('\n');
    const at = lines.indexOf('--- trace ---');
    expect(at).toBeGreaterThanOrEqual(0);
    const expected = lines.slice(at + 1).filter((l) => l.trim() !== '');
    expect(expected.length).toBeGreaterThan(10);

    await openGame(page, `?classic=1&damage=${draws}&lang=ja&debug=1&${FAST}`);
    await waitScene(page, 'Classic');
    await page.waitForFunction(() => window.__game.snapshot()?.outcome != null, null, { timeout: 120_000, polling: 100 });
    // Wait for the overlay to draw the whole ledger.
    await page.waitForFunction(
      (n) => document.querySelectorAll('.cq-trace .cq-line').length >= n,
      expected.length,
      { timeout: 15_000, polling: 50 },
    );
    const shown = await page.evaluate(() => [...document.querySelectorAll('.cq-trace .cq-line')].map((li) => li.textContent ?? ''));
    expect(shown).toEqual(expected);

    // The classic cards end like the seed: the slime returned 0.
    const view = await readOverlay(page);
    expect(view.cards.find((c) => c.id === view.snapshot.combatants.find((x) => x.side === 'enemy')!.id)!.exit).toBe('return 0');
    t.problems.assertClean();
  });

  it('group battle: the queue chips follow the core queue through many Steps', { timeout: 240_000 }, async () => {
    const page = t.page;
    // Floor 6 of a new adventure (issue 15's 8 floors; it was floor 4 of 5): the hero against a metal slime, a healslime and two bats.
    await openGame(page, `?floor=6&seed=7&lang=en&debug=1&${FAST}`);
    await waitScene(page, 'Title');
    await page.keyboard.press('Enter'); // New game
    await waitScene(page, 'Battle');
    await page.waitForSelector('.cq-debug .cq-card', { timeout: 30_000 });
    await page.getByRole('button', { name: 'Pause', exact: true }).click();
    const step = page.getByRole('button', { name: 'Step', exact: true });
    let view = await readOverlay(page);
    expect(view.cards.length).toBeGreaterThanOrEqual(4);
    let longest = 0;
    for (let i = 0; i < 30 && view.snapshot.outcome === null; i++) {
      if (view.snapshot.waitingFor) {
        await answerCommand(page);
        view = await readOverlay(page);
      }
      const prev = view;
      await step.click();
      view = await readOverlay(page);
      const newResumes = view.resumes - prev.resumes;
      if (newResumes === 0) expect(view.snapshot.waitingFor, `step ${i}`).toBe('hero');
      else {
        expect(newResumes, `step ${i}`).toBe(1);
        expectOneResume(prev, view);
      }
      expect(view.queue, `queue at step ${view.snapshot.step}`).toEqual(view.snapshot.queue);
      expect(view.now).toEqual(view.snapshot.current ? [view.snapshot.current] : []);
      for (const c of view.snapshot.combatants) expect(view.cards.find((x) => x.id === c.id)?.state, c.id).toBe(c.state);
      longest = Math.max(longest, view.queue.length);
    }
    expect(longest).toBeGreaterThanOrEqual(3);
    t.problems.assertClean();
  });
});
