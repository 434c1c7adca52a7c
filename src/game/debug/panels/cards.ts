// One card per coroutine: its state badge, HP as it yielded it, the last values sent and yielded,
// how often it was resumed, how it ended, and the line it is suspended at.
import './cards.css';
import type { Battle, BattleSnapshot, CombatantView } from '../../../core/battle.ts';
import { badgeFor, cardKey, discardedStarts, exitText, faultPlace, formatSent, formatYielded, isAlive, yieldedHp } from '../format.ts';
import { formatYieldLine } from '../source-lines.ts';
import { effectsLabel, effectsText } from '../effects-format.ts';
import type { Panel, PanelContext } from '../panel.ts';

const spriteUrls = import.meta.glob('../../../../assets/sprites/*.png', { eager: true, query: '?url', import: 'default' }) as Record<string, string>;

function spriteUrl(sprite: string): string | null {
  return spriteUrls[`../../../../assets/sprites/${sprite}.png`] ?? null;
}

interface Card {
  readonly root: HTMLElement;
  readonly badge: HTMLElement;
  readonly hp: HTMLElement;
  readonly sent: HTMLElement;
  readonly yielded: HTMLElement;
  readonly resumes: HTMLElement;
  /** ねむり, どく, ぼうぎょ: what the scheduler does to it because of them. */
  readonly effects: HTMLElement;
  readonly exit: HTMLElement;
  readonly where: HTMLElement;
  readonly whereText: HTMLElement;
  readonly whereNote: HTMLElement;
  readonly sourceButton: HTMLButtonElement;
  /** Under the exit: a fault's file:line, opening the source there. */
  readonly faultButton: HTMLButtonElement;
  /** Why its first yield did nothing (a start out of its turn). */
  readonly note: HTMLElement;
  /** What the card was made for (castKey): a card is kept for a new battle only when this is the same. */
  readonly cast: string;
  key: string;
}

const castKey = (c: CombatantView): string => `${c.kind}|${c.side}|${c.sprite}|${c.name.ja}|${c.name.en}`;

export function cardsPanel(ctx: PanelContext): Panel {
  const { h, button } = ctx.dom;
  const { T, lang } = ctx;
  const el = h('section', 'cq-section');
  const list = h('div', 'cq-cards');
  el.append(h('h3', undefined, T('cards')), list);
  const cards = new Map<string, Card>();
  let battle: Battle | null = null;
  let discarded = discardedStarts();

  const field = (parent: HTMLElement, label: string): HTMLElement => {
    const dd = h('dd');
    parent.append(h('dt', undefined, label), dd);
    return dd;
  };

  const makeCard = (c: CombatantView): Card => {
    const root = h('article', `cq-card cq-side-${c.side}`);
    root.dataset.id = c.id;
    const top = h('div', 'cq-card-top');
    const url = spriteUrl(c.sprite);
    if (url) {
      const img = h('img', 'cq-sprite');
      img.src = url;
      img.alt = '';
      img.width = 24;
      img.height = 24;
      img.loading = 'lazy';
      top.append(img);
    } else {
      top.append(h('span', 'cq-sprite cq-sprite-missing', c.name[lang].slice(0, 1)));
    }
    const badge = h('span', 'cq-badge');
    const name = h('span', 'cq-name', c.name[lang]);
    // Each card is an article named by its heading: a screen reader can jump card to card.
    name.id = `cq-card-name-${c.id}`;
    name.setAttribute('role', 'heading');
    name.setAttribute('aria-level', '4');
    root.setAttribute('aria-labelledby', name.id);
    top.append(name, h('span', 'cq-id', c.id), badge);
    const dl = h('dl', 'cq-fields');
    const hp = field(dl, T('hp'));
    const sent = field(dl, T('sent'));
    const yielded = field(dl, T('yielded'));
    const resumes = field(dl, T('resumes'));
    const exit = field(dl, T('exit'));
    // After exit: readers (and tests) that know the five fields by position still find them.
    const effects = field(dl, effectsLabel(lang));
    effects.classList.add('cq-effects');
    const where = h('div', 'cq-where');
    const whereText = h('code', 'cq-where-text');
    const sourceButton = button(T('viewSource'), () => ctx.openSource(c.id));
    sourceButton.classList.add('cq-small');
    sourceButton.setAttribute('aria-label', `${T('viewSource')}: ${c.name[lang]}`);
    const editButton = button(T('editSource'), () => ctx.editSource(c.id));
    editButton.classList.add('cq-small');
    editButton.dataset.action = 'edit';
    editButton.setAttribute('aria-label', `${T('editSource')}: ${c.name[lang]}`);
    const whereNote = h('span', 'cq-note');
    where.append(h('span', 'cq-where-label', `${T('where')}: `), whereText, sourceButton, editButton, whereNote);
    const faultButton = button('', () => {
      const place = faultPlace(lastView.get(c.id) ?? c);
      if (place) ctx.openSource(c.id, place.line);
    });
    faultButton.classList.add('cq-small', 'cq-fault-link');
    faultButton.hidden = true;
    const note = h('p', 'cq-card-note');
    note.hidden = true;
    root.append(top, dl, faultButton, where, note);
    return { root, badge, hp, sent, yielded, resumes, effects, exit, where, whereText, whereNote, sourceButton, faultButton, note, cast: castKey(c), key: '' };
  };

  const lastView = new Map<string, CombatantView>();
  const renderWhere = (card: Card, view: CombatantView): void => {
    const source = ctx.sourceFor(ctx.kindOf.get(view.id) ?? view.kind);
    card.sourceButton.hidden = source === null;
    card.where.hidden = !isAlive(view.state) && source === null;
    card.whereNote.textContent = '';
    if (view.state === 'created') {
      card.whereText.textContent = source ? `${source.file} — ${T('notStarted')}` : T('notStarted');
    } else if (view.state === 'suspended' && source) {
      const line = ctx.yieldLineFor(view, source);
      const stack = line && line.stack.length > 0
        ? `  (${[ctx.names.get(view.id) ?? view.id, ...line.stack.slice(1).map((f) => `${f}()`)].join(' → ')})`
        : '';
      card.whereText.textContent = line ? formatYieldLine(source.file, line) + stack : source.file;
    } else {
      card.whereText.textContent = source ? source.file : T('noSource');
    }
  };

  return {
    el,
    reset(next, snap: BattleSnapshot) {
      battle = next;
      discarded = discardedStarts();
      // The same cast (a seek, a step back): keep the cards; render rewrites only what changed.
      if (cards.size === snap.combatants.length && snap.combatants.every((c) => cards.get(c.id)?.cast === castKey(c))) return;
      cards.clear();
      list.replaceChildren(...snap.combatants.map((c) => {
        const card = makeCard(c);
        cards.set(c.id, card);
        return card.root;
      }));
    },
    render(snap: BattleSnapshot) {
      const thrown = discarded(battle?.events ?? []);
      for (const view of snap.combatants) {
        const card = cards.get(view.id);
        if (!card) continue;
        lastView.set(view.id, view);
        const act = thrown.get(view.id);
        const key = `${cardKey(view)}|${act ?? ''}|${JSON.stringify(view.effects ?? {})}`;
        if (key === card.key) continue;
        card.key = key;
        card.note.hidden = act === undefined;
        card.note.textContent = act === undefined ? '' : `${T('discarded')}: act ${act}`;
        const b = badgeFor(view.state, lang);
        card.badge.className = `cq-badge ${b.className}`;
        card.badge.textContent = `${b.glyph} ${b.word}`;
        card.badge.title = b.title;
        card.root.dataset.state = view.state;
        const hp = yieldedHp(view);
        // A coroutine that returned yields no last HP: show the HP the battle ended it at (the
        // status box and HP bar show it too), with the last value it did yield.
        const ended = Math.max(0, view.hp);
        card.hp.textContent = hp === null ? `— / ${view.maxHp}`
          : !isAlive(view.state) && hp !== ended ? `${ended} / ${view.maxHp} (${T('lastYield')} ${hp})` : `${hp} / ${view.maxHp}`;
        card.sent.textContent = formatSent(view);
        card.yielded.textContent = formatYielded(view);
        card.resumes.textContent = String(view.resumes);
        card.effects.textContent = effectsText(view.effects, lang);
        card.root.classList.toggle('cq-asleep', (view.effects?.sleep ?? 0) > 0);
        const exit = exitText(view);
        card.exit.textContent = exit ?? '—';
        card.exit.classList.toggle('cq-error', view.state === 'errored');
        const place = ctx.sourceFor(ctx.kindOf.get(view.id) ?? view.kind) ? faultPlace(view) : null;
        card.faultButton.hidden = place === null;
        card.faultButton.textContent = place ? `${T('faultAt')} ${place.file}:${place.line}` : '';
        renderWhere(card, view);
      }
    },
  };
}
