// What each coroutine state means, in both languages. It never changes, so it renders nothing.
import './legend.css';
import { LEGEND, TASK_STATES } from '../format.ts';
import { badgeElement, type Panel, type PanelContext } from '../panel.ts';

export function legendPanel(ctx: PanelContext): Panel {
  const { h } = ctx.dom;
  const { lang } = ctx;
  const el = h('section', 'cq-section cq-legend');
  const list = h('dl');
  for (const state of TASK_STATES) {
    const row = h('div', 'cq-legend-row');
    const dt = h('dt');
    dt.append(badgeElement(ctx, state));
    const dd = h('dd', undefined, LEGEND[state][lang]);
    dd.append(h('span', 'cq-legend-other', ` / ${LEGEND[state][lang === 'ja' ? 'en' : 'ja']}`));
    row.append(dt, dd);
    list.append(row);
  }
  el.append(h('h3', undefined, ctx.T('legend')), list);
  return { el, reset() {}, render() {} };
}
