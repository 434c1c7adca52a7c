// The Howler backend: the only file that touches Howler and the page (window, document, the
// AudioContext). Everything above it is tested with a fake backend in Node.
import { Howl, Howler } from 'howler';
import { firstFrame } from '../app/first-frame.ts';
import type { AudioBackend } from './backend.ts';

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
