import * as Phaser from 'phaser';
import { Title } from './scenes/Title';

// Low fixed resolution scaled with FIT keeps pixel art crisp and layouts predictable.
export const GAME_WIDTH = 640;
export const GAME_HEIGHT = 360;

export function createGame(): Phaser.Game {
  return new Phaser.Game({
    type: Phaser.AUTO,
    parent: 'game',
    pixelArt: true,
    backgroundColor: '#000000',
    scale: {
      mode: Phaser.Scale.FIT,
      autoCenter: Phaser.Scale.CENTER_BOTH,
      width: GAME_WIDTH,
      height: GAME_HEIGHT,
    },
    scene: [Title],
  });
}

createGame();
