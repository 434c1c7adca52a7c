import * as Phaser from 'phaser';
import { FLOORS, type Progress } from '../../core/adventure.ts';
import { gameState, heroStats } from '../app/game-state.ts';
import { UI } from '../ui/i18n.ts';
import { markReady, showNotices } from './scene-kit.ts';
import { buildScreen } from './screen-kit.ts';
import { hooks } from '../testing/test-api.ts';
import { Controls } from '../ui/controls.ts';
import { activeMenu } from '../ui/menu.ts';
import { hpColor } from '../ui/status-box.ts';
import { COLORS } from '../ui/theme.ts';
import { sceneAudio, sfx } from '../audio/scene-audio.ts';

/** Between floors: where the hero is and how much HP and MP they carry into the next fight. */
export class Interlude extends Phaser.Scene {
  constructor() {
    super('Interlude');
  }

  create(data: { progress: Progress; stageClear?: boolean }): void {
    const { progress } = data;
    const t = UI[gameState().settings.lang];
    const { maxHp, maxMp } = heroStats();
    const floor = FLOORS[progress.floor];
    const menu = buildScreen(this, new Controls(this), [
      { text: t.floorOf(progress.floor + 1, FLOORS.length), color: floor?.boss ? COLORS.danger : COLORS.accent, big: true },
      { text: `${t.hp} ${progress.hp} / ${maxHp}`, color: hpColor(progress.hp, maxHp) },
      { text: `${t.mp} ${progress.mp} / ${maxMp}` },
      { text: t.seed(progress.seed), color: COLORS.dim },
    ], [
      { label: t.nextFloor, value: 'next' as const },
      { label: t.toTitle, value: 'title' as const },
    ], 'interlude');
    markReady(this, 'Interlude');
    hooks.menu = () => activeMenu()?.describe() ?? null;
    showNotices(this);
    // The victory jingle runs on; a floor just won gets its stage-clear sting.
    sceneAudio(this, 'keep');
    if (data.stageClear) sfx('stage-clear');
    void menu.choose().then((pick) => {
      if (!this.scene.isActive()) return;
      if (pick === 'next') this.scene.start('Battle', { kind: 'adventure', progress });
      else this.scene.start('Title');
    });
  }
}
