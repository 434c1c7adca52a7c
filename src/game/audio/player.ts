/**
 * Real playback: an AudioSink over an injected AudioBackend (Howler in the game, a fake in unit
 * tests), an injected clock and an injected settings store. It never throws into the game and
 * never waits for a sound: a sound that is not loaded yet, failed, or is refused by the rate
 * limiter is simply skipped.
 *
 * Rules:
 * - Nothing plays before the audio is unlocked (the AudioContext runs: autoplay allowed, or the
 *   first key/click/tap, which Howler's auto-unlock turns into a resume). Effects asked for before
 *   that are dropped; the wanted music starts when the unlock comes. Nothing is logged before it.
 * - Effects go through SfxRateLimiter, so 4x speed does not pile them up.
 * - Music is the MusicDeck's (music-deck.ts): one track, cross-fades, jingles.
 * - Mute and volumes come from the settings store and go back to it on every change. Muted effects
 *   are not played at all; muted music keeps running silently (Howler's global mute), so unmuting resumes it.
 * - A file that fails (404, decode error, play error) or no audio at all puts the player into the
 *   `failed` list and emits ONE notice through onNotice for the whole session.
 */
import type { AudioSettings, AudioSettingsStore } from '../storage/audio-settings.ts';
import type { AudioBackend, HowlLike } from './backend.ts';
import { AUDIO_MANIFEST, bundledAudioUrls, type AudioManifest } from './manifest.ts';
import { MusicDeck, clamp01, type MusicOptions } from './music-deck.ts';
import { SfxRateLimiter, type RateLimitOptions } from './rate-limit.ts';
import type { AudioSink } from './sink.ts';

export type { AudioBackend, HowlLike, HowlSpec } from './backend.ts';
export { AUDIO_MANIFEST, bundledAudioUrls, type AudioManifest, type ManifestEntry } from './manifest.ts';
export type { MusicOptions } from './music-deck.ts';

export interface AudioStatus {
  readonly unlocked: boolean;
  readonly muted: boolean;
  /** Sound ids that could not be loaded or played ('*' when there is no audio at all). */
  readonly failed: string[];
}

export interface AudioPlayerOptions {
  readonly backend: AudioBackend;
  /** Milliseconds on a monotonic clock (performance.now in the game). */
  readonly now: () => number;
  readonly settings: AudioSettingsStore;
  readonly manifest?: AudioManifest;
  /** file name → URL; default bundledAudioUrls(). */
  readonly urls?: ReadonlyMap<string, string>;
  /** Called at most once per player, when audio cannot play. */
  readonly onNotice?: (text: string) => void;
  readonly noticeText?: string;
  /** Delayed calls (window.setTimeout in the game). */
  readonly schedule?: (fn: () => void, ms: number) => unknown;
  readonly rateLimit?: RateLimitOptions;
  /** Cross-fade length between loops, ms. Default 600. */
  readonly fadeMs?: number;
  /** Longest `played` log kept. Default 500. */
  readonly logCap?: number;
  /** Where non-fatal problems go (console.warn in the game). Never console.error. */
  readonly warn?: (message: string) => void;
}

export const DEFAULT_NOTICE = 'Sound is off: audio could not be played.';

export class AudioPlayer implements AudioSink {
  /** Ids that really started (effects and music), oldest first, capped. */
  readonly played: string[] = [];
  /** Effects refused by the rate limiter, dropped before unlock, or not loaded yet. */
  dropped = 0;

  private readonly o: AudioPlayerOptions;
  private readonly manifest: AudioManifest;
  private readonly howls = new Map<string, HowlLike>();
  private readonly failedIds: string[] = [];
  private readonly limiter: SfxRateLimiter;
  private readonly warn: (message: string) => void;
  private readonly listeners = new Set<() => void>();
  private readonly deck: MusicDeck;
  private settingsValue: AudioSettings;
  private unlockedFlag = false;
  private noticed = false;
  private silent = false;

  constructor(options: AudioPlayerOptions) {
    this.o = options;
    this.manifest = options.manifest ?? AUDIO_MANIFEST;
    this.warn = options.warn ?? (() => {});
    this.limiter = new SfxRateLimiter(options.rateLimit);
    this.settingsValue = options.settings.load();
    const schedule = options.schedule ?? ((fn, ms) => setTimeout(fn, ms));
    this.deck = new MusicDeck({
      manifest: this.manifest,
      howls: this.howls,
      volume: () => this.settingsValue.music,
      canPlay: (id) => !this.silent && this.unlockedFlag && !this.failedIds.includes(id),
      isLoaded: (howl) => this.isLoaded(howl),
      schedule,
      started: (id) => this.log(id),
      fail: (id, why) => this.fail(id, why),
      safely: (fn) => this.safely(fn),
    }, options.fadeMs ?? 600);

    let available = false;
    try {
      available = options.backend.available();
    } catch {
      available = false;
    }
    if (!available) {
      this.silent = true;
      this.fail('*', 'no usable Web Audio');
      return;
    }
    this.safely(() => options.backend.setMuted(this.settingsValue.muted));
    this.createHowls(options.urls ?? bundledAudioUrls());
    this.safely(() => options.backend.watchUnlock(() => this.checkUnlock()));
    this.checkUnlock();
  }

  /** Plays an effect, or switches to a music id (e.g. a battle-end jingle from the event table). */
  play(id: string): void {
    const entry = this.manifest[id];
    if (!entry) {
      this.warn(`[audio] unknown sound id ${id}`);
      return;
    }
    if (entry.kind === 'music') {
      this.music(id);
      return;
    }
    this.checkUnlock();
    const howl = this.howls.get(id);
    const skip = this.silent || !this.unlockedFlag || this.settingsValue.muted || this.settingsValue.sfx <= 0
      || !howl || this.failedIds.includes(id) || !this.isLoaded(howl) || !this.limiter.tryPlay(id, this.o.now(), entry.duration * 1000);
    if (skip) {
      this.dropped++;
      return;
    }
    try {
      howl.play();
      this.log(id);
    } catch (error) {
      this.fail(id, `could not play ${entry.file}: ${String(error)}`);
    }
  }

  /** The music the current screen wants: a loop (bgm-*), a jingle that plays once, or null for silence. */
  music(id: string | null, options: MusicOptions = {}): void {
    if (!this.deck.want(id, options)) this.warn(`[audio] ${id} is not a music id`);
  }

  /** The music id the game asked for last (null: silence). */
  get musicId(): string | null {
    return this.deck.wantedId;
  }

  get muted(): boolean {
    return this.settingsValue.muted;
  }

  get unlocked(): boolean {
    this.checkUnlock();
    return this.unlockedFlag;
  }

  settings(): AudioSettings {
    return { ...this.settingsValue };
  }

  setMuted(muted: boolean): void {
    if (muted !== this.settingsValue.muted) this.update({ muted });
  }

  toggleMute(): boolean {
    this.setMuted(!this.settingsValue.muted);
    return this.settingsValue.muted;
  }

  /** Sets the music or effects volume (0..1, clamped) and saves it. */
  setVolume(kind: 'music' | 'sfx', volume: number): void {
    if (!Number.isFinite(volume)) return;
    const v = clamp01(volume);
    if (v !== this.settingsValue[kind]) this.update(kind === 'music' ? { music: v } : { sfx: v });
  }

  /** Called after every change of mute or volume (e.g. to redraw the speaker button). */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  status(): AudioStatus {
    return { unlocked: this.unlocked, muted: this.settingsValue.muted, failed: [...this.failedIds] };
  }

  private createHowls(urls: ReadonlyMap<string, string>): void {
    for (const [id, entry] of Object.entries(this.manifest)) {
      const url = urls.get(entry.file);
      if (!url) {
        this.fail(id, `${entry.file} is not in the bundle`);
        continue;
      }
      try {
        this.howls.set(id, this.o.backend.createHowl({
          src: url,
          loop: entry.loop,
          volume: entry.kind === 'music' ? this.settingsValue.music : this.settingsValue.sfx,
          onload: () => this.deck.loaded(id),
          onloaderror: (error) => this.fail(id, `could not load ${entry.file}: ${String(error)}`),
          onplayerror: (error) => this.fail(id, `could not play ${entry.file}: ${String(error)}`),
          onunlock: () => this.checkUnlock(),
        }));
      } catch (error) {
        this.fail(id, `could not create ${entry.file}: ${String(error)}`);
      }
    }
  }

  private update(patch: Partial<AudioSettings>): void {
    this.settingsValue = { ...this.settingsValue, ...patch };
    if (patch.muted !== undefined && !this.silent) this.safely(() => this.o.backend.setMuted(this.settingsValue.muted));
    if (patch.music !== undefined || patch.sfx !== undefined) {
      for (const [id, howl] of this.howls) {
        if (this.manifest[id]?.kind === 'sfx') this.safely(() => howl.volume(this.settingsValue.sfx));
      }
      this.deck.applyVolume();
    }
    if (!this.o.settings.save(this.settingsValue)) this.warn('[audio] could not save the audio settings');
    for (const listener of this.listeners) {
      try {
        listener();
      } catch (error) {
        this.warn(`[audio] change listener failed: ${String(error)}`);
      }
    }
  }

  private checkUnlock(): void {
    if (this.unlockedFlag || this.silent) return;
    let running = false;
    try {
      running = this.o.backend.running();
    } catch {
      running = false;
    }
    if (!running) return;
    this.unlockedFlag = true;
    this.deck.apply();
  }

  private isLoaded(howl: HowlLike): boolean {
    try {
      return howl.state() === 'loaded';
    } catch {
      return false;
    }
  }

  private fail(id: string, why: string): void {
    if (!this.failedIds.includes(id)) this.failedIds.push(id);
    this.deck.forget(id);
    // A warning, never an error: a game without sound is still a working game.
    this.warn(`[audio] ${why}; continuing without it`);
    if (this.noticed) return;
    this.noticed = true;
    try {
      this.o.onNotice?.(this.o.noticeText ?? DEFAULT_NOTICE);
    } catch {
      // the notice is best effort
    }
  }

  private log(id: string): void {
    const cap = this.o.logCap ?? 500;
    this.played.push(id);
    if (this.played.length > cap) this.played.splice(0, this.played.length - cap);
  }

  private safely(fn: () => void): void {
    try {
      fn();
    } catch (error) {
      this.warn(`[audio] ${String(error)}`);
    }
  }
}
