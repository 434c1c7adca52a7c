/**
 * Real playback: an AudioSink backed by Howler (Web Audio, so loops are gapless).
 *
 * The AudioPlayer class is pure logic over an injected AudioBackend (Howler in the game, a fake in
 * unit tests), an injected clock and an injected Storage. It never throws into the game and never
 * waits for a sound: a sound that is not loaded yet, failed, or is refused by the rate limiter is
 * simply skipped.
 *
 * Rules:
 * - Nothing plays before the audio is unlocked (the AudioContext runs: autoplay allowed, or the
 *   first key/click/tap, which Howler's auto-unlock turns into a resume). Effects asked for before
 *   that are dropped; the wanted music starts when the unlock comes. Nothing is logged before it.
 * - Effects go through SfxRateLimiter, so 4x speed does not pile them up.
 * - music(id) keeps one track: the same id again is a no-op, a loop cross-fades to another loop,
 *   a jingle (loop: false in the manifest) cuts in quickly and plays once, null fades out.
 * - Mute and volumes come from settings.ts and are saved back on every change. Muted effects are not
 *   played at all; muted music keeps running silently (Howler's global mute), so unmuting resumes it.
 * - A file that fails (404, decode error, play error) or no audio at all puts the player into the
 *   `failed` list and emits ONE notice through onNotice for the whole session.
 */
import type { AudioSink } from './sink.ts';
import { SfxRateLimiter, type RateLimitOptions } from './rate-limit.ts';
import { loadAudioSettings, saveAudioSettings, type AudioSettings, type StorageLike } from '../storage/audio-settings.ts';
import manifestJson from '../../../assets/audio/manifest.json';
import { Howl, Howler } from 'howler';
import { firstFrame } from '../app/first-frame.ts';
import { browserStorage } from '../storage/browser-storage.ts';

export interface ManifestEntry {
  readonly file: string;
  readonly kind: 'sfx' | 'music';
  readonly loop: boolean;
  /** Seconds. */
  readonly duration: number;
}
export type AudioManifest = Readonly<Record<string, ManifestEntry>>;

export const AUDIO_MANIFEST: AudioManifest = manifestJson as AudioManifest;

const bundled = import.meta.glob('../../../assets/audio/*.wav', { eager: true, query: '?url', import: 'default' }) as Record<string, string>;

/** file name (e.g. 'hit-hero.wav') → bundled URL. Only files present at build time are listed. */
export function bundledAudioUrls(): Map<string, string> {
  const urls = new Map<string, string>();
  for (const [path, url] of Object.entries(bundled)) urls.set(path.split('/').pop()!, url);
  return urls;
}

/** The part of a Howl the player uses. */
export interface HowlLike {
  /** Starts a new instance; returns its sound id. */
  play(): number;
  stop(soundId?: number): unknown;
  volume(volume: number, soundId?: number): unknown;
  fade(from: number, to: number, durationMs: number, soundId?: number): unknown;
  state(): 'unloaded' | 'loading' | 'loaded';
}

export interface HowlSpec {
  readonly src: string;
  readonly loop: boolean;
  readonly volume: number;
  readonly onload: () => void;
  readonly onloaderror: (error: unknown) => void;
  readonly onplayerror: (error: unknown) => void;
  readonly onunlock: () => void;
}

/** What the player needs from the audio library and the page. */
export interface AudioBackend {
  /** False when there is no usable Web Audio (no AudioContext, no device, no WAV codec). */
  available(): boolean;
  /** True while the AudioContext runs (autoplay allowed or unlocked by a gesture). */
  running(): boolean;
  /** Calls back (possibly more than once) when the context may have started running. */
  watchUnlock(callback: () => void): void;
  createHowl(spec: HowlSpec): HowlLike;
  setMuted(muted: boolean): void;
}

export interface AudioStatus {
  readonly unlocked: boolean;
  readonly muted: boolean;
  /** Sound ids that could not be loaded or played ('*' when there is no audio at all). */
  readonly failed: string[];
}

export interface MusicOptions {
  /** Multiplies the music volume (e.g. 0.4 for a quiet track). Default 1. */
  readonly gain?: number;
}

export interface AudioPlayerOptions {
  readonly backend: AudioBackend;
  /** Milliseconds on a monotonic clock (performance.now in the game). */
  readonly now: () => number;
  readonly storage: StorageLike | null;
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

interface Track {
  readonly id: string;
  readonly howl: HowlLike;
  readonly soundId: number;
}

type Listener = () => void;

export class AudioPlayer implements AudioSink {
  /** Ids that really started (effects and music), oldest first, capped. */
  readonly played: string[] = [];
  /** Effects refused by the rate limiter, dropped before unlock, or not loaded yet. */
  dropped = 0;

  private readonly backend: AudioBackend;
  private readonly now: () => number;
  private readonly storage: StorageLike | null;
  private readonly manifest: AudioManifest;
  private readonly howls = new Map<string, HowlLike>();
  private readonly failedIds: string[] = [];
  private readonly limiter: SfxRateLimiter;
  private readonly schedule: (fn: () => void, ms: number) => unknown;
  private readonly onNotice: ((text: string) => void) | undefined;
  private readonly noticeText: string;
  private readonly fadeMs: number;
  private readonly logCap: number;
  private readonly warn: (message: string) => void;
  private readonly listeners = new Set<Listener>();
  private settingsValue: AudioSettings;
  private unlockedFlag = false;
  private noticed = false;
  private silent = false;
  /** The music the game wants now (may not be sounding yet: locked or loading). */
  private wantedMusic: string | null = null;
  private wantedGain = 1;
  private current: Track | null = null;
  private currentGain = 1;

  constructor(options: AudioPlayerOptions) {
    this.backend = options.backend;
    this.now = options.now;
    this.storage = options.storage;
    this.manifest = options.manifest ?? AUDIO_MANIFEST;
    this.schedule = options.schedule ?? ((fn, ms) => setTimeout(fn, ms));
    this.onNotice = options.onNotice;
    this.noticeText = options.noticeText ?? DEFAULT_NOTICE;
    this.fadeMs = options.fadeMs ?? 600;
    this.logCap = options.logCap ?? 500;
    this.warn = options.warn ?? (() => {});
    this.limiter = new SfxRateLimiter(options.rateLimit);
    this.settingsValue = loadAudioSettings(this.storage).settings;

    const urls = options.urls ?? bundledAudioUrls();
    let available = false;
    try {
      available = this.backend.available();
    } catch {
      available = false;
    }
    if (!available) {
      this.silent = true;
      this.fail('*', 'no usable Web Audio');
      return;
    }
    this.safely(() => this.backend.setMuted(this.settingsValue.muted));
    for (const [id, entry] of Object.entries(this.manifest)) {
      const url = urls.get(entry.file);
      if (!url) {
        this.fail(id, `${entry.file} is not in the bundle`);
        continue;
      }
      try {
        this.howls.set(id, this.backend.createHowl({
          src: url,
          loop: entry.loop,
          volume: entry.kind === 'music' ? this.settingsValue.music : this.settingsValue.sfx,
          onload: () => {
            if (id === this.wantedMusic && this.current?.id !== id) this.applyMusic();
          },
          onloaderror: (error) => this.fail(id, `could not load ${entry.file}: ${String(error)}`),
          onplayerror: (error) => this.fail(id, `could not play ${entry.file}: ${String(error)}`),
          onunlock: () => this.checkUnlock(),
        }));
      } catch (error) {
        this.fail(id, `could not create ${entry.file}: ${String(error)}`);
      }
    }
    this.safely(() => this.backend.watchUnlock(() => this.checkUnlock()));
    this.checkUnlock();
  }

  // ---- AudioSink -------------------------------------------------------------------------------

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
    if (this.silent || !this.unlockedFlag || this.settingsValue.muted || this.settingsValue.sfx <= 0) {
      this.dropped++;
      return;
    }
    const howl = this.howls.get(id);
    if (!howl || this.failedIds.includes(id) || !this.isLoaded(howl)) {
      this.dropped++;
      return;
    }
    if (!this.limiter.tryPlay(id, this.now(), entry.duration * 1000)) {
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

  // ---- music ------------------------------------------------------------------------------------

  /**
   * The music the current screen wants: a loop (bgm-*), a jingle that plays once, or null for
   * silence. Asking for what is already wanted changes nothing (a loop is not restarted).
   */
  music(id: string | null, options: MusicOptions = {}): void {
    const gain = clamp01(options.gain ?? 1);
    if (id !== null && this.manifest[id]?.kind !== 'music') {
      this.warn(`[audio] ${id} is not a music id`);
      return;
    }
    if (id === this.wantedMusic) {
      if (gain !== this.wantedGain) {
        this.wantedGain = gain;
        this.applyVolumes();
      }
      return;
    }
    this.wantedMusic = id;
    this.wantedGain = gain;
    this.applyMusic();
  }

  /** The music id the game asked for last (null: silence). */
  get musicId(): string | null {
    return this.wantedMusic;
  }

  // ---- settings ---------------------------------------------------------------------------------

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
    if (muted === this.settingsValue.muted) return;
    this.update({ muted });
  }

  toggleMute(): boolean {
    this.setMuted(!this.settingsValue.muted);
    return this.settingsValue.muted;
  }

  /** Sets the music or effects volume (0..1, clamped) and saves it. */
  setVolume(kind: 'music' | 'sfx', volume: number): void {
    if (!Number.isFinite(volume)) return;
    const v = clamp01(volume);
    if (v === this.settingsValue[kind]) return;
    this.update(kind === 'music' ? { music: v } : { sfx: v });
  }

  /** Called after every change of mute or volume (e.g. to redraw the speaker button). */
  onChange(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  status(): AudioStatus {
    return { unlocked: this.unlocked, muted: this.settingsValue.muted, failed: [...this.failedIds] };
  }

  // ---- internals --------------------------------------------------------------------------------

  private update(patch: Partial<AudioSettings>): void {
    const before = this.settingsValue;
    this.settingsValue = { ...before, ...patch };
    if (patch.muted !== undefined && !this.silent) this.safely(() => this.backend.setMuted(this.settingsValue.muted));
    if (patch.music !== undefined || patch.sfx !== undefined) this.applyVolumes();
    if (!saveAudioSettings(this.storage, this.settingsValue)) this.warn('[audio] could not save the audio settings');
    for (const listener of this.listeners) {
      try {
        listener();
      } catch (error) {
        this.warn(`[audio] change listener failed: ${String(error)}`);
      }
    }
  }

  private applyVolumes(): void {
    for (const [id, howl] of this.howls) {
      if (this.manifest[id]?.kind === 'sfx') this.safely(() => howl.volume(this.settingsValue.sfx));
    }
    const track = this.current;
    if (track) {
      this.currentGain = this.wantedMusic === track.id ? this.wantedGain : this.currentGain;
      this.safely(() => track.howl.volume(this.musicVolume(this.currentGain), track.soundId));
    }
  }

  private musicVolume(gain: number): number {
    return clamp01(this.settingsValue.music * gain);
  }

  /** Makes what sounds match wantedMusic, as far as unlock and loading allow. */
  private applyMusic(): void {
    const want = this.wantedMusic;
    const current = this.current;
    if (current && current.id === want) return;
    if (current) {
      this.current = null;
      // A jingle cuts in quickly; a loop change cross-fades.
      const nextIsJingle = want !== null && this.manifest[want]?.loop === false;
      this.fadeOutAndStop(current, nextIsJingle ? Math.min(150, this.fadeMs) : this.fadeMs);
    }
    if (want === null || this.silent || !this.unlockedFlag || this.failedIds.includes(want)) return;
    const howl = this.howls.get(want);
    // Not loaded yet: onload calls applyMusic again if it is still wanted.
    if (!howl || !this.isLoaded(howl)) return;
    const loop = this.manifest[want]?.loop ?? false;
    const volume = this.musicVolume(this.wantedGain);
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
      this.log(want);
    } catch (error) {
      this.fail(want, `could not play ${want}: ${String(error)}`);
    }
  }

  private fadeOutAndStop(track: Track, ms: number): void {
    this.safely(() => {
      track.howl.fade(this.musicVolume(this.currentGain), 0, ms, track.soundId);
    });
    this.schedule(() => this.safely(() => track.howl.stop(track.soundId)), ms + 20);
  }

  private checkUnlock(): void {
    if (this.unlockedFlag || this.silent) return;
    let running = false;
    try {
      running = this.backend.running();
    } catch {
      running = false;
    }
    if (!running) return;
    this.unlockedFlag = true;
    this.applyMusic();
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
    if (this.current?.id === id) this.current = null;
    // A warning, never an error: a game without sound is still a working game.
    this.warn(`[audio] ${why}; continuing without it`);
    if (this.noticed) return;
    this.noticed = true;
    try {
      this.onNotice?.(this.noticeText);
    } catch {
      // the notice is best effort
    }
  }

  private log(id: string): void {
    this.played.push(id);
    if (this.played.length > this.logCap) this.played.splice(0, this.played.length - this.logCap);
  }

  private safely(fn: () => void): void {
    try {
      fn();
    } catch (error) {
      this.warn(`[audio] ${String(error)}`);
    }
  }
}

function clamp01(v: number): number {
  return Number.isFinite(v) ? Math.min(1, Math.max(0, v)) : 0;
}

// ---- the Howler backend (the only part that touches Howler and the page) --------------------------

/** A backend over Howler's global Web Audio context. */
export function howlerBackend(): AudioBackend {
  return makeHowlerBackend(Howl, Howler);
}

type HowlCtor = typeof Howl;
type HowlerGlobalT = typeof Howler;

export function makeHowlerBackend(HowlClass: HowlCtor, howler: HowlerGlobalT): AudioBackend {
  // A context suspended after 30 s of quiet would make the next effect wait for a resume.
  howler.autoSuspend = false;
  const ctx = (): AudioContext | null => (howler.ctx as AudioContext | undefined) ?? null;
  return {
    available() {
      if (typeof window === 'undefined') return false;
      const AC = (window as { AudioContext?: unknown; webkitAudioContext?: unknown }).AudioContext
        ?? (window as { webkitAudioContext?: unknown }).webkitAudioContext;
      if (!AC || howler.noAudio) return false;
      // Reading the volume makes Howler create its context now; usingWebAudio turns false if that fails.
      howler.volume();
      return howler.usingWebAudio && !!howler.ctx && !howler.noAudio && !!howler.codecs('wav');
    },
    running() {
      const c = ctx();
      return !!c && c.state === 'running';
    },
    watchUnlock(callback) {
      const c = ctx();
      c?.addEventListener?.('statechange', callback);
      // Howler's own unlock listeners resume the context on the first gesture; the resume is
      // asynchronous, so look again a little later too.
      const onGesture = () => {
        callback();
        setTimeout(callback, 50);
        setTimeout(callback, 300);
      };
      for (const type of ['keydown', 'click', 'touchend', 'pointerdown']) {
        document.addEventListener(type, onGesture, { capture: true, passive: true });
      }
      // Howler may replace its context during its first unlock (sample-rate fix): watch the new one.
      setTimeout(() => {
        const now = ctx();
        if (now && now !== c) now.addEventListener?.('statechange', callback);
        callback();
      }, 0);
    },
    createHowl(spec) {
      const howl = new HowlClass({
        src: [spec.src],
        format: ['wav'],
        html5: false,
        // Fetched after the first frame: the battle must not wait for a megabyte of music.
        preload: false,
        loop: spec.loop,
        volume: spec.volume,
        onload: spec.onload,
        onloaderror: (_id, error) => spec.onloaderror(error),
        onplayerror: (_id, error) => spec.onplayerror(error),
        onunlock: spec.onunlock,
      });
      void firstFrame.then(() => howl.load());
      return {
        play: () => howl.play(),
        stop: (id) => howl.stop(id),
        volume: (v, id) => (id === undefined ? howl.volume(v) : howl.volume(v, id)),
        fade: (from, to, ms, id) => howl.fade(from, to, ms, id),
        state: () => howl.state(),
      };
    },
    setMuted(muted) {
      howler.mute(muted);
    },
  };
}

/** Builds the game's player: Howler backend, performance.now, localStorage, console.warn. */
export function createAudioPlayer(options: { onNotice?: (text: string) => void; noticeText?: string } = {}): AudioPlayer {
  const storage = browserStorage();
  let backend: AudioBackend;
  try {
    backend = howlerBackend();
  } catch {
    backend = { available: () => false, running: () => false, watchUnlock() {}, createHowl: () => { throw new Error('no audio'); }, setMuted() {} };
  }
  return new AudioPlayer({
    backend,
    now: () => performance.now(),
    storage,
    onNotice: options.onNotice,
    noticeText: options.noticeText,
    warn: (message) => console.warn(message),
  });
}
