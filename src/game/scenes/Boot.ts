import * as Phaser from 'phaser';
import { gameState } from '../app/game-state.ts';
import { startAudio } from '../audio/scene-audio.ts';

/** Reads the URL and settings once, starts the audio player, then hands over to the Preloader. Draws nothing. */
export class Boot extends Phaser.Scene {
  constructor() {
    super('Boot');
  }

  create(): void {
    gameState();
    // One audio player for the whole session; files load in the background, nothing waits for them.
    startAudio();
    this.scene.start('Preloader');
  }
}
