// The interface sound goes through. The real sink is the Howler-backed AudioPlayer
// (src/game/audio/player.ts), installed as gameState().audio by Boot (src/game/audio/scene-audio.ts). The
// Battle scene plays each event's sound as the view shows it (BattleView's onShow + soundFor).

export interface AudioSink {
  play(id: string): void;
}

/** Before Boot starts the audio player, sounds go nowhere. */
export const silentSink: AudioSink = { play() {} };

