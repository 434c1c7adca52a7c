// Save and share: the battle as a log file (version 2, docs/log-format.md), a Vitest file that replays it, importing a log, and a
// share link with the log in its fragment.
import { copyText, downloadText, logFileName, vitestFileFor } from '../export.ts';
import { exportLogText, importLogText, shareLink } from '../log-actions.ts';
import type { Panel, PanelContext } from '../panel.ts';

export function saveSharePanel(ctx: PanelContext): Panel {
  const { session, T, lang } = ctx;
  const { h, button, doc } = ctx.dom;
  const el = h('section', 'cq-section cq-io');
  const fileInput = h('input');
  fileInput.type = 'file';
  fileInput.accept = 'application/json,.json';
  fileInput.className = 'cq-file';
  const fileLabel = h('label', 'cq-btn cq-file-label', T('importLog'));
  fileLabel.append(fileInput);
  const shareOut = h('input', 'cq-share-url');
  shareOut.readOnly = true;
  shareOut.hidden = true;
  shareOut.setAttribute('aria-label', T('share'));
  shareOut.addEventListener('focus', () => shareOut.select());

  const exportLog = (): void => {
    const log = session.inputLog();
    downloadText(logFileName(log, '.json'), exportLogText(session), 'application/json', doc);
  };
  const exportTest = (): void => {
    const log = session.inputLog();
    const snap = session.snapshot();
    const text = vitestFileFor(log, session.battle.events, snap.outcome === null ? snap.step : null);
    downloadText(logFileName(log, '.test.ts'), text, 'text/plain', doc);
  };
  const importFile = async (): Promise<void> => {
    const file = fileInput.files?.[0];
    fileInput.value = '';
    if (!file) return;
    let text: string;
    try {
      text = await file.text();
    } catch (e) {
      ctx.say(`${file.name}: ${e instanceof Error ? e.message : String(e)}`, true);
      return;
    }
    try {
      const r = importLogText(session, text, file.name, lang);
      ctx.say(r.message || T('imported'), !r.ok);
    } catch (e) {
      ctx.say(`${file.name}: ${e instanceof Error ? e.message : String(e)}`, true);
    }
    ctx.invalidate();
  };
  const share = async (): Promise<void> => {
    const link = shareLink(session, (doc.defaultView ?? window).location.href);
    if (!link.ok) {
      ctx.say(link.problem.message[lang], true);
      return;
    }
    shareOut.value = link.url;
    shareOut.hidden = false;
    const ok = await copyText(link.url, doc);
    ctx.say(ok ? T('shared') : T('copyFailed'), !ok);
  };
  fileInput.addEventListener('change', () => void importFile());

  el.append(
    h('h3', undefined, T('io')),
    button(T('exportLog'), exportLog),
    button(T('exportTest'), exportTest),
    fileLabel,
    button(T('share'), () => void share()),
    shareOut,
  );
  return { el, reset() {}, render() {} };
}
