// The music: one track at a time. It keeps the track the game wants apart from the one sounding
// (audio may be locked, or the file still loading), so the wanted track starts when it can. A
// loop cross-fades into another loop, a jingle (loop: false) cuts in quickly and plays once,
// null fades out.
import type { HowlLike } from './backend.ts';
import type { AudioManifest } from './manifest.ts';

export interface MusicOptions {
  /** Multiplies the music volume (e.g. 0.4 for a quiet track). Default 1. */
  readonly gain?: number;
}

/** What the deck needs from the player that owns it. */
export interface DeckHost {
  readonly manifest: AudioManifest;
  readonly howls: ReadonlyMap<string, HowlLike>;
  /** The music volume setting, 0..1. */
  volume(): number;
  /** Audio runs, is not silent, and `id` has not failed. */
  canPlay(id: string): boolean;
  isLoaded(howl: HowlLike): boolean;
  schedule(fn: () => void, ms: number): unknown;
  /** A track really started. */
  started(id: string): void;
  fail(id: string, why: string): void;
  safely(fn: () => void): void;
}

interface Track {
  readonly id: string;
  readonly howl: HowlLike;
  readonly soundId: number;
}

export function clamp01(v: number): number {
  return Number.isFinite(v) ? Math.min(1, Math.max(0, v)) : 0;
}

export class MusicDeck {
  /** The music the game wants now (may not be sounding yet: locked or loading). */
  private wanted: string | null = null;
  private wantedGain = 1;
  private current: Track | null = null;
  private currentGain = 1;

  constructor(private readonly host: DeckHost, private readonly fadeMs: number) {}

  /** The music id the game asked for last (null: silence). */
  get wantedId(): string | null {
    return this.wanted;
  }

  /** Asking for what is already wanted changes nothing (a loop is not restarted). Returns false for a non-music id. */
  want(id: string | null, options: MusicOptions = {}): boolean {
    const gain = clamp01(options.gain ?? 1);
    if (id !== null && this.host.manifest[id]?.kind !== 'music') return false;
    if (id === this.wanted) {
      if (gain !== this.wantedGain) {
        this.wantedGain = gain;
        this.applyVolume();
      }
      return true;
    }
    this.wanted = id;
    this.wantedGain = gain;
    this.apply();
    return true;
  }

  /** A file finished loading: start it if it is the one wanted. */
  loaded(id: string): void {
    if (id === this.wanted && this.current?.id !== id) this.apply();
  }

  /** A track failed: it is not sounding any more. */
  forget(id: string): void {
    if (this.current?.id === id) this.current = null;
  }

  applyVolume(): void {
    const track = this.current;
    if (!track) return;
    this.currentGain = this.wanted === track.id ? this.wantedGain : this.currentGain;
    this.host.safely(() => track.howl.volume(this.volumeFor(this.currentGain), track.soundId));
  }

  /** Makes what sounds match the wanted track, as far as unlock and loading allow. */
  apply(): void {
    const want = this.wanted;
    const current = this.current;
    if (current && current.id === want) return;
    if (current) {
      this.current = null;
      const nextIsJingle = want !== null && this.host.manifest[want]?.loop === false;
      this.fadeOutAndStop(current, nextIsJingle ? Math.min(150, this.fadeMs) : this.fadeMs);
    }
    if (want === null || !this.host.canPlay(want)) return;
    const howl = this.host.howls.get(want);
    // Not loaded yet: loaded() calls apply again if it is still wanted.
    if (!howl || !this.host.isLoaded(howl)) return;
    const loop = this.host.manifest[want]?.loop ?? false;
    const volume = this.volumeFor(this.wantedGain);
    try {
      const soundId = howl.play();
      this.current = { id: want, howl, soundId };
      this.currentGain = this.wantedGain;
      if (loop && current) {
        howl.volume(0, soundId);
        howl.fade(0, volume, this.fadeMs, soundId);
      } else {
        howl.volume(volume, soundId);
      }
      this.host.started(want);
    } catch (error) {
      this.host.fail(want, `could not play ${want}: ${String(error)}`);
    }
  }

  private volumeFor(gain: number): number {
    return clamp01(this.host.volume() * gain);
  }

  private fadeOutAndStop(track: Track, ms: number): void {
    this.host.safely(() => {
      track.howl.fade(this.volumeFor(this.currentGain), 0, ms, track.soundId);
    });
    this.host.schedule(() => this.host.safely(() => track.howl.stop(track.soundId)), ms + 20);
  }
}
