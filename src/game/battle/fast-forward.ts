// Holding a key or the pointer fast-forwards a battle: the session runs at FAST_FORWARD_SPEED (the
// animations and typing scale with it) and every waiting message is skipped, frame by frame, so
// no line waits for its timer. Letting go restores the speed from before the hold, whoever set it.
import type * as Phaser from 'phaser';
import { FAST_FORWARD_SPEED } from './speed.ts';
import { shown } from '../app/shown-state.ts';
import { eachEventOnce } from '../ui/controls.ts';

/** The part of a battle session fast-forward touches. */
export interface PacedSession {
  readonly control: { readonly speed: number };
  setSpeed(speed: number): void;
}

export class FastForward {
  private readonly held = new Set<string>();
  private before: number | null = null;

  constructor(private readonly session: PacedSession, private readonly skipWait: () => void) {}

  get active(): boolean {
    return this.held.size > 0;
  }

  /** A key or the pointer went down and stays down (`source` names it, so two holds overlap). */
  press(source: string): void {
    if (this.held.has(source)) return;
    if (this.held.size === 0) {
      this.before = this.session.control.speed;
      this.session.setSpeed(Math.max(this.before, FAST_FORWARD_SPEED));
    }
    this.held.add(source);
    shown.pace.fastForward = true;
  }

  release(source: string): void {
    if (!this.held.delete(source) || this.held.size > 0) return;
    this.session.setSpeed(this.before ?? 1);
    this.before = null;
    shown.pace.fastForward = false;
  }

  /** Every frame: while held, the message on screen does not wait. */
  tick(): void {
    if (this.active) this.skipWait();
  }

  releaseAll(): void {
    for (const source of [...this.held]) this.release(source);
  }

  /** The scene is ending: forget the holds without touching its session, which is going too. */
  forget(): void {
    this.held.clear();
    this.before = null;
    shown.pace.fastForward = false;
  }
}

/** Keys that fast-forward while held: Shift at once; confirm keys once the OS starts repeating them. */
const AT_ONCE = new Set(['ShiftLeft', 'ShiftRight']);
const WHEN_REPEATED = new Set(['Enter', 'NumpadEnter', 'Space', 'KeyZ']);

/** Wires a scene's keyboard and pointer to `ff` until the scene shuts down. */
export function holdToFastForward(scene: Phaser.Scene, ff: FastForward): void {
  const keyboard = scene.input.keyboard;
  const pointerUp = () => ff.release('pointer');
  // One table, so every listener added here is removed on shutdown.
  const listeners: [Phaser.Events.EventEmitter | null | undefined, string, (...args: never[]) => void][] = [
    // Phaser replays a frame's earlier key events with each new one: a replayed keyup must not end a new hold.
    [keyboard, 'keydown', eachEventOnce((e: KeyboardEvent) => {
      if (AT_ONCE.has(e.code) || (e.repeat && WHEN_REPEATED.has(e.code))) ff.press(e.code);
    })],
    [keyboard, 'keyup', eachEventOnce((e: KeyboardEvent) => ff.release(e.code))],
    [scene.input, 'pointerdown', () => ff.press('pointer')],
    [scene.input, 'pointerup', pointerUp],
    [scene.input, 'pointerupoutside', pointerUp],
    [scene.events, 'update', () => ff.tick()],
  ];
  for (const [target, event, fn] of listeners) target?.on(event, fn);
  // A hold that ends outside the page (a blur, an alt-tab) must not leave the battle racing.
  const blur = () => ff.releaseAll();
  window.addEventListener('blur', blur);
  scene.events.once('shutdown', () => {
    ff.forget();
    for (const [target, event, fn] of listeners) target?.off(event, fn);
    window.removeEventListener('blur', blur);
  });
}
