/**
 * Keeps sound effects from piling up when the battle runs fast (e.g. 4x speed): the same effect
 * plays at most once per `minIntervalMs`, and at most `maxOverlapping` effects sound at once.
 * A refused effect is simply dropped (late sound is worse than no sound).
 *
 * Time is always passed in (milliseconds on any monotonic clock, e.g. performance.now() or the
 * Phaser game clock), so the limiter is deterministic and testable.
 */

export interface RateLimitOptions {
  /** Minimum time between two starts of the same effect id. Default 60 ms. */
  minIntervalMs?: number;
  /** Maximum number of effects sounding at the same time. Default 4. */
  maxOverlapping?: number;
}

export const DEFAULT_MIN_INTERVAL_MS = 60;
export const DEFAULT_MAX_OVERLAPPING = 4;

export class SfxRateLimiter {
  readonly minIntervalMs: number;
  readonly maxOverlapping: number;
  /** id -> time it last started. */
  private readonly lastStart = new Map<string, number>();
  /** End times of the effects still sounding (unsorted, small). */
  private active: number[] = [];
  private lastNow = Number.NEGATIVE_INFINITY;

  constructor(options: RateLimitOptions = {}) {
    const interval = options.minIntervalMs ?? DEFAULT_MIN_INTERVAL_MS;
    const overlap = options.maxOverlapping ?? DEFAULT_MAX_OVERLAPPING;
    if (!Number.isFinite(interval) || interval < 0) throw new RangeError(`minIntervalMs must be >= 0, got ${interval}`);
    if (!Number.isInteger(overlap) || overlap < 1) throw new RangeError(`maxOverlapping must be an integer >= 1, got ${overlap}`);
    this.minIntervalMs = interval;
    this.maxOverlapping = overlap;
  }

  /**
   * Ask to start effect `id` at time `nowMs`, lasting `durationMs` (at the rate it will play).
   * Returns true (and records it) if it may play, false if it should be dropped.
   */
  tryPlay(id: string, nowMs: number, durationMs: number): boolean {
    if (!Number.isFinite(nowMs)) return false;
    this.advance(nowMs);
    const last = this.lastStart.get(id);
    if (last !== undefined && nowMs - last < this.minIntervalMs) return false;
    if (this.active.length >= this.maxOverlapping) return false;
    const duration = Number.isFinite(durationMs) && durationMs > 0 ? durationMs : 0;
    this.lastStart.set(id, nowMs);
    if (duration > 0) this.active.push(nowMs + duration);
    return true;
  }

  /** How many effects are still sounding at `nowMs`. */
  overlapping(nowMs: number): number {
    if (Number.isFinite(nowMs)) this.advance(nowMs);
    return this.active.length;
  }

  /** Forget everything (e.g. when the scene changes or all sounds are stopped). */
  reset(): void {
    this.lastStart.clear();
    this.active = [];
    this.lastNow = Number.NEGATIVE_INFINITY;
  }

  private advance(nowMs: number): void {
    // A clock that jumps backwards (a new time base) would otherwise block effects until it caught up.
    if (nowMs < this.lastNow) this.reset();
    this.lastNow = nowMs;
    this.active = this.active.filter((end) => end > nowMs);
  }
}
