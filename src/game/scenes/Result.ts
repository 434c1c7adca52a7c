import * as Phaser from 'phaser';
import type { BattleOutcome } from '../../core/events.ts';
import { gameState, newAdventure, randomSeed, storeProgress, type Run } from '../app/game-state.ts';
import { UI } from '../ui/i18n.ts';
import { markReady, showNotices } from './scene-kit.ts';
import { buildScreen } from './screen-kit.ts';
import { hooks } from '../testing/test-api.ts';
import { Controls } from '../ui/controls.ts';
import { activeMenu } from '../ui/menu.ts';
import { COLORS } from '../ui/theme.ts';
import { sceneAudio } from '../audio/scene-audio.ts';

export interface ResultData {
  readonly outcome: BattleOutcome;
  readonly turns: number;
  readonly seed: number;
  readonly run: Run;
  /** The last floor of an adventure was won. */
  readonly cleared: boolean;
}

/** The end of a fight or an adventure: what happened, and a way to play again. */
export class Result extends Phaser.Scene {
  constructor() {
    super('Result');
  }

  create(data: ResultData): void {
    const t = UI[gameState().settings.lang];
    const heading = t[data.outcome];
    const lines = [
      { text: heading, color: data.outcome === 'defeat' ? COLORS.danger : COLORS.accent, big: true },
      ...(data.cleared ? [{ text: t.cleared, color: COLORS.heal }] : []),
      { text: t.turns(data.turns) },
      { text: t.seed(data.seed), color: COLORS.dim },
    ];
    const menu = buildScreen(this, new Controls(this), lines, [
      { label: t.playAgain, value: 'again' as const },
      { label: t.newBattle, value: 'new' as const },
      { label: t.toTitle, value: 'title' as const },
    ], 'result');
    markReady(this, 'Result');
    hooks.result = { outcome: data.outcome, turns: data.turns, seed: data.seed, cleared: data.cleared };
    hooks.menu = () => activeMenu()?.describe() ?? null;
    showNotices(this);
    // Usually already started by the battle's last event; asking again does not restart it.
    sceneAudio(this, data.outcome === 'victory' || data.cleared ? 'jingle-victory' : data.outcome === 'defeat' ? 'jingle-defeat' : null);
    void menu.choose().then((pick) => {
      if (!this.scene.isActive()) return;
      if (pick === 'title') return this.scene.start('Title');
      const seed = pick === 'again' ? data.seed : randomSeed();
      if (data.run.kind === 'single') {
        this.scene.start('Battle', { ...data.run, seed });
        return;
      }
      const progress = newAdventure(seed);
      storeProgress(progress);
      this.scene.start('Battle', { kind: 'adventure', progress });
    });
  }
}
