// Pause, step, step a turn, step back, restart and the speed: the session's controls as buttons,
// each with its own key (P N T B R), active only while the debugger is open (overlay.ts).
import type { BattleSnapshot } from '../../../core/battle.ts';
import type { StepResult } from '../../../core/battle.ts';
import { SPEEDS, clampSpeed } from '../../battle/speed.ts';
import { DEBUG_KEYS, formatSpeed, type DebugAction } from '../format.ts';
import type { Panel, PanelContext } from '../panel.ts';
import { stepAnnouncement } from '../../a11y/step-announcement.ts';

export interface ControlsPanel extends Panel {
  /** Runs one control as its button would; false when it cannot run now (a disabled button). */
  run(action: DebugAction): boolean;
}

export function controlsPanel(ctx: PanelContext): ControlsPanel {
  const { session, T } = ctx;
  const { h, button } = ctx.dom;
  // Every control that moves the core snaps the screen to it: no animation queue builds up.
  const act = (fn: () => void) => {
    try {
      fn();
      session.snap();
      ctx.say('');
    } catch (e) {
      ctx.say(e instanceof Error ? e.message : String(e), true);
    }
    ctx.invalidate();
  };
  // A step says what it did in the status line (role=status): its trace line and the states it
  // left (a11y/step-announcement.ts), then why it stopped, if it did.
  const stepped = (run: () => StepResult) => {
    const before = session.snapshot();
    const from = session.battle.ledger().length;
    const r = run();
    session.snap();
    const did = stepAnnouncement(session.battle.ledger().slice(from), before, session.snapshot(), ctx.names);
    const why = r.outcome ? `${T('over')}: ${r.outcome}`
      : r.waitingFor && !r.resumed ? `${ctx.names.get(r.waitingFor) ?? r.waitingFor} ${T('waiting')}` : '';
    ctx.say([did, why].filter((s) => s !== '').join(' — '));
    ctx.invalidate();
  };
  const actions: Record<DebugAction, () => void> = {
    pause: () => session.setPaused(!session.control.paused),
    step: () => stepped(() => session.step()),
    stepTurn: () => stepped(() => session.stepTurn()),
    stepBack: () => act(() => session.stepBack()),
    restart: () => act(() => session.restart()),
  };
  const el = h('div', 'cq-controls');
  const buttons = new Map<DebugAction, HTMLButtonElement>();
  const make = (action: DebugAction, label: string, hint?: string): HTMLButtonElement => {
    const b = button(label, actions[action], hint);
    // The key is drawn after the label by CSS (data-key), with an empty alternative text, so the
    // button still reads "Pause", not "Pause P"; aria-keyshortcuts tells assistive tech.
    b.dataset.key = DEBUG_KEYS[action];
    b.setAttribute('aria-keyshortcuts', DEBUG_KEYS[action]);
    buttons.set(action, b);
    return b;
  };
  const pause = make('pause', T('pause'));
  const step = make('step', T('step'), T('stepHint'));
  const stepTurn = make('stepTurn', T('stepTurn'));
  const stepBack = make('stepBack', T('stepBack'), T('stepBackHint'));
  make('restart', T('restart'));
  const speedLabel = h('label', 'cq-speed', `${T('speed')} `);
  const speed = h('select');
  for (const s of SPEEDS) {
    const o = h('option', undefined, formatSpeed(s));
    o.value = String(s);
    speed.append(o);
  }
  speed.addEventListener('change', () => session.setSpeed(clampSpeed(Number(speed.value))));
  speedLabel.append(speed);
  el.append(...buttons.values(), speedLabel);

  return {
    el,
    reset() {},
    render(snap: BattleSnapshot) {
      const c = session.control;
      pause.textContent = c.paused ? T('resume') : T('pause');
      pause.setAttribute('aria-pressed', String(c.paused));
      if (speed.value !== String(c.speed)) speed.value = String(c.speed);
      stepBack.disabled = snap.step === 0;
      const over = snap.outcome !== null;
      step.disabled = over;
      stepTurn.disabled = over;
    },
    run(action) {
      // The buttons' states are drawn once a frame; read the session, not a stale `disabled`.
      const snap = session.snapshot();
      const blocked = (action === 'stepBack' && snap.step === 0) || ((action === 'step' || action === 'stepTurn') && snap.outcome !== null);
      if (blocked) return false;
      actions[action]();
      return true;
    },
  };
}
