import * as Phaser from 'phaser';
import { setTestApi } from '../test-api';

export class Title extends Phaser.Scene {
  constructor() {
    super('Title');
  }

  create(): void {
    const { width, height } = this.scale;
    const cx = width / 2;
    this.add
      .text(cx, height * 0.32, 'Coroutine Quest', { fontFamily: 'monospace', fontSize: '40px', color: '#ffd84a' })
      .setOrigin(0.5);
    this.add
      .text(cx, height * 0.48, 'コルーチン・クエスト', { fontFamily: 'monospace', fontSize: '24px', color: '#ffffff' })
      .setOrigin(0.5);
    this.add
      .text(cx, height * 0.7, 'every monster here is a generator', { fontFamily: 'monospace', fontSize: '16px', color: '#8fd3ff' })
      .setOrigin(0.5);

    // Signal readiness only once a frame with this scene is drawn, so a test that sees `ready` also sees pixels.
    this.game.events.once(Phaser.Core.Events.POST_RENDER, () => setTestApi({ ready: true, scene: 'Title' }));
  }
}
