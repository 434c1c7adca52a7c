import * as Phaser from 'phaser';
import { NO_TALLY } from '../../core/adventure.ts';
import { FLOORS, retryFloor, type Progress } from '../../core/progress.ts';
import type { BattleOutcome } from '../../core/events.ts';
import { gameState, newAdventure, randomSeed, storeProgress, type Run } from '../app/game-state.ts';
import { UI, type UiStrings } from '../ui/i18n.ts';
import { showScene, showNotices } from './scene-kit.ts';
import { buildScreen, type Line, type ScreenItem } from './screen-kit.ts';
import { shown } from '../app/shown-state.ts';
import { Controls } from '../ui/controls.ts';
import { COLORS } from '../ui/theme.ts';
import { sceneAudio } from '../audio/scene-audio.ts';

export interface ResultData {
  readonly outcome: BattleOutcome;
  /** The last battle's turns (the adventure's are in `progress.tally`). */
  readonly turns: number;
  readonly seed: number;
  readonly run: Run;
  /** The last floor of an adventure was won. */
  readonly cleared: boolean;
  /** An adventure's progress after its last battle, with the whole run's tally. */
  readonly progress?: Progress;
}

type Choice = 'retry' | 'again' | 'new' | 'erase' | 'title';

/** What an adventure's end offers; the one that replaces the save says so, and the first never does. */
function adventureChoices(t: UiStrings, data: ResultData, floor: number): ScreenItem<Choice>[] {
  if (data.cleared) {
    return [
      { label: t.sameSeedAdventure, value: 'again', hint: t.sameSeedAdventureHint },
      { label: t.freshAdventure, value: 'new', hint: t.freshAdventureHint },
      { label: t.toTitle, value: 'title', hint: t.titleHint },
    ];
  }
  return [
    { label: t.retryFloor(floor), value: 'retry', hint: t.retryFloorHint },
    { label: t.newAdventureOverwrite, value: 'erase', hint: t.newAdventureOverwriteHint },
    { label: t.toTitle, value: 'title', hint: t.titleKeepsSave(floor) },
  ];
}

/** The whole adventure in a few lines: floors, battles and turns, damage both ways, the seed. */
function summary(t: UiStrings, data: ResultData, progress: Progress): Line[] {
  const tally = progress.tally ?? NO_TALLY;
  const cleared = data.cleared ? FLOORS.length : progress.floor;
  return [
    { text: t.floorsCleared(cleared, FLOORS.length) },
    { text: t.totalTurns(tally.turns, tally.battles) },
    { text: t.damageSoFar(tally.dealt, tally.taken) },
  ];
}

/** The end of a fight or an adventure: what happened, and a way to play again. */
export class Result extends Phaser.Scene {
  constructor() {
    super('Result');
  }

  create(data: ResultData): void {
    const t = UI[gameState().settings.lang];
    const adventure = data.run.kind === 'adventure' ? data.progress ?? data.run.progress : null;
    const floor = (adventure?.floor ?? 0) + 1;
    const lines: Line[] = [
      { text: t[data.outcome], color: data.outcome === 'defeat' ? COLORS.danger : COLORS.accent, big: true },
      // Two short lines, so neither wraps in the middle of a phrase.
      ...(data.cleared ? [{ text: t.bossBeaten, color: COLORS.heal }, { text: t.cleared, color: COLORS.heal }] : []),
      ...(adventure ? summary(t, data, adventure) : [{ text: t.turns(data.turns) }]),
      { text: t.seed(data.seed), color: COLORS.dim },
    ];
    const items: ScreenItem<Choice>[] = adventure ? adventureChoices(t, data, floor) : [
      { label: t.playAgain, value: 'again', hint: t.playAgainHint },
      { label: t.newBattle, value: 'new', hint: t.newBattleHint },
      { label: t.toTitle, value: 'title', hint: t.titleHint },
    ];
    const { menu, probes, text } = buildScreen(this, new Controls(this), lines, items, 'result');
    const turns = adventure?.tally?.turns ?? data.turns;
    shown.result = { outcome: data.outcome, turns, seed: data.seed, cleared: data.cleared };
    showScene(this, 'Result', { probes, text });
    showNotices(this);
    // Usually already started by the battle's last event; asking again does not restart it.
    sceneAudio(this, data.outcome === 'victory' || data.cleared ? 'jingle-victory' : data.outcome === 'defeat' ? 'jingle-defeat' : null);
    void menu.choose().then((pick) => {
      if (!this.scene.isActive()) return;
      if (pick === 'title' || pick === null) return this.scene.start('Title');
      if (data.run.kind === 'single') {
        this.scene.start('Battle', { ...data.run, seed: pick === 'again' ? data.seed : randomSeed() });
        return;
      }
      if (pick === 'retry' && adventure) {
        // The save keeps the floor's start; this battle's end writes the next one, as any battle's does.
        this.scene.start('Battle', { kind: 'adventure', progress: retryFloor(adventure) });
        return;
      }
      const progress = newAdventure(pick === 'again' ? data.seed : randomSeed());
      storeProgress(progress);
      this.scene.start('Battle', { kind: 'adventure', progress });
    });
  }
}
