// The scheduler debug overlay in a real Chromium, against the test build (the tests drive the
// session through window.__game). The software-rendered browser is slow, so each test is one page load that checks a lot:
// one seeded slime battle stepped through the overlay's own buttons, and one classic battle.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { BattleSnapshot } from '../../src/core/battle';
import type { BattleEvent } from '../../src/core/events';
import { messageRowReader, windowLines } from '../../src/game/battle/shown-lines';
import type { ScreenState } from '../../src/game/testing/game-api';
import type { GameTestApi } from '../../src/game/testing/test-api';
import { openTestGame as openGame, saveScreenshot, useBrowser } from './browser';
import { FAST, waitMenu, waitScene } from './game';

declare const window: { __game: GameTestApi; __cqBattle?: unknown };

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

interface CardDom {
  id: string;
  state: string;
  badge: string;
  exit: string;
  where: string;
  note: string;
}

interface OverlayDom {
  snapshot: BattleSnapshot;
  /** `resume` events with op `next`: real resumes, not the return() that closes the survivors. */
  resumes: number;
  /** Every ledger entry's op (every `resume` event, `return()` included), oldest first. */
  ops: string[];
  cards: CardDom[];
  queue: string[];
  now: string[];
  summary: string;
}

/** Waits until the overlay has drawn the session's current state, then reads its DOM. */
async function readOverlay(page: Page): Promise<OverlayDom> {
  await page.waitForFunction(
    () => {
      const s = window.__game.snapshot();
      const summary = document.querySelector('.cq-summary')?.textContent ?? '';
      // `step 3 · turn 2 · ▶ …` (`ステップ 3 · ターン 2 · …` in Japanese)
      return s !== null && new RegExp(`^\\S+ ${s.step} · \\S+ ${s.turn} ·`).test(summary);
    },
    null,
    { timeout: 15_000, polling: 50 },
  );
  return page.evaluate(() => {
    const text = (el: Element | null | undefined) => el?.textContent ?? '';
    const events = window.__game.events;
    return {
      snapshot: window.__game.snapshot()!,
      resumes: events.filter((e) => e.type === 'resume' && e.entry.op === 'next').length,
      ops: events.flatMap((e) => (e.type === 'resume' ? [e.entry.op] : [])),
      cards: [...document.querySelectorAll<HTMLElement>('.cq-card')].map((c) => ({
        id: c.dataset.id ?? '',
        state: c.dataset.state ?? '',
        badge: text(c.querySelector('.cq-badge')),
        // The fields are dt/dd pairs: hp, sent, yielded, resumes, exit.
        exit: text(c.querySelectorAll('.cq-fields dd')[4]),
        where: text(c.querySelector('.cq-where-text')),
        note: text(c.querySelector('.cq-where .cq-note')),
      })),
      queue: [...document.querySelectorAll<HTMLElement>('.cq-queue .cq-chip')].map((c) => c.dataset.id ?? ''),
      now: [...document.querySelectorAll<HTMLElement>('.cq-now-chips .cq-chip')].map((c) => c.dataset.id ?? ''),
      summary: text(document.querySelector('.cq-summary')),
    };
  });
}

/**
 * One Step: the ledger grows by one resume (`next`/`send`); the only other entries a step may add
 * are `return()` closings (a monster that fled, the survivors at the end of the battle).
 */
function expectOneResume(prev: OverlayDom, next: OverlayDom): void {
  expect(next.ops.slice(0, prev.ops.length)).toEqual(prev.ops);
  const added = next.ops.slice(prev.ops.length);
  const what = `new ledger entries at step ${next.snapshot.step}: ${added.join(', ')}`;
  expect(added.filter((op) => op === 'next').length, what).toBe(1);
  expect(added.every((op) => op === 'next' || op === 'return'), what).toBe(true);
}

/** The whole observable state: the core's snapshot and event log. */
async function stateJson(page: Page): Promise<string> {
  return page.evaluate(() => JSON.stringify({ snapshot: window.__game.snapshot(), events: window.__game.events }));
}

async function overlayOpen(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const host = document.querySelector<HTMLElement>('.cq-debug');
    const panel = document.querySelector<HTMLElement>('.cq-debug-panel');
    if (!host || !panel) throw new Error('the overlay is not mounted');
    const shown = host.dataset.open === 'true';
    if (shown === panel.hidden) throw new Error(`data-open=${host.dataset.open} but panel.hidden=${panel.hidden}`);
    return shown;
  });
}

async function control(page: Page): Promise<{ paused: boolean; sameBattle: boolean; step: number; speed: number }> {
  return page.evaluate(() => {
    const s = window.__game.session!;
    return { paused: s.control.paused, sameBattle: s.battle === window.__cqBattle, step: s.snapshot().step, speed: s.control.speed };
  });
}

/**
 * The hero waits for the player. The command window opens only while the game runs: resume, wait
 * for it, pause again, then answer it (the driver then waits while paused). Attacks the first foe.
 */
async function answerCommand(page: Page): Promise<void> {
  await page.evaluate(() => window.__game.session!.setPaused(false));
  await page.waitForFunction(() => window.__game.menu()?.id === 'command', null, { timeout: 60_000, polling: 50 });
  await page.evaluate(() => window.__game.session!.setPaused(true));
  const sent = await page.evaluate(() => {
    const snap = window.__game.snapshot()!;
    const foe = snap.combatants.find((c) => c.side === 'enemy' && (c.state === 'created' || c.state === 'suspended') && !c.fled);
    return window.__game.sendCommand({ kind: 'attack', target: foe!.id });
  });
  expect(sent, 'the command window took the command').toBe(true);
}

/** `slime.ts:13  got = yield { hp };` → the file's real line, which must hold that `yield`. */
function checkWhere(where: string, note: string): void {
  const m = /^([\w-]+\.ts):(\d+) {2}(.+?)(?: {2}\(.*\))?$/.exec(where);
  expect(m, `suspended-at text: ${JSON.stringify(where)}`).not.toBeNull();
  const [, file, line, code] = m!;
  const lines = readFileSync(`${ROOT}src/combatants/${file}`, 'utf8').split(/\r?\n/);
  const real = lines[Number(line) - 1] ?? '';
  expect(real, `${file}:${line}`).toMatch(/\byield\b/);
  expect(real).toContain(code!.trim());
  // The build instruments yields, so the line is known, not guessed (no ≈ note).
  expect(note).toBe('');
}

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
        await page.locator('.cq-card[data-id="slime"] .cq-where .cq-btn').click();
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
    // Floor 4 of a new adventure: the hero against a metal slime and two bats.
    await openGame(page, `?floor=4&seed=7&lang=en&debug=1&${FAST}`);
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

// ---- the debugger in step with the screen, its keys, and the phone layout ----

interface Seen {
  screen: ScreenState;
  snapshot: BattleSnapshot;
  events: BattleEvent[];
  /** Card id → its HP field ("86 / 100"). */
  cardHp: Record<string, string>;
  paused: boolean;
}

async function seen(page: Page): Promise<Seen> {
  return page.evaluate(() => ({
    screen: window.__game.screen()!,
    snapshot: window.__game.snapshot()!,
    events: [...window.__game.events],
    cardHp: Object.fromEntries([...document.querySelectorAll<HTMLElement>('.cq-card')].map((c) => [c.dataset.id!, c.querySelectorAll('.cq-fields dd')[0]?.textContent ?? ''])),
    paused: window.__game.session!.control.paused,
  }));
}

/** The status box, the HP bars, the window and the core agree; no animation is left to play. */
function expectInStep(s: Seen, what: string, cards = true): void {
  expect(s.screen.queued, `${what}: events still queued for animation`).toBe(0);
  for (const c of s.snapshot.combatants) {
    const hp = Math.max(0, c.hp);
    if (c.side === 'hero') expect(s.screen.hero.hp, `${what}: status box HP of ${c.id}`).toBe(hp);
    else expect(s.screen.enemies.find((e) => e.id === c.id)?.hp, `${what}: HP bar of ${c.id}`).toBe(hp);
    const card = s.cardHp[c.id] ?? '';
    if (cards && !card.startsWith('—')) expect(card, `${what}: card of ${c.id}`).toMatch(new RegExp(`^${hp} / ${c.maxHp}( |$)`));
  }
  // The window holds the last lines the events say it should, whole (none still typing).
  const expected = windowLines(s.events, 'en', 99);
  if (expected.length > 0) expect(s.screen.lines.length, `${what}: the message window is empty`).toBeGreaterThan(0);
  expect(s.screen.lines, `${what}: the message window`).toEqual(expected.slice(expected.length - s.screen.lines.length));
}

describe('debug overlay: in step with the screen, its own keys, the keyboard back to the game', () => {
  const t = useBrowser();

  it('repro seed=5 slime,bat: Pause/Resume/Enter reaches the game, P N T B R, Steps snap the screen, message log ↔ trace', { timeout: 300_000 }, async () => {
    const page = t.page;
    // Normal speed and text: the screen has animation to lag behind with.
    await openGame(page, '?lang=en&seed=5&enemies=slime,bat&debug=1');
    await waitScene(page, 'Battle');
    await page.waitForSelector('.cq-debug .cq-card', { timeout: 30_000 });
    const inOverlay = () => page.evaluate(() => document.activeElement?.closest('.cq-debug') != null);
    const menuNow = () => page.evaluate(() => window.__game.menu());

    // ---- §1 the repro: click Pause, Resume, then Enter: Enter is the game's, not the button's ----
    expect(await waitMenu(page, 'command')).not.toBeNull();
    await page.getByRole('button', { name: 'Pause', exact: true }).click();
    await page.getByRole('button', { name: 'Resume', exact: true }).click();
    await page.keyboard.press('Enter');
    // Soft: a run of the code before the fix reports every one of these bugs, not just the first.
    expect.soft(await inOverlay(), 'a clicked debugger button kept the focus').toBe(false);
    expect.soft((await control(page)).paused, 'Enter pressed the debugger button again').toBe(false);
    await page.evaluate(() => window.__game.session!.setPaused(false));
    await page.waitForFunction(() => window.__game.menu()?.id !== 'command', null, { timeout: 10_000, polling: 50 }).catch(() => {});
    expect.soft((await menuNow())?.id, 'Enter did not reach the command menu').not.toBe('command'); // Enter chose Attack
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await menuNow())?.id, { timeout: 10_000 }).toBe('command'); // Esc went back

    // A debugger control with the focus (keyboard user), then a click on the game: keys go back to it.
    await page.locator('.cq-speed select').focus();
    expect(await inOverlay()).toBe(true);
    const canvas = (await page.locator('#game canvas').boundingBox())!;
    await page.mouse.click(canvas.x + canvas.width * 0.3, canvas.y + canvas.height * 0.2); // the field, no menu
    expect.soft(await inOverlay(), 'a click on the game left the focus in the debugger').toBe(false);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const cursor = (await menuNow())!.cursor;
    await page.keyboard.press('ArrowDown');
    await expect.poll(async () => (await menuNow())?.cursor, { timeout: 5_000 }).not.toBe(cursor);
    expect((await control(page)).speed ?? 1).toBe(1);

    // ---- §1 the debugger's keys, shown on its buttons and in its legend ----
    const keyOf = (name: string) => page.getByRole('button', { name, exact: true }).evaluate((b) => getComputedStyle(b, '::after').content);
    expect(await keyOf('Pause')).toContain('P');
    expect(await keyOf('Step')).toContain('N');
    expect(await page.locator('.cq-keys').textContent()).toMatch(/P.*N.*T.*B.*R/s);
    expect(await page.locator('.cq-legend').textContent()).not.toContain('running');
    await page.keyboard.press('KeyP');
    await expect.poll(() => control(page).then((c) => c.paused)).toBe(true);
    expect(await page.evaluate(() => window.__game.sendCommand({ kind: 'attack', target: 'slime' }))).toBe(true);
    const at = (await control(page)).step;
    await page.keyboard.press('KeyN');
    await expect.poll(() => control(page).then((c) => c.step)).toBe(at + 1);
    expectInStep(await seen(page), 'after N', false);
    await page.keyboard.press('KeyT'); // the rest of the hero's turn
    await expect.poll(() => control(page).then((c) => c.step)).toBeGreaterThan(at + 1);
    expectInStep(await seen(page), 'after T', false);
    const afterTurn = (await control(page)).step;
    await page.keyboard.press('KeyB');
    await expect.poll(() => control(page).then((c) => c.step)).toBe(afterTurn - 1);
    let s = await seen(page);
    expect(s.screen.lines.length, 'Step back emptied the message window').toBeGreaterThan(0);
    expectInStep(s, 'after Step back', false);
    await page.keyboard.press('KeyR');
    await expect.poll(() => control(page).then((c) => c.step)).toBe(0);

    // ---- §2 every Step snaps the screen: status box, HP bars, cards and the window agree ----
    const step = page.getByRole('button', { name: 'Step', exact: true });
    for (let i = 0; i < 14; i++) {
      if ((await seen(page)).snapshot.waitingFor) await answerCommand(page);
      await step.click();
      expectInStep(await seen(page), `at once after Step ${i}`, false);
      await readOverlay(page);
      expectInStep(await seen(page), `Step ${i}, cards drawn`);
    }
    // Six quick Steps: nothing queues up, the screen is there at once.
    if ((await seen(page)).snapshot.waitingFor) await answerCommand(page);
    for (let i = 0; i < 6; i++) await page.keyboard.press('KeyN');
    expectInStep(await seen(page), 'six quick Steps', false);
    await readOverlay(page);
    expectInStep(await seen(page), 'six quick Steps, cards drawn');
    await page.getByRole('button', { name: 'Step back', exact: true }).click();
    s = await seen(page);
    expect(s.screen.lines.length).toBeGreaterThan(0);
    expectInStep(s, 'Step back');

    // ---- §2 the trace in view at 720p (its tab), and the message log linked to it ----
    await page.getByRole('tab', { name: 'Trace + messages' }).click();
    await readOverlay(page);
    const layout = await page.evaluate(() => {
      const r = (el: Element | null) => el!.getBoundingClientRect();
      const list = document.querySelector('.cq-trace')!;
      return { last: r(list.lastElementChild), list: r(list), body: document.querySelector('.cq-body')!.scrollTop, rows: document.querySelectorAll('.cq-message').length };
    });
    expect(layout.body, 'the debugger body had to scroll').toBe(0);
    expect(layout.last.bottom).toBeLessThanOrEqual(Math.min(720, layout.list.bottom) + 1);
    expect(layout.last.top).toBeGreaterThanOrEqual(layout.list.top - 1);
    const rows = messageRowReader('en')((await seen(page)).events);
    expect(layout.rows).toBe(rows.length);
    const damage = rows.findIndex((r) => /damage/.test(r.text));
    expect(damage).toBeGreaterThan(0);
    await page.locator(`.cq-message[data-index="${damage}"]`).click();
    expect(await page.locator('.cq-trace li.cq-selected').evaluateAll((l) => l.map((li) => (li as HTMLElement).dataset.index))).toEqual([String(rows[damage]!.trace)]);
    await saveScreenshot(page, 'debugger-en-1280x720-message-selected');
    const line = rows[damage]!.trace;
    await page.locator(`.cq-trace li[data-index="${line}"]`).click();
    expect(await page.locator('.cq-message.cq-selected').evaluateAll((l) => l.map((li) => Number((li as HTMLElement).dataset.index)))).toEqual(rows.flatMap((r, i) => (r.trace === line ? [i] : [])));
    await saveScreenshot(page, 'debugger-en-1280x720-trace-selected');
    t.problems.assertClean();
  });
});

describe('debug overlay on a phone (360×640)', () => {
  const t = useBrowser({ width: 360, height: 640 });

  it('the Japanese toggle is DotGothic16 before the debugger loads; game and debugger get a region each', { timeout: 240_000 }, async () => {
    const page = t.page;
    await openGame(page, `?enemy=slime&seed=3&lang=ja&${FAST}`);
    await waitScene(page, 'Battle');
    const toggle = page.locator('.cq-debug-toggle');
    await expect.poll(() => toggle.isVisible()).toBe(true);
    // §1 tofu: デバッグ drawn in the toggle's own font matches DotGothic16, not the fallback boxes.
    const font = await toggle.evaluate(async (b) => {
      const family = getComputedStyle(b).fontFamily;
      const lit = (f: string) => {
        const c = document.createElement('canvas');
        c.width = 120;
        c.height = 48;
        const g = c.getContext('2d')!;
        g.font = `16px ${f}`;
        g.fillStyle = '#fff';
        // Each glyph on its own font's baseline: the same pixels as DotGothic16 when it is that font.
        g.textBaseline = 'alphabetic';
        g.fillText('デバッグ', 4, 32);
        const d = g.getImageData(0, 0, c.width, c.height).data;
        let n = 0;
        for (let i = 0; i < d.length; i += 4) if (d[i]! > 128 && d[i + 3]! > 128) n++;
        return n;
      };
      await document.fonts.load('16px "DotGothic16"', 'デバッグ');
      return { family, own: lit(family), dot: lit('"DotGothic16"'), fallback: lit('sans-serif') };
    });
    expect(Math.abs(font.dot - font.fallback)).toBeGreaterThan(font.dot * 0.15);
    expect.soft(font.own, `toggle font ${font.family}`).toBe(font.dot);
    await saveScreenshot(page, 'debugger-ja-360x640-closed');

    // §1 the strip and the game each get a region, collapsed and expanded.
    await toggle.click();
    await page.waitForSelector('.cq-debug-panel .cq-card', { state: 'attached', timeout: 30_000 });
    const regions = () => page.evaluate(() => {
      const box = (el: Element) => {
        const r = el.getBoundingClientRect();
        return { x: r.left, y: r.top, w: r.width, h: r.height };
      };
      const summary = document.querySelector<HTMLElement>('.cq-summary')!;
      const name = window.__game.probe('hero-name');
      return {
        canvas: box(document.querySelector('#game canvas')!),
        panel: box(document.querySelector('.cq-debug-panel')!),
        summary: summary.textContent ?? '',
        cut: summary.scrollWidth > summary.clientWidth + 1 || summary.scrollHeight > summary.clientHeight + 1,
        name,
      };
    });
    const apart = (a: { x: number; y: number; w: number; h: number }, b: typeof a) => a.x >= b.x + b.w || b.x >= a.x + a.w || a.y >= b.y + b.h || b.y >= a.y + a.h;
    for (const expanded of [false, true]) {
      if (expanded) await page.getByRole('button', { name: 'ひらく', exact: true }).click();
      await expect.poll(async () => { const r = await regions(); return apart(r.canvas, r.panel); }, { timeout: 10_000 }).toBe(true);
      const r = await regions();
      expect(r.canvas.h, `expanded=${expanded}: the game's region`).toBeGreaterThanOrEqual(200);
      expect(r.canvas.y + r.canvas.h).toBeLessThanOrEqual(641);
      expect(r.summary).toMatch(/▶ (ゆうしゃ|スライム|—)/);
      expect(r.cut, `summary cut: ${r.summary}`).toBe(false);
      expect(r.name, 'the hero name probe').not.toBeNull();
      await saveScreenshot(page, `debugger-ja-360x640-${expanded ? 'expanded' : 'strip'}`);
    }
    t.problems.assertClean();
  });
});
