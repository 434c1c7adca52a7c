// The interface sound goes through. The real sink is the Howler-backed AudioPlayer
// (src/game/audio/player.ts), installed as gameState().audio by Boot (src/game/audio/scene-audio.ts). The
// Battle scene plays each event's sound as the view shows it (BattleView's onShow + soundFor);
// soundListener below is the session-time alternative, kept for listeners without a view.
import type { BattleEvent } from '../../core/events.ts';
import type { SessionListener } from '../battle/session-api.ts';
import { soundFor } from './sound-map.ts';

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
