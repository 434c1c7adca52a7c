// The playground test's page helpers: the editor's text (inside its shadow root), the status line,
// typing a whole file and applying it, and screenshots into /tmp/play/.
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { GameApi } from '../../src/game/testing/game-api';

declare const window: { __game: GameApi };

const SHOTS = '/tmp/play';

/** The hero's command window is open and answered with Enter (Attack, then the only target). */
export async function attackWithKeys(p: Page): Promise<void> {
  const step = await p.evaluate(() => window.__game.snapshot()!.step);
  await p.waitForFunction(() => window.__game.menu()?.id === 'command', null, { timeout: 60_000, polling: 50 });
  await p.keyboard.press('Enter');
  await p.waitForFunction((s) => window.__game.menu()?.id !== 'command' && window.__game.snapshot()!.step > s, step, { timeout: 30_000, polling: 50 }).catch(async () => {
    // A target window for the one slime: Enter again.
    await p.keyboard.press('Enter');
  });
  await p.waitForFunction((s) => window.__game.snapshot()!.step > s + 1, step, { timeout: 30_000, polling: 50 });
}

export const editorText = (p: Page) => p.evaluate(() => [...document.querySelector('.cq-play-code')!.shadowRoot!.querySelectorAll('.cm-line')].map((l) => l.textContent).join('\n'));
export const statusOf = (p: Page) => p.evaluate(() => {
  const s = document.querySelector<HTMLElement>('.cq-play-status');
  return { text: s?.textContent ?? '', state: s?.dataset.state ?? '' };
});

/** Replaces the editor's text by typing (select all, insert), then applies with Ctrl+Enter. */
export async function typeAndApply(p: Page, text: string, expectState: 'applied' | 'error'): Promise<string> {
  await p.click('.cq-play .cm-content');
  // Select all and delete first: Chrome's own editing, replacing a selection of highlighted text
  // in one go, adds a style attribute that the page's CSP refuses (a console error, nothing else).
  await p.keyboard.press('Control+A');
  await p.keyboard.press('Backspace');
  // Without the last newline, which Chrome's insertion into an empty editor doubles.
  await p.keyboard.insertText(text.trimEnd());
  expect(await editorText(p)).toBe(text.trimEnd());
  await p.evaluate(() => {
    const s = document.querySelector<HTMLElement>('.cq-play-status')!;
    s.textContent = '';
    s.dataset.state = '';
  });
  await p.keyboard.press('Control+Enter');
  await p.waitForFunction(() => /^(applied|error)$/.test(document.querySelector<HTMLElement>('.cq-play-status')?.dataset.state ?? ''), null, { timeout: 30_000, polling: 50 });
  const status = await statusOf(p);
  expect(status.state, status.text).toBe(expectState);
  return status.text;
}

export async function shot(p: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  writeFileSync(`${SHOTS}/${name}.png`, await p.screenshot({ type: 'png' }));
}
