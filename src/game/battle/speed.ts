// How fast a battle plays: one range for the URL (?speed=), the session and the overlay's menu.
export const SPEED_MIN = 0.25;
export const SPEED_MAX = 4;
/** The overlay's choices. */
export const SPEEDS: readonly number[] = [0.25, 0.5, 1, 2, 4];

export function clampSpeed(speed: number): number {
  return Number.isFinite(speed) ? Math.min(SPEED_MAX, Math.max(SPEED_MIN, speed)) : 1;
}

/** The battle speeds Settings offers (saved in storage/settings.ts); ?speed= still wins for one page. */
export const BATTLE_SPEEDS: readonly number[] = [1, 1.5, 2, 3];

/** How fast a battle plays while the player holds a key or the pointer down. */
export const FAST_FORWARD_SPEED = SPEED_MAX;
/**
 * And how much faster than that its animations run: the speed cap keeps every line readable for a
 * moment, but a hit or a number that the player is skipping past need not hold the next line back.
 */
export const FAST_FORWARD_ANIMATION_BOOST = 4;

/** The next battle speed in Settings' cycle. */
export function nextBattleSpeed(speed: number): number {
  const at = BATTLE_SPEEDS.indexOf(speed);
  return BATTLE_SPEEDS[(at + 1) % BATTLE_SPEEDS.length]!;
}
