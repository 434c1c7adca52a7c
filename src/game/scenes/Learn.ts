import * as Phaser from 'phaser';
import { showScene } from './scene-kit.ts';

/**
 * まなぶ / Learn: six chapters from iterators to async/await, each a demo to step with the
 * debugger and a challenge. The page (src/game/lessons/learn-page.ts) is a chunk of its own,
 * fetched when this screen opens, so a player who never opens it never downloads it.
 */
export class Learn extends Phaser.Scene {
  constructor() {
    super('Learn');
  }

  create(): void {
    this.cameras.main.setBackgroundColor('#0b0d1e');
    showScene(this, 'Learn');
    void import('../lessons/learn-page.ts')
      .then(({ LearnPage }) => {
        if (this.scene.isActive()) new LearnPage(this);
      })
      .catch((err: unknown) => {
        // The chunk did not load (offline?): back to the title rather than a blank screen.
        console.warn('[coroutine-quest] the Learn screen failed to load:', err);
        if (this.scene.isActive()) this.scene.start('Title');
      });
  }
}
