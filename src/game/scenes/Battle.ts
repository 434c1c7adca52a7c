import * as Phaser from 'phaser';
import { FLOORS, advance, floorBattle, isComplete } from '../../core/adventure.ts';
import type { BattleOutcome } from '../../core/events.ts';
import type { BattleLog } from '../../core/replay.ts';
import { soundFor } from '../audio/sound-map.ts';
import { driveBattle } from '../battle-driver.ts';
import { BattleView } from '../battle-view.ts';
import { CommandMenu } from '../command-menu.ts';
import { gameState, heroStats, storeProgress, type Run } from '../game-state.ts';
import { attachHotSwap } from '../hot-swap.ts';
import { battleLayout } from '../layout.ts';
import { mountDebugOverlay } from '../overlay-hook.ts';
import { markReady, onResize, showNotices, sleep } from '../scene-kit.ts';
import { BattleSession } from '../session.ts';
import { hooks } from '../test-api.ts';
import { Controls } from '../ui/controls.ts';
import { activeMenu } from '../ui/menu.ts';
import { sceneAudio } from '../sound.ts';
import { autoPlayer, stressLog, stressRoster } from '../stress.ts';
import { SPEED_MAX } from '../params.ts';
import { MAX_SEED } from '../../core/rng.ts';

/** Backdrop for a one-off fight (?enemy=NAME), matched to where the monster lives in the adventure. */
function backdropFor(enemy: string): string {
  return `bg-${FLOORS.find((f) => f.enemies.includes(enemy))?.terrain ?? 'field'}`;
}

/** One fight. The core decides everything; this scene shows it and passes the player's commands back. */
export class Battle extends Phaser.Scene {
  constructor() {
    super('Battle');
  }

  create(run: Run): void {
    const state = gameState();
    const lang = state.settings.lang;
    const stress = run.kind === 'stress'; // ?stress=N: self-playing, HP scaled up (stress.ts)
    const roster = stress ? stressRoster(state.roster) : state.roster;
    const log: BattleLog = run.kind === 'adventure'
      ? floorBattle(run.progress)
      : run.kind === 'stress' ? stressLog(run.n, run.seed, roster) : {
          version: 1, mode: 'battle', seed: run.seed, party: [{ kind: 'hero', ...(run.hp ? { hp: run.hp } : {}) }],
          enemies: run.enemies ?? [run.enemy], ...(run.steps ? { maxSteps: run.steps } : {}), commands: [],
        };
    const session = new BattleSession(log, roster, { speed: state.params.speed ?? (stress ? SPEED_MAX : 1) });
    const controls = new Controls(this);
    const layout = battleLayout(this.scale.width, this.scale.height);
    const view = new BattleView(this, controls, session, layout, {
      lang,
      backdrop: run.kind === 'adventure' ? `bg-${FLOORS[run.progress.floor]!.terrain}` : run.kind === 'stress' ? 'bg-field' : backdropFor(run.enemy),
      reducedMotion: state.settings.reducedMotion,
      textSpeed: stress ? 'instant' : state.settings.textSpeed,
      // Sound's single hook point: each event's sound (one table, soundFor) plays as the view shows
      // it, so the swing lands with "attacks!" and the hit with the damage, not all at once per step.
      onShow: (event) => {
        const id = soundFor(event);
        if (id) state.audio.play(id);
      },
      onLine: (line) => hooks.messages.push(line),
    });
    const menu = new CommandMenu(this, controls, lang, layout);
    menu.onTarget = (id) => view.highlight(id);
    onResize(this, (w, h) => {
      const next = battleLayout(w, h);
      view.layout(next);
      menu.layout(next);
    });

    const unmountOverlay = mountDebugOverlay(session, lang);
    attachHotSwap(this, session, lang); // dev: a saved combatant file replays this battle with the new code
    session.subscribe({ onReset: () => menu.abort() });

    // A click or tap outside a menu advances the message window.
    this.input.on(Phaser.Input.Events.POINTER_DOWN, () => {
      if (!activeMenu()) view.box.poke();
    });

    markReady(this, 'Battle');
    hooks.session = session;
    hooks.result = null;
    hooks.messages = [];
    hooks.menu = () => activeMenu()?.describe() ?? null;
    hooks.messageWaiting = () => view.box.waiting;
    hooks.sendCommand = (command) => menu.inject(command);
    hooks.probes.set('hero-name', () => {
      const t = view.status.name;
      return { x: t.x, y: t.y, w: t.width, h: t.height, text: t.text, font: Number.parseInt(String(t.style.fontSize), 10) };
    });
    showNotices(this);
    const boss = session.snapshot().combatants.some((c) => c.side === 'enemy' && c.boss);
    sceneAudio(this, boss ? 'bgm-boss' : 'bgm-battle');

    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      unmountOverlay();
      menu.destroy();
      view.destroy();
      session.dispose();
      hooks.session = null;
    });

    const player = stress ? autoPlayer(session) : {
      choose: (actor: string) => {
        const me = session.snapshot().combatants.find((c) => c.id === actor);
        return menu.choose(me?.mp ?? 0, view.foes());
      },
      refused: (error: string) => console.warn(`[coroutine-quest] command refused: ${error}`),
    };
    void driveBattle(session, view, player).then(async (outcome) => {
      await sleep(this, 500 / session.control.speed);
      if (this.scene.isActive()) this.finish(run, session, outcome);
    });
  }

  private finish(run: Run, session: BattleSession, outcome: BattleOutcome): void {
    const snap = session.snapshot();
    hooks.lastBattle = { log: session.inputLog(), eventsJson: JSON.stringify(session.battle.events), snapshot: snap };
    const hero = snap.combatants.find((c) => c.side === 'hero');
    const turns = snap.turn;
    if (run.kind === 'stress') {
      this.scene.restart({ ...run, seed: (run.seed + 1) % MAX_SEED }); // a stress battle never stops
      return;
    }
    if (run.kind === 'single') {
      this.scene.start('Result', { outcome, turns, seed: run.seed, run, cleared: false });
      return;
    }
    const { maxMp } = heroStats();
    if (outcome === 'victory' || outcome === 'escaped') {
      const next = advance(run.progress, hero?.hp ?? 1, hero?.mp ?? 0, maxMp);
      if (isComplete(next)) {
        storeProgress(null);
        this.scene.start('Result', { outcome, turns, seed: run.progress.seed, run, cleared: true });
      } else {
        storeProgress(next);
        this.scene.start('Interlude', { progress: next, stageClear: true });
      }
      return;
    }
    if (outcome === 'fled' && hero && hero.hp > 0) storeProgress({ ...run.progress, hp: hero.hp, mp: hero.mp });
    else storeProgress(null);
    this.scene.start('Result', { outcome, turns, seed: run.progress.seed, run, cleared: false });
  }
}
