// A share link with code in it (code-link.ts) is someone else's code: before the battle opens, the
// player is told what the link holds and asked. Yes: each file is compiled and swapped in through
// the playground's sandbox (apply-edit.ts), exactly like Apply. No: the shipped monsters play.
// Nothing from the link is stored. A corrupt link, or a file that does not compile, is a notice.
import './editor.css';
import type { Lang, LocalText } from '../../core/protocol.ts';
import { createApplier } from './apply-edit.ts';
import { readCodeParam } from './code-link.ts';
import { rememberLinkedCode } from './linked-code.ts';

const question = (n: number): LocalText => ({
  en: `This link contains code for ${n} monster${n === 1 ? '' : 's'}: run it?`,
  ja: `この リンク には ${n} たい の モンスター の コード が あります。うごかしますか?`,
});
const WORDS = {
  run: { en: 'Run it', ja: 'うごかす' },
  decline: { en: 'No, play the shipped monsters', ja: 'いいえ (もとの モンスター で あそぶ)' },
  note: { en: 'It runs in a sandbox without access to this page or your data, and is not saved.', ja: 'この ページ や データ に さわれない サンドボックス で うごきます。ほぞん は しません。' },
  declined: { en: 'The link\'s code was not run: the shipped monsters play', ja: 'リンク の コード は うごかしません。もとの モンスター で あそびます' },
} as const;

/** The question as a dialog over the game; resolves true for Run. */
function ask(files: readonly string[], lang: Lang): Promise<boolean> {
  const el = document.createElement('div');
  el.className = 'cq-consent';
  el.dataset.consent = 'ask';
  el.setAttribute('role', 'alertdialog');
  el.setAttribute('lang', lang);
  const text = document.createElement('p');
  text.textContent = question(files.length)[lang];
  text.id = 'cq-consent-q';
  el.setAttribute('aria-labelledby', text.id);
  const list = document.createElement('ul');
  for (const f of files) list.append(Object.assign(document.createElement('li'), { textContent: f }));
  const note = Object.assign(document.createElement('p'), { textContent: WORDS.note[lang], className: 'cq-consent-note' });
  const row = document.createElement('div');
  row.className = 'cq-consent-row';
  el.append(text, list, note, row);
  return new Promise((resolve) => {
    for (const choice of ['run', 'decline'] as const) {
      const b = Object.assign(document.createElement('button'), { type: 'button', textContent: WORDS[choice][lang], className: 'cq-btn cq-play-btn' });
      b.dataset.consent = choice;
      b.addEventListener('click', () => {
        el.remove();
        resolve(choice === 'run');
      });
      row.append(b);
    }
    // Keys answer the dialog, never the game behind it.
    el.addEventListener('keydown', (e) => {
      e.stopPropagation();
      if (e.key === 'Escape') row.querySelector<HTMLButtonElement>('[data-consent="decline"]')!.click();
    });
    document.body.append(el);
    row.querySelector<HTMLButtonElement>('[data-consent="decline"]')!.focus();
  });
}

/** The player's own stored edits (src/game/storage/playground-edits.ts), swapped in at start-up. */
export async function runStoredEdits(files: Readonly<Record<string, string>>, notice: (text: LocalText) => void): Promise<void> {
  const applier = await createApplier();
  for (const file of Object.keys(files).sort()) {
    const outcome = applier.apply(files[file]!, file);
    if (!outcome.ok) notice({ en: `Your saved ${file} was not run: ${outcome.message}`, ja: `ほぞん した ${file} は うごかしません: ${outcome.message}` });
  }
}

/** Reads the link's code, asks, and swaps in what the player agreed to; problems go to `notice`. */
export async function runLinkedCode(hash: string, lang: Lang, notice: (text: LocalText) => void): Promise<void> {
  const read = readCodeParam(hash);
  if (read === null) return;
  if (!read.ok) {
    notice(read.message);
    return;
  }
  const files = Object.keys(read.files).sort();
  if (!(await ask(files, lang))) {
    notice(WORDS.declined);
    return;
  }
  const applier = await createApplier();
  for (const file of files) {
    const outcome = applier.apply(read.files[file]!, file);
    if (!outcome.ok) notice({ en: `${file} from the link was not run: ${outcome.message}`, ja: `リンク の ${file} は うごかしません: ${outcome.message}` });
    // What runs is what Edit opens and Share passes on.
    else rememberLinkedCode({ [file]: read.files[file]! });
  }
}
