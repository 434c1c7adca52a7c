// Other bad input: hostile localStorage, hostile URL parameters and a missing sprite.
// Each must give defaults and a notice, put nothing from the input into the page as HTML, and
// leave the game playable, with no console error and no page error.
import { describe, expect, it } from 'vitest';
import { openGame, useBrowser } from './browser';
import { FAST, playToResult, waitMenu, waitScene } from './game';

declare const window: { __game: import('../../src/game/testing/game-api').GameApi; __alerts: string[]; __csp: string[]; alert: (m?: unknown) => void };

/** Every key the game keeps in localStorage (src/game/storage/settings.ts, storage/audio-settings.ts, debug/format.ts). */
const KEYS = {
  settings: 'coroutine-quest.settings',
  progress: 'coroutine-quest.progress',
  audio: 'coroutine-quest.audio',
  debug: 'cq.debug',
} as const;

const HUGE = 'x'.repeat(1 << 20); // 1 MB

const HOSTILE: Record<string, Record<keyof typeof KEYS, string>> = {
  'invalid JSON': { settings: '{"lang":', progress: '{not json', audio: 'NaN}', debug: '<script>alert(1)</script>' },
  'wrong types': {
    settings: JSON.stringify({ lang: 5, reducedMotion: 'yes', textSpeed: ['fast'] }),
    progress: JSON.stringify({ seed: 'x', floor: -1, hp: null, mp: {} }),
    audio: JSON.stringify([true, 2, 'loud']),
    debug: JSON.stringify({ open: true }),
  },
  'a 1 MB string': { settings: HUGE, progress: HUGE, audio: HUGE, debug: HUGE },
};

const NOTICES = ['Settings were unreadable and have been reset', 'Sound settings were unreadable and have been reset', 'The save was corrupt and has been reset'];

describe('bad input', () => {
  const t = useBrowser();

  it.each(Object.keys(HOSTILE))('hostile localStorage (%s) in every key: defaults, a notice, no crash', async (name) => {
    const values = HOSTILE[name]!;
    // Written before the game's scripts run; only on the first load, so the game's reset can be read back.
    await t.context.addInitScript((entries: [string, string][]) => {
      if (sessionStorage.getItem('seeded')) return;
      sessionStorage.setItem('seeded', '1');
      for (const [k, v] of entries) localStorage.setItem(k, v);
    }, Object.entries(KEYS).map(([k, key]) => [key, values[k as keyof typeof KEYS]] as [string, string]));
    await openGame(t.page, '');
    await waitScene(t.page, 'Title');
    const title = await t.page.evaluate(() => ({ notices: [...window.__game.notices], menu: window.__game.menu(), lang: window.__game.lang }));
    expect(title.notices).toEqual(expect.arrayContaining(NOTICES));
    expect(title.lang).toBe('en'); // the browser's language, the default
    expect(title.menu?.items.find((i) => i.label === 'Continue')?.enabled).toBe(false);
    // Reset means reset: storage now holds valid defaults (or nothing, for the save).
    const stored = await t.page.evaluate((keys) => Object.fromEntries(Object.values(keys).map((k) => [k, localStorage.getItem(k)])), KEYS);
    expect(JSON.parse(stored[KEYS.settings]!)).toMatchObject({ lang: 'en', textSpeed: 'normal' });
    expect(JSON.parse(stored[KEYS.audio]!)).toEqual({ muted: false, music: 0.6, sfx: 0.8 });
    expect(stored[KEYS.progress]).toBeNull();
    // Still playable (checked once, to keep the run short): a new adventure starts, and its battle
    // comes up with the overlay, which reads cq.debug.
    if (name === 'invalid JSON') {
      await t.page.keyboard.press('Enter');
      await waitScene(t.page, 'Battle');
      expect(await waitMenu(t.page, 'command')).not.toBeNull();
    }
    t.problems.assertClean();
  });

  it('hostile URL parameters: defaults and a notice each, nothing from the URL in the page (under the CSP)', async () => {
    await t.context.addInitScript(() => {
      window.__alerts = [];
      window.alert = (m?: unknown) => void window.__alerts.push(String(m));
      window.__csp = [];
      document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    const refused: string[] = [];
    t.page.on('console', (msg) => {
      if (/Refused to|Content.Security.Policy/i.test(msg.text())) refused.push(`${msg.type()}: ${msg.text()}`);
    });
    t.page.on('dialog', (d) => void d.dismiss());
    const hostile = new URLSearchParams({ seed: 'abc', enemy: '../../x', speed: '1e309', lang: '<script>alert(1)</script>' });
    await openGame(t.page, `?${hostile}`);
    await waitScene(t.page, 'Title');
    const page = await t.page.evaluate(() => ({
      notices: [...window.__game.notices],
      lang: window.__game.lang,
      html: document.body.innerHTML,
      elements: [...document.body.querySelectorAll('*:not(#cq-a11y, #cq-a11y *)')].map((e) => e.tagName.toLowerCase()),
      // The screen-reader mirror beside the canvas (src/game/a11y), which reads the notices out.
      mirror: [...document.querySelectorAll('#cq-a11y, #cq-a11y *')].map((e) => e.tagName.toLowerCase()),
      scripts: document.scripts.length,
      alerts: window.__alerts,
    }));
    expect(page.notices.filter((n) => /^\?(seed|enemy|speed|lang)=/.test(n)).map((n) => n.slice(0, n.indexOf('='))).sort()).toEqual(['?enemy', '?lang', '?seed', '?speed']);
    expect(page.notices.join('\n')).toContain('?lang="<script>alert(1)</script>" ignored: expected ja or en');
    expect(page.lang).toBe('en');
    expect(page.html).not.toContain('<script>alert');
    expect(page.html).not.toContain('alert(1)');
    expect(new Set(page.elements)).toEqual(new Set(['main', 'canvas']));
    expect([...new Set(page.mirror)].filter((tag) => !['section', 'h1', 'div', 'p', 'ul', 'li'].includes(tag))).toEqual([]);
    expect(page.scripts).toBe(1); // the bundle's own module script
    expect(page.alerts).toEqual([]);

    // The same in a battle, with the DOM overlay open (it shows the seed, the speed and the names).
    const battle = new URLSearchParams({ enemy: 'slime', debug: '1', seed: '<img src=x onerror=alert(2)>', speed: '1e309', lang: '"><svg onload=alert(3)>' });
    await openGame(t.page, `?${battle}&text=instant`);
    await waitScene(t.page, 'Battle');
    await waitMenu(t.page, 'command');
    await t.page.waitForSelector('.cq-debug-panel');
    const inBattle = await t.page.evaluate(() => ({
      html: document.body.innerHTML,
      // The overlay's own sprite thumbnails are the only images; no handler attribute anywhere.
      injected: [...document.querySelectorAll('svg, [onerror], [onload], img:not(.cq-sprite)')].map((e) => e.outerHTML),
      speed: window.__game.control()?.speed,
      alerts: window.__alerts,
      csp: window.__csp,
      // The overlay's stylesheet applied (one the CSP blocked would leave the panel in the flow).
      panel: getComputedStyle(document.querySelector('.cq-debug-panel')!).position,
    }));
    expect(inBattle.html).not.toMatch(/<img src=x|<svg onload|alert\([23]\)/);
    expect(inBattle.injected).toEqual([]);
    expect(inBattle.speed).toBe(1);
    expect(inBattle.alerts).toEqual([]);
    // The built game ran under its Content-Security-Policy (dist/index.html) without a violation.
    expect(inBattle.csp).toEqual([]);
    expect(inBattle.panel).not.toBe('static');
    expect(refused).toEqual([]);
    t.problems.assertClean();
  });

  it('a missing sprite: a stand-in and a notice, and the battle plays to Result', async () => {
    await t.page.route(/\/assets\/slime-[\w-]+\.png$/, (route) => route.fulfill({ status: 404, body: 'gone' }));
    t.problems.allow(/slime-[\w-]+\.png/);
    t.problems.allow(/Failed to load resource: the server responded with a status of 404/);
    await openGame(t.page, `?enemy=slime&seed=11&lang=en&${FAST}`);
    await waitScene(t.page, 'Battle');
    expect(await t.page.evaluate(() => window.__game.notices)).toContain('Image slime is missing; using a stand-in');
    await playToResult(t.page, () => t.page.keyboard.press('Enter'));
    expect(await t.page.evaluate(() => window.__game.result?.outcome)).toBe('victory');
    t.problems.assertClean();
  });
});
