import * as Phaser from 'phaser';
import type { InputLog } from '../../core/replay.ts';
import { driveBattle } from '../battle/driver.ts';
import { BattleView } from '../battle/view.ts';
import { gameState, startSpeed } from '../app/game-state.ts';
import { FastForward, holdToFastForward } from '../battle/fast-forward.ts';
import { UI } from '../ui/i18n.ts';
import { battleLayout } from '../ui/layout.ts';
import { showScene, onResize, rectsOf, showNotices } from './scene-kit.ts';
import { wireBattleScene } from './battle-wiring.ts';
import { BattleSession } from '../battle/session.ts';
import { Controls } from '../ui/controls.ts';
import { COLORS, textStyle } from '../ui/theme.ts';
import { sceneAudio } from '../audio/scene-audio.ts';

/**
 * The seed's own battle: two hpCounter generators (ゆうしゃ 100, スライム 20) under the classic
 * turn, running by themselves and printing the seed's lines. ?damage=8,9,7,8,7,10 fixes the draws.
 */
export class Classic extends Phaser.Scene {
  constructor() {
    super('Classic');
  }

  /** `log`: a shared classic battle, shown at its end with the debugger. */
  create(data: { log?: InputLog } = {}): void {
    const state = gameState();
    const lang = state.settings.lang;
    const shared = data.log?.mode === 'classic' ? data.log : null;
    const seed = shared?.seed ?? state.params.seed ?? 0;
    const session = new BattleSession({ version: 1, mode: 'classic', seed, damage: shared?.damage ?? state.params.damage }, state.roster, { speed: startSpeed() });
    const controls = new Controls(this);
    const layout = battleLayout(this.scale.width, this.scale.height);
    // The classic window is the whole bottom: there is no command window, only the transcript.
    const wide = (l: ReturnType<typeof battleLayout>) => ({ ...l, message: { x: l.pad, y: l.message.y, w: this.scale.width - l.pad * 2, h: l.message.h + (l.portrait ? l.command.h + l.pad : 0) } });
    const fastForward = new FastForward(session, () => view.box.poke());
    const view = new BattleView(this, controls, session, wide(layout), { lang, backdrop: 'bg-field', reducedMotion: state.settings.reducedMotion, textSpeed: state.settings.textSpeed, fastForwarding: () => fastForward.active });
    const heading = this.add.text(0, 0, UI[lang].classicTitle, textStyle(Math.max(12, Math.round(layout.font * 0.75)), COLORS.info)).setOrigin(0.5, 0).setStroke('#000000', 4);
    onResize(this, (w, h) => {
      const next = battleLayout(w, h);
      view.layout(wide(next));
      // Over the top of the field, clear of the status box and the overlay's button.
      heading.setPosition(Math.round(w / 2), next.field.y + next.pad);
    });
    wireBattleScene(this, session, view, lang, { openOverlay: shared !== null });
    holdToFastForward(this, fastForward);
    if (shared) session.load(shared);

    showScene(this, 'Classic', { session, messageWaiting: () => view.box.waiting });
    showNotices(this, rectsOf(heading));
    // The transcript is the point here: the battle loop, quietly.
    sceneAudio(this, 'bgm-battle', { gain: 0.35 });

    // Nobody is asked for a command in the classic turn; the generators run on their own.
    const nobody = { choose: async () => null, refused: () => {} };
    void driveBattle(session, view, nobody).then(() => {
      if (!this.scene.isActive()) return;
      view.box.show(UI[lang].classicHint);
      const back = () => this.scene.start('Title');
      controls.push((key) => (key === 'confirm' || key === 'cancel') && back());
      this.input.once(Phaser.Input.Events.POINTER_DOWN, back);
    });
  }
}
