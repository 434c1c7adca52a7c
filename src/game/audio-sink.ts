// The single hook point for sound. The battle view calls `play` from one event listener
// (see soundListener); the audio engineer plugs Howler in behind this interface later.
import type { BattleEvent } from '../core/events.ts';
import type { SessionListener } from './session-api.ts';
import { soundFor } from './audio/sound-map.ts';

export interface AudioSink {
  play(id: string): void;
}

/** Until real playback is wired, sounds go nowhere. */
export const silentSink: AudioSink = { play() {} };

/** Turns live core events into sound ids; silent (replayed) events make no sound. */
export function soundListener(sink: () => AudioSink): SessionListener {
  return {
    onEvent(event: BattleEvent, silent: boolean) {
      if (silent) return;
      const id = soundFor(event);
      if (id) sink().play(id);
    },
  };
}
