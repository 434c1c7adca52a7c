// WCAG AA (4.5:1 for text) for the debugger's colours, read from its CSS files, so a colour
// changed there is checked here; and the canvas windows' text colours on their black fill.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contrastRatio, over, parseColor, type Rgba } from '../../../src/game/a11y/contrast.ts';
import { COLORS } from '../../../src/game/ui/theme.ts';

const css = (file: string) => readFileSync(new URL(`../../../src/game/debug/${file}`, import.meta.url), 'utf8');
const overlayCss = css('overlay.css');
const allCss = [overlayCss, css('panels/queue.css'), css('panels/messages.css'), css('panels/trace.css'), css('tabs.css')].join('\n');

/** A custom property of the `.cq-debug` block: `--cq-fg` → its colour. */
function variable(name: string): string {
  const block = /\.cq-debug \{([^}]*)\}/.exec(overlayCss)![1]!;
  return new RegExp(`${name}:\\s*([^;]+);`).exec(block)![1]!.trim();
}

/** A declaration of the rule whose selector is exactly `selector` (var() resolved). */
function decl(selector: string, prop: string): string {
  const escaped = selector.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const body = new RegExp(`(?:^|\\n)${escaped}\\s*\\{([^}]*)\\}`).exec(allCss)?.[1];
  if (body === undefined) throw new Error(`no rule ${selector}`);
  const value = new RegExp(`(?:^|[;{\\s])${prop}:\\s*([^;]+);`).exec(body)?.[1]?.trim();
  if (value === undefined) throw new Error(`${selector} has no ${prop}`);
  const v = /^var\((--[\w-]+)\)$/.exec(value);
  return v ? variable(v[1]!) : value;
}

const c = parseColor;
const BLACK = c('#000000');
const WHITE = c('#ffffff');

describe('debugger colours (WCAG AA, 4.5:1)', () => {
  // The panel is 94% opaque over the game: check it over the darkest and the brightest backdrop.
  const panelOver = (under: Rgba) => over(c(variable('--cq-bg')), under);
  const backdrops = { 'panel over black': panelOver(BLACK), 'panel over white': panelOver(WHITE) };
  const button = c(decl('.cq-btn', 'background'));
  const chip = c(decl('.cq-chip', 'background'));
  const fg = c(variable('--cq-fg'));
  const pairs: [string, Rgba, Rgba][] = [];
  for (const [where, bg] of Object.entries(backdrops)) {
    pairs.push([`text on ${where}`, fg, bg], [`dim text on ${where}`, c(variable('--cq-dim')), bg],
      [`accent on ${where}`, c(variable('--cq-accent')), bg], [`error text on ${where}`, c(decl('.cq-error', 'color')), bg],
      // The trace and message lists lay a 35% black over the panel; a selected row a 28% yellow.
      [`dim marker on a list, ${where}`, c(variable('--cq-dim')), over(c('rgba(0, 0, 0, 0.35)'), bg)],
      [`selected row on ${where}`, fg, over(c('rgba(255, 216, 74, 0.28)'), over(c('rgba(0, 0, 0, 0.35)'), bg))]);
  }
  pairs.push(
    ['button label', fg, button],
    ['button label (hover)', fg, c(decl('.cq-btn:hover', 'background'))],
    ["a button's key label", c(variable('--cq-dim')), button],
    ['selected tab', c(decl(".cq-btn.cq-tab[aria-selected='true']", 'color')), c(decl(".cq-btn.cq-tab[aria-selected='true']", 'background'))],
    ['queue chip', fg, chip],
    ['current chip', c(decl('.cq-chip.cq-current', 'color')), c(decl('.cq-chip.cq-current', 'background'))],
    // A chip that left the queue is struck through and drawn at 60% opacity.
    ['chip that left', over(fg, chip, Number(decl('.cq-chip.cq-gone', 'opacity'))), chip],
  );
  for (const state of ['created', 'suspended', 'running', 'closed', 'errored', 'cancelled']) {
    const rule = new RegExp(`\\.cq-state-${state} \\{ color: ([^;]+); background: ([^;]+);`).exec(overlayCss);
    if (!rule) throw new Error(`no badge colours for ${state}`);
    pairs.push([`${state} badge`, c(rule[1]!), c(rule[2]!)]);
  }

  it.each(pairs)('%s', (_what, text, bg) => {
    expect(contrastRatio(text, bg)).toBeGreaterThanOrEqual(4.5);
  });

  it('the check itself: black on white is 21, a grey that fails is caught', () => {
    expect(contrastRatio(BLACK, WHITE)).toBeCloseTo(21, 5);
    expect(contrastRatio(c('#777777'), WHITE)).toBeLessThan(4.5);
    expect(contrastRatio(c('#767676'), WHITE)).toBeGreaterThanOrEqual(4.5);
  });
});

describe('canvas window text on the black window fill (WCAG AA, 4.5:1)', () => {
  it.each(Object.entries(COLORS))('%s', (_name, color) => {
    expect(contrastRatio(c(color), BLACK)).toBeGreaterThanOrEqual(4.5);
  });
});
