// What the battle view shows, for the test API (window.__game.view()): rectangles in CSS px,
// counts of effects that ran. Read, never pixels.
import type { Rect } from '../ui/layout.ts';
import type { PoppedNumber } from './feel.ts';
import type { MarkKind } from './effect-marks.ts';

export interface ViewReport {
  /** CSS px per art pixel of the field (backdrop, sprites, HP bars), drawn at that scale and zoomed. */
  readonly fieldScale: number;
  /** How many times the field texture was redrawn (it is redrawn only when something on it changed). */
  readonly fieldRedraws: number;
  /** How many of those redrew only the areas of the monsters that changed (a scissored partial redraw). */
  readonly fieldPartialRedraws: number;
  readonly reducedMotion: boolean;
  /** The hero's status window. */
  readonly status: Rect;
  /** Every party member's window: HP and MP as shown, its effects' words, whether it is their turn. */
  readonly party: readonly { readonly id: string; readonly hp: number; readonly mp: number; readonly effects: string; readonly rect: Rect; readonly active: boolean }[];
  /** The hero's HP as shown, its bar's track and filled part. */
  readonly hero: { readonly hp: number; readonly maxHp: number; readonly bar: Rect; readonly fill: Rect };
  readonly enemies: readonly {
    readonly id: string;
    readonly hp: number;
    readonly maxHp: number;
    readonly alive: boolean;
    readonly sprite: Rect;
    readonly bar: Rect;
    readonly label: Rect;
    /** Its status effects' marks by the HP bar (sleep zZ, poison, guard), in CSS px. */
    readonly marks: readonly { readonly kind: MarkKind; readonly rect: Rect }[];
  }[];
  /** The newest damage and heal numbers shown, oldest first. */
  readonly numbers: readonly PoppedNumber[];
  /** Screen shakes that ran (none under reduced motion). */
  readonly shakes: number;
}
