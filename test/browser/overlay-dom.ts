// Reading the debug overlay's DOM in a browser test, and driving its session through the test
// build's window.__game: shared by overlay.test.ts and overlay-sync.test.ts.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { BattleSnapshot } from '../../src/core/battle';
import type { GameTestApi } from '../../src/game/testing/test-api';

declare const window: { __game: GameTestApi; __cqBattle?: unknown };

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface CardDom {
  id: string;
  state: string;
  badge: string;
  exit: string;
  where: string;
  note: string;
}

export interface OverlayDom {
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
export async function readOverlay(page: Page): Promise<OverlayDom> {
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
export function expectOneResume(prev: OverlayDom, next: OverlayDom): void {
  expect(next.ops.slice(0, prev.ops.length)).toEqual(prev.ops);
  const added = next.ops.slice(prev.ops.length);
  const what = `new ledger entries at step ${next.snapshot.step}: ${added.join(', ')}`;
  expect(added.filter((op) => op === 'next').length, what).toBe(1);
  expect(added.every((op) => op === 'next' || op === 'return'), what).toBe(true);
}

/** The whole observable state: the core's snapshot and event log. */
export async function stateJson(page: Page): Promise<string> {
  return page.evaluate(() => JSON.stringify({ snapshot: window.__game.snapshot(), events: window.__game.events }));
}

export async function overlayOpen(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const host = document.querySelector<HTMLElement>('.cq-debug');
    const panel = document.querySelector<HTMLElement>('.cq-debug-panel');
    if (!host || !panel) throw new Error('the overlay is not mounted');
    const shown = host.dataset.open === 'true';
    if (shown === panel.hidden) throw new Error(`data-open=${host.dataset.open} but panel.hidden=${panel.hidden}`);
    return shown;
  });
}

export async function control(page: Page): Promise<{ paused: boolean; sameBattle: boolean; step: number; speed: number }> {
  return page.evaluate(() => {
    const s = window.__game.session!;
    return { paused: s.control.paused, sameBattle: s.battle === window.__cqBattle, step: s.snapshot().step, speed: s.control.speed };
  });
}

/**
 * The hero waits for the player. The command window opens only while the game runs: resume, wait
 * for it, pause again, then answer it (the driver then waits while paused). Attacks the first foe.
 */
export async function answerCommand(page: Page): Promise<void> {
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
export function checkWhere(where: string, note: string): void {
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
