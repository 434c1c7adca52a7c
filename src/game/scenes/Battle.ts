import * as Phaser from 'phaser';
import { FLOORS, floorBattle } from '../../core/progress.ts';
import { companionAnswer } from '../../core/auto-party.ts';
import type { BattleOutcome } from '../../core/events.ts';
import type { BattleLog } from '../../core/replay.ts';
import type { Roster } from '../../core/roster.ts';
import { soundFor } from '../audio/sound-map.ts';
import { driveBattle, withCompanions } from '../battle/driver.ts';
import { turnInfo } from '../battle/turn-info.ts';
import { afterBattle } from './battle-end.ts';
import { BattleView } from '../battle/view.ts';
import { CommandMenu } from '../battle/command-menu.ts';
import { gameState, startSpeed, type Run } from '../app/game-state.ts';
import { FastForward, holdToFastForward } from '../battle/fast-forward.ts';
import { activeMenu } from '../ui/menu.ts';
import { shown } from '../app/shown-state.ts';
import { battleLayout } from '../ui/layout.ts';
import { showScene, onResize, showNotices, sleep } from './scene-kit.ts';
import { wireBattleScene } from './battle-wiring.ts';
import { BattleSession } from '../battle/session.ts';
import { Controls } from '../ui/controls.ts';
import { sceneAudio } from '../audio/scene-audio.ts';
import { autoPlayer, stressLog, stressRoster } from '../battle/stress.ts';
import { SPEED_MAX } from '../battle/speed.ts';
import { UI } from '../ui/i18n.ts';
import { MAX_SEED } from '../../core/rng.ts';

/** Backdrop for a one-off fight (?enemy=NAME), matched to where the monster lives in the adventure. */
function backdropFor(enemy: string): string {
  return `bg-${FLOORS.find((f) => f.enemies.includes(enemy))?.terrain ?? 'field'}`;
}

/** The production build has no stress mode (the Preloader never asks for it there), so none of it ships. */
function stressBattle(n: number, seed: number, roster: Roster): BattleLog {
  if (import.meta.env.MODE === 'production') throw new Error('?stress is only in the test build');
  return stressLog(n, seed, roster);
}

/** One fight. The core decides everything; this scene shows it and passes the player's commands back. */
export class Battle extends Phaser.Scene {
  constructor() {
    super('Battle');
  }

  create(run: Run): void {
    const state = gameState();
    const lang = state.settings.lang;
    // ?stress=N: self-playing, HP scaled up (battle/stress.ts); the production build has no stress mode.
    const stress = import.meta.env.MODE !== 'production' && run.kind === 'stress';
    const roster = stress ? stressRoster(state.roster) : state.roster;
    const log: BattleLog = run.kind === 'adventure'
      ? floorBattle(run.progress)
      : run.kind === 'stress' ? stressBattle(run.n, run.seed, roster)
      // A shared link starts from its first step like any battle; its commands are loaded below.
      : run.kind === 'log' ? { ...run.log, commands: [] } : {
          version: 1, mode: 'battle', seed: run.seed, party: [{ kind: 'hero', ...(run.hp ? { hp: run.hp } : {}) }],
          enemies: run.enemies ?? [run.enemy], ...(run.steps ? { maxSteps: run.steps } : {}), commands: [],
        };
    const session = new BattleSession(log, roster, { speed: stress ? state.params.speed ?? SPEED_MAX : startSpeed() });
    const controls = new Controls(this);
    const partySize = log.mode === 'battle' ? log.party.length : 1;
    const layout = battleLayout(this.scale.width, this.scale.height, partySize);
    // Made before the view, which asks it how fast to animate; it reaches the view's window lazily.
    const fastForward = new FastForward(session, () => !activeMenu() && view.box.poke());
    const view = new BattleView(this, controls, session, layout, {
      lang,
      fastForwarding: () => fastForward.active,
      backdrop: run.kind === 'adventure' ? `bg-${FLOORS[run.progress.floor]!.terrain}`
        : run.kind === 'stress' ? 'bg-field' : backdropFor(run.kind === 'log' ? run.log.enemies[0]! : run.enemy),
      reducedMotion: state.settings.reducedMotion,
      textSpeed: stress ? 'instant' : state.settings.textSpeed,
      // Sound's single hook point: each event's sound (one table, soundFor) plays as the view shows
      // it, so the swing lands with "attacks!" and the hit with the damage, not all at once per step.
      onShow: (event) => {
        const id = soundFor(event);
        if (id) state.audio.play(id);
      },
      onLine: (line) => shown.messages.push(line),
    });
    // Holding a key or the pointer fast-forwards the messages and animations (a stress battle is already flat out).
    if (!stress) holdToFastForward(this, fastForward);
    const menu = new CommandMenu(this, controls, lang, layout);
    menu.onTarget = (id) => view.highlight(id);
    onResize(this, (w, h) => {
      const next = battleLayout(w, h, partySize);
      view.layout(next);
      menu.layout(next);
    });
    // A shared link or an imported log is there to be looked at: its end stays on screen, with
    // the debugger, until the player leaves (or steps back into it), instead of cutting to Result.
    let inspecting = run.kind === 'log';
    wireBattleScene(this, session, view, lang, { openOverlay: inspecting, onEnd: () => menu.destroy() });
    session.subscribe({
      onReset: (_battle, reason) => {
        menu.abort();
        if (reason === 'import') inspecting = true;
      },
    });
    if (run.kind === 'log') session.load(run.log);

    shown.result = null;
    shown.messages = [];
    shown.adventure = run.kind === 'adventure' ? run.progress : null;
    showScene(this, 'Battle', {
      session,
      messageWaiting: () => view.box.waiting,
      answer: (command) => menu.inject(command),
      view: () => view.report(),
      probes: new Map([['hero-name', () => {
        const t = view.status.name;
        return { x: t.x, y: t.y, w: t.width, h: t.height, text: t.text, font: Number.parseInt(String(t.style.fontSize), 10), color: String(t.style.color) };
      }]]),
    });
    showNotices(this, () => [view.heroRect()]);
    const boss = session.snapshot().combatants.some((c) => c.side === 'enemy' && c.boss);
    sceneAudio(this, boss ? 'bgm-boss' : 'bgm-battle');

    // Settings' "companions act on their own" is read at each of their turns, so it can change mid-battle.
    const player = stress ? autoPlayer(session) : withCompanions({
      choose: (actor: string) => menu.choose(turnInfo(session.battle, actor, lang)),
      refused: (error: string) => console.warn(`[coroutine-quest] command refused: ${error}`),
    }, (actor) => companionAnswer(session.battle, actor), () => state.settings.companionsAuto === true);
    const play = async (): Promise<BattleOutcome | null> => {
      for (;;) {
        const outcome = await driveBattle(session, view, player);
        if (!inspecting) return outcome;
        if (!(await this.showEnd(session, view, controls, outcome))) return null;
      }
    };
    void play().then(async (outcome) => {
      if (!this.scene.isActive()) return;
      if (outcome === null) return this.scene.start('Title');
      await sleep(this, 500 / session.control.speed);
      if (this.scene.isActive()) this.finish(run, session, outcome);
    });
  }

  /** The end of an inspected log: true when the player stepped back into it, false to leave. */
  private showEnd(session: BattleSession, view: BattleView, controls: Controls, outcome: BattleOutcome): Promise<boolean> {
    const t = UI[gameState().settings.lang];
    view.box.show(t.logEnd(t[outcome]));
    return new Promise((resolve) => {
      const done = (back: boolean) => {
        release();
        unsubscribe();
        this.input.off(Phaser.Input.Events.POINTER_DOWN, leave);
        resolve(back);
      };
      const leave = () => done(false);
      const release = controls.push((key) => (key === 'confirm' || key === 'cancel') && leave());
      const unsubscribe = session.subscribe({ onReset: () => done(true) });
      this.input.on(Phaser.Input.Events.POINTER_DOWN, leave);
    });
  }

  private finish(run: Run, session: BattleSession, outcome: BattleOutcome): void {
    const snap = session.snapshot();
    shown.lastBattle = { log: session.inputLog(), snapshot: snap, events: session.battle.events };
    const turns = snap.turn;
    if (run.kind === 'stress') {
      this.scene.restart({ ...run, seed: (run.seed + 1) % MAX_SEED }); // a stress battle never stops
      return;
    }
    if (run.kind === 'log') {
      this.scene.start('Title'); // not reached: a log's end is inspected (showEnd), not scored
      return;
    }
    if (run.kind === 'single') {
      this.scene.start('Result', { outcome, turns, seed: run.seed, run, cleared: false });
      return;
    }
    const next = afterBattle(run.progress, outcome, { events: session.battle.events, combatants: snap.combatants }, gameState().roster);
    if (next.scene === 'Result') this.scene.start('Result', { outcome, turns, seed: run.progress.seed, run, cleared: next.cleared, progress: next.progress });
    else this.scene.start('Interlude', next.data);
  }
}
