// Keyboard to logical keys. Only the top handler on the stack hears a key, so a sub-menu
// takes the keys from its parent without the parent knowing.
import type * as Phaser from 'phaser';
import { gameState } from '../app/game-state.ts';
import { actionFor } from '../a11y/key-bindings.ts';

export type Key = 'up' | 'down' | 'left' | 'right' | 'confirm' | 'cancel';
export type KeyHandler = (key: Key) => void;

/**
 * Wraps a handler of Phaser keyboard events so it sees each DOM event once. Phaser's KeyboardPlugin
 * keeps the frame's key events in a queue that it empties once per frame, and every new DOM key
 * event replays the whole queue: Down, Right pressed within one frame reach a 'keydown' listener
 * as Down, Down, Right (the cursor moved twice, and a fast player's command came out wrong).
 */
export function eachEventOnce<E extends object>(handler: (event: E) => void): (event: E) => void {
  const seen = new WeakSet<E>();
  return (event) => {
    if (seen.has(event)) return;
    seen.add(event);
    handler(event);
  };
}

export class Controls {
  private readonly stack: KeyHandler[] = [];

  constructor(scene: Phaser.Scene) {
    const onKey = eachEventOnce((event: KeyboardEvent) => {
      // The player's keys (Settings → Keys) over the defaults; `status` is the screen reader's (a11y/mirror.ts).
      const action = actionFor(gameState().keys.bindings, event.code);
      const key = action === 'status' ? null : action;
      if (!key || event.repeat && (key === 'confirm' || key === 'cancel')) return;
      event.preventDefault();
      this.stack[this.stack.length - 1]?.(key);
    });
    scene.input.keyboard?.on('keydown', onKey);
    scene.events.once('shutdown', () => {
      scene.input.keyboard?.off('keydown', onKey);
      this.stack.length = 0;
    });
  }

  /** Gives the keys to `handler` until the returned function is called. */
  push(handler: KeyHandler): () => void {
    this.stack.push(handler);
    return () => {
      const i = this.stack.lastIndexOf(handler);
      if (i >= 0) this.stack.splice(i, 1);
    };
  }
}
