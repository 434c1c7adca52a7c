// How fast a battle plays: one range for the URL (?speed=), the session and the overlay's menu.
export const SPEED_MIN = 0.25;
export const SPEED_MAX = 4;
/** The overlay's choices. */
export const SPEEDS: readonly number[] = [0.25, 0.5, 1, 2, 4];

export function clampSpeed(speed: number): number {
  return Number.isFinite(speed) ? Math.min(SPEED_MAX, Math.max(SPEED_MIN, speed)) : 1;
}
