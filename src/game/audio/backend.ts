// What the player needs from an audio library and the page. The game's backend is Howler's
// (howler-backend.ts); unit tests use a fake; a page without audio gets noAudioBackend.

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

/** A page where the audio library could not even start. */
export const noAudioBackend: AudioBackend = {
  available: () => false,
  running: () => false,
  watchUnlock() {},
  createHowl: () => {
    throw new Error('no audio');
  },
  setMuted() {},
};
