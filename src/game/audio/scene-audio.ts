// The game's side of sound: one AudioPlayer for the whole session (made in Boot), the music each
// scene wants, the speaker button (top-right, under the debug toggle), the M key, and what the
// test API reports. Scenes call
// sceneAudio() once in create(); nothing here knows battle rules.
import * as Phaser from 'phaser';
import { AudioPlayer, type MusicOptions } from './player.ts';
import { noAudioBackend, type AudioBackend } from './backend.ts';
import { howlerBackend } from './howler-backend.ts';
import { audioSettingsStore } from '../storage/audio-settings.ts';
import type { MusicId, SfxId } from './sound-map.ts';
import { gameState } from '../app/game-state.ts';
import { UI, inBoth } from '../ui/i18n.ts';
import { showNotices } from '../scenes/scene-kit.ts';
import { shown, type AudioReport } from '../app/shown-state.ts';
import { menuSounds } from '../ui/menu.ts';
import { isTextInput } from '../ui/text-input.ts';

let player: AudioPlayer | null = null;
let activeScene: Phaser.Scene | null = null;
let speaker: Phaser.GameObjects.Image | null = null;

/** The session's player, or null before Boot made it. */
export function audio(): AudioPlayer | null {
  return player;
}

/** Makes the player once (idempotent) and plugs it in as the game's AudioSink. */
export function startAudio(): AudioPlayer {
  if (player) return player;
  const state = gameState();
  let backend: AudioBackend;
  try {
    backend = howlerBackend();
  } catch {
    backend = noAudioBackend;
  }
  const p = new AudioPlayer({
    backend,
    now: () => performance.now(),
    settings: audioSettingsStore(state.storage),
    warn: (message) => console.warn(message),
    noticeText: UI[state.settings.lang].audioFailed,
    onNotice: (text) => {
      state.notices.add(text === UI[state.settings.lang].audioFailed ? inBoth((t) => t.audioFailed) : text, 'audio-failed');
      // Failures arrive while a scene is up (files load in the background): show it there.
      if (activeScene?.sys.isActive()) showNotices(activeScene);
    },
  });
  player = p;
  state.audio = p;
  window.addEventListener('keydown', (e) => {
    if (e.code !== 'KeyM' || e.repeat || e.ctrlKey || e.metaKey || e.altKey || e.isComposing || isTextInput(e.target)) return;
    p.toggleMute();
  });
  p.onChange(() => updateSpeaker());
  menuSounds.play = menuSound;
  shown.audio = audioReport;
  return p;
}

/** An effect from the game's own UI (menus, the interlude), not from a core event. */
export function sfx(id: SfxId): void {
  player?.play(id);
}

/** The menu sounds, for Menu.onSound. */
export function menuSound(kind: 'move' | 'confirm' | 'cancel'): void {
  sfx(kind === 'move' ? 'menu-move' : kind);
}

/**
 * Called once from each scene's create(): sets the scene's music ('keep' leaves whatever plays)
 * and puts the speaker button in the top-right corner, left of the debug overlay's toggle.
 */
export function sceneAudio(scene: Phaser.Scene, music: MusicId | null | 'keep', options?: MusicOptions): void {
  const p = startAudio();
  activeScene = scene;
  if (music !== 'keep') p.music(music, options);

  const button = scene.add.image(0, 0, p.muted ? 'icon-speaker-off' : 'icon-speaker-on')
    .setOrigin(1, 0)
    .setDepth(1001)
    .setScrollFactor(0)
    .setInteractive({ useHandCursor: true });
  button.on(Phaser.Input.Events.GAMEOBJECT_POINTER_DOWN, (_p: Phaser.Input.Pointer, _x: number, _y: number, event: Phaser.Types.Input.EventData) => {
    // The click is the speaker's, not the message window's (Battle advances text on a click).
    event.stopPropagation();
    p.toggleMute();
  });
  speaker = button;
  const place = (width: number, height: number) => {
    // Below the debug overlay's toggle (a DOM button, top-right, 28 px) and its phone strip (~40 px).
    button.setScale(speakerZoom(width, height)).setPosition(width - 6, SPEAKER_TOP);
  };
  const onResize = (size: Phaser.Structs.Size) => place(size.width, size.height);
  place(scene.scale.width, scene.scale.height);
  scene.scale.on(Phaser.Scale.Events.RESIZE, onResize);
  scene.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
    scene.scale.off(Phaser.Scale.Events.RESIZE, onResize);
    if (speaker === button) speaker = null;
    if (activeScene === scene) activeScene = null;
  });
}

/** Where the speaker button starts, in CSS px from the top; notices go below it (scene-kit.ts). */
export const SPEAKER_TOP = 44;

export function speakerZoom(width: number, height: number): number {
  return Math.max(2, Math.round(Math.min(width, height) / 320));
}

function updateSpeaker(): void {
  if (!speaker || !player || !speaker.scene) return;
  speaker.setTexture(player.muted ? 'icon-speaker-off' : 'icon-speaker-on');
}

/** What window.__game.audio reports. */
export function audioReport(): AudioReport {
  const status = player?.status() ?? { unlocked: false, muted: false, failed: [] };
  const b = speaker?.scene ? speaker.getBounds() : null;
  return {
    played: player ? [...player.played] : [],
    muted: status.muted,
    unlocked: status.unlocked,
    failed: status.failed,
    music: player?.musicId ?? null,
    speaker: b && speaker ? { icon: speaker.texture.key, x: b.x, y: b.y, w: b.width, h: b.height } : null,
  };
}
