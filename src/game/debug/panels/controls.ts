// Pause, step, step a turn, step back, restart and the speed: the session's controls as buttons.
import type { BattleSnapshot } from '../../../core/battle.ts';
import type { StepResult } from '../../../core/battle.ts';
import { SPEEDS, clampSpeed } from '../../battle/speed.ts';
import { formatSpeed } from '../format.ts';
import type { Panel, PanelContext } from '../panel.ts';

export function controlsPanel(ctx: PanelContext): Panel {
  const { session, T } = ctx;
  const { h, button } = ctx.dom;
  const act = (fn: () => void) => {
    try {
      fn();
      ctx.say('');
    } catch (e) {
      ctx.say(e instanceof Error ? e.message : String(e), true);
    }
    ctx.invalidate();
  };
  const afterStep = (r: StepResult) => {
    if (r.outcome) ctx.say(`${T('over')}: ${r.outcome}`);
    else if (r.waitingFor && !r.resumed) ctx.say(`${ctx.names.get(r.waitingFor) ?? r.waitingFor} ${T('waiting')}`);
    else ctx.say('');
    ctx.invalidate();
  };
  const el = h('div', 'cq-controls');
  const pause = button(T('pause'), () => session.setPaused(!session.control.paused));
  const step = button(T('step'), () => afterStep(session.step()), T('stepHint'));
  const stepTurn = button(T('stepTurn'), () => afterStep(session.stepTurn()));
  const stepBack = button(T('stepBack'), () => act(() => session.stepBack()), T('stepBackHint'));
  const restart = button(T('restart'), () => act(() => session.restart()));
  const speedLabel = h('label', 'cq-speed', `${T('speed')} `);
  const speed = h('select');
  for (const s of SPEEDS) {
    const o = h('option', undefined, formatSpeed(s));
    o.value = String(s);
    speed.append(o);
  }
  speed.addEventListener('change', () => session.setSpeed(clampSpeed(Number(speed.value))));
  speedLabel.append(speed);
  el.append(pause, step, stepTurn, stepBack, restart, speedLabel);

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
  };
}
