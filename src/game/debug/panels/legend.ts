// What each coroutine state means, in both languages, and the debugger's keys. It never changes,
// so it renders nothing. `running` is not listed: the debugger never draws one (format.ts).
import './legend.css';
import { DEBUG_KEYS, LEGEND, SHOWN_STATES, type DebugAction, type TextKey } from '../format.ts';
import { badgeElement, type Panel, type PanelContext } from '../panel.ts';

const KEY_WORDS: Readonly<Record<DebugAction, TextKey>> = { pause: 'pause', step: 'step', stepTurn: 'stepTurn', stepBack: 'stepBack', restart: 'restart' };

export function legendPanel(ctx: PanelContext): Panel {
  const { h } = ctx.dom;
  const { lang, T } = ctx;
  const el = h('section', 'cq-section cq-legend');
  const list = h('dl');
  for (const state of SHOWN_STATES) {
    const row = h('div', 'cq-legend-row');
    const dt = h('dt');
    dt.append(badgeElement(ctx, state));
    const dd = h('dd', undefined, LEGEND[state][lang]);
    dd.append(h('span', 'cq-legend-other', ` / ${LEGEND[state][lang === 'ja' ? 'en' : 'ja']}`));
    row.append(dt, dd);
    list.append(row);
  }
  const keys = h('dl', 'cq-keys');
  const key = (k: string, what: string) => {
    const row = h('div', 'cq-legend-row');
    const dt = h('dt');
    dt.append(h('kbd', 'cq-key', k));
    row.append(dt, h('dd', undefined, what));
    keys.append(row);
  };
  key('`', T('keyToggle'));
  for (const [action, k] of Object.entries(DEBUG_KEYS) as [DebugAction, string][]) {
    key(k, action === 'pause' ? `${T('pause')} / ${T('resume')}` : T(KEY_WORDS[action]));
  }
  el.append(h('h3', undefined, T('legend')), list, h('h3', undefined, T('keys')), keys);
  return { el, reset() {}, render() {} };
}
