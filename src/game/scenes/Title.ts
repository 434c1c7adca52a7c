import * as Phaser from 'phaser';
import { gameState, newAdventure, persistSettings, randomSeed, savedProgress, storeProgress } from '../app/game-state.ts';
import { UI, inBoth } from '../ui/i18n.ts';
import { screenColumn } from '../ui/layout.ts';
import { rectsOf, showScene, showNotices, textProbe } from './scene-kit.ts';
import { TEXT_SPEEDS } from '../storage/settings.ts';
import { nextBattleSpeed } from '../battle/speed.ts';
import { Controls } from '../ui/controls.ts';
import { addFrame } from '../ui/frame.ts';
import { Menu, TOUCH_MIN, isPhone } from '../ui/menu.ts';
import { COLORS, textStyle } from '../ui/theme.ts';
import { audio, sceneAudio } from '../audio/scene-audio.ts';
import { keySettings } from '../a11y/key-screen.ts';
import { A11Y_WORDS } from '../a11y/words.ts';
import { PARTY_WORDS } from '../ui/party-words.ts';
import { shown } from '../app/shown-state.ts';
import { LEARN_WORDS } from '../lessons/learn-texts.ts';

type Choice = 'start' | 'continue' | 'classic' | 'lang' | 'settings' | 'credits' | 'learn';

/** The title screen: what the game is, and the way into it. Screens here hold no battle rules. */
export class Title extends Phaser.Scene {
  private controls!: Controls;
  /** Where the line under the logo ends: windows opened here start below it. */
  private taglineBottom = 0;
  /** The keys line, hidden while a window (settings, credits) is open over it. */
  private help: Phaser.GameObjects.Text | null = null;

  constructor() {
    super('Title');
  }

  create(): void {
    this.controls = new Controls(this);
    const state = gameState();
    const t = UI[state.settings.lang];
    const { width, height } = this.scale;
    const col = screenColumn(width, height);
    const portrait = height > width * 1.1;

    const big = Math.round(col.font * (portrait ? 1.6 : 2));
    let y = col.top + big;
    const logo = this.add.text(width / 2, y, t.title, textStyle(big, COLORS.accent)).setOrigin(0.5, 0.5).setStroke('#6b3a00', 4);
    y += big;
    const subtitle = this.add.text(width / 2, y, t.subtitle, textStyle(col.font, COLORS.text)).setOrigin(0.5, 0.5);
    y += col.line;
    const tagline = this.add.text(width / 2, y, t.tagline, textStyle(Math.max(12, Math.round(col.font * 0.8)), COLORS.info)).setOrigin(0.5, 0.5);
    y += col.line * 0.9;

    // A hero facing the seed's slime: the whole story in two sprites.
    const zoom = Math.max(2, Math.floor(Math.min(width / 8, height / 7) / 24));
    const heroImage = this.add.image(width / 2 - 24 * zoom, y + 24 * zoom, 'hero').setScale(zoom).setOrigin(0.5, 1);
    const slimeImage = this.add.image(width / 2 + 24 * zoom, y + 24 * zoom, 'slime').setScale(zoom).setOrigin(0.5, 1);
    y += 24 * zoom + col.pad * 2;

    // Only a save with nothing worth keeping is cleared; a repaired one is written back, and a
    // storage that would not even read is left alone.
    shown.adventure = null;
    const save = savedProgress();
    if (save.status === 'corrupt') {
      storeProgress(null);
      state.notices.add(inBoth((u) => u.saveDiscarded));
    } else if (save.status === 'repaired' || save.status === 'migrated') {
      storeProgress(save.progress);
      state.notices.add(save.notice, `save-${save.status}`);
    } else if (save.status === 'unreadable') {
      state.notices.add(save.notice, 'save-unreadable');
    }
    const hasSave = save.status === 'ok' || save.status === 'repaired' || save.status === 'migrated';
    const items = [
      { label: t.start, value: 'start' as Choice },
      { label: t.continue, value: 'continue' as Choice, enabled: hasSave },
      { label: t.classic, value: 'classic' as Choice },
      { label: t.language, value: 'lang' as Choice },
      { label: t.settings, value: 'settings' as Choice },
      { label: t.credits, value: 'credits' as Choice },
      { label: LEARN_WORDS[state.settings.lang].menu, value: 'learn' as Choice },
    ];
    const rows = Math.ceil(items.length / (portrait ? 1 : 2));
    const rowH = isPhone(width, height) ? Math.max(col.line, TOUCH_MIN) : col.line;
    const menuH = Math.min(height - y - col.pad, rows * rowH + 16 * (col.font >= 20 ? 2 : 1));
    const menu = new Menu(this, this.controls, items, { rect: { x: col.x, y, w: col.w, h: menuH }, font: col.font, columns: portrait ? 1 : 2, id: 'title' });
    // The keys, under the menu: a new player learns them here, not by trying.
    const helpSize = Math.max(12, Math.round(col.font * 0.7));
    const help = this.add.text(width / 2, Math.min(y + menuH + col.pad, height - helpSize * 3.2), t.controlsHelp.join('\n'), {
      ...textStyle(helpSize, COLORS.dim), align: 'center', lineSpacing: Math.round(helpSize * 0.3),
    }).setOrigin(0.5, 0);
    this.taglineBottom = tagline.getBounds().bottom;
    this.help = help;
    // What notices must never cover, published for the tests to check.
    showScene(this, 'Title', { probes: new Map([['logo', textProbe(logo)], ['subtitle', textProbe(subtitle)], ['tagline', textProbe(tagline)], ['controls', textProbe(help)]]) });
    // Clear of the logo and the subtitle, and of the menu, which they would make unreadable.
    const menuRect = { x: col.x, y, w: col.w, h: menuH };
    showNotices(this, () => [...rectsOf(logo, subtitle, tagline, heroImage, slimeImage, help)(), menuRect]);
    sceneAudio(this, 'bgm-title');

    // Rebuilding is cheapest on resize: this screen has no state of its own.
    let timer: Phaser.Time.TimerEvent | null = null;
    const resize = () => {
      timer?.remove();
      timer = this.time.delayedCall(120, () => this.scene.restart());
    };
    this.scale.on(Phaser.Scale.Events.RESIZE, resize);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => this.scale.off(Phaser.Scale.Events.RESIZE, resize));

    void this.loop(menu, hasSave);
  }

  private async loop(menu: Menu<Choice>, hasSave: boolean): Promise<void> {
    const state = gameState();
    for (;;) {
      const choice = await menu.choose();
      if (!this.scene.isActive()) return;
      switch (choice) {
        case 'start': {
          const progress = newAdventure(state.params.seed ?? randomSeed());
          storeProgress(progress);
          this.scene.start('Battle', { kind: 'adventure', progress });
          return;
        }
        case 'continue': {
          const saved = savedProgress();
          if (!hasSave || (saved.status !== 'ok' && saved.status !== 'repaired' && saved.status !== 'migrated')) continue;
          this.scene.start('Interlude', { progress: saved.progress });
          return;
        }
        case 'classic':
        case 'learn':
          this.scene.start(choice === 'learn' ? 'Learn' : 'Classic');
          return;
        case 'lang':
          state.settings.lang = state.settings.lang === 'ja' ? 'en' : 'ja';
          persistSettings();
          this.scene.restart();
          return;
        case 'settings':
          this.help?.setVisible(false);
          await this.settings();
          this.help?.setVisible(true);
          continue;
        case 'credits':
          this.help?.setVisible(false);
          await this.credits();
          this.help?.setVisible(true);
          continue;
        default:
          continue;
      }
    }
  }

  private async settings(): Promise<void> {
    const state = gameState();
    const { width, height } = this.scale;
    const col = screenColumn(width, height);
    // Sound settings live in the audio player (saved by it under their own key); the rest here.
    const player = audio();
    const pct = (v: number) => Math.round(v * 100);
    // Each confirm steps a volume up by 20%, wrapping from 100% to 0%.
    const nextVolume = (v: number) => (pct(v) >= 100 ? 0 : Math.min(1, (Math.floor(pct(v) / 20) + 1) / 5));
    let cursor = 0;
    for (;;) {
      const t = UI[state.settings.lang];
      const sound = player?.settings() ?? { muted: false, music: 0, sfx: 0 };
      const items = [
        { label: t.motion(state.settings.reducedMotion), value: 'motion' },
        { label: t.textSpeed(state.settings.textSpeed), value: 'text' },
        { label: t.battleSpeed(state.settings.battleSpeed ?? 1), value: 'speed' },
        { label: PARTY_WORDS[state.settings.lang].companions(state.settings.companionsAuto === true), value: 'companions' },
        { label: t.sound(!sound.muted), value: 'sound', enabled: player !== null },
        { label: t.musicVolume(pct(sound.music)), value: 'music', enabled: player !== null },
        { label: t.sfxVolume(pct(sound.sfx)), value: 'sfx', enabled: player !== null },
        { label: A11Y_WORDS[state.settings.lang].keysItem, value: 'keys' },
        { label: t.back, value: 'back' },
      ];
      const rowH = isPhone(width, height) ? Math.max(col.line, TOUCH_MIN) : col.line;
      const h = rowH * items.length + 32;
      // Centred, but never across the logo's lines; on a short screen it keeps to the bottom.
      const top = Math.min(Math.max(this.taglineBottom + col.pad, Math.round((height - h) / 2)), height - col.pad - h);
      const menu = new Menu(this, this.controls, items, {
        rect: { x: col.x, y: Math.max(col.pad, top), w: col.w, h },
        font: col.font, cancelable: true, id: 'settings', title: t.settings, initial: cursor,
      });
      const pick = await menu.choose();
      cursor = Math.max(0, items.findIndex((i) => i.value === pick));
      menu.destroy();
      if (pick === 'motion') state.settings.reducedMotion = !state.settings.reducedMotion;
      else if (pick === 'text') state.settings.textSpeed = TEXT_SPEEDS[(TEXT_SPEEDS.indexOf(state.settings.textSpeed) + 1) % TEXT_SPEEDS.length]!;
      else if (pick === 'speed') state.settings.battleSpeed = nextBattleSpeed(state.settings.battleSpeed ?? 1);
      else if (pick === 'companions') state.settings.companionsAuto = !(state.settings.companionsAuto === true);
      else if (pick === 'sound') player?.toggleMute();
      else if (pick === 'music') player?.setVolume('music', nextVolume(sound.music));
      else if (pick === 'sfx') player?.setVolume('sfx', nextVolume(sound.sfx));
      else if (pick === 'keys') await keySettings(this, this.controls, this.taglineBottom + col.pad);
      else return;
      persistSettings();
    }
  }

  private async credits(): Promise<void> {
    const t = UI[gameState().settings.lang];
    const { width, height } = this.scale;
    const col = screenColumn(width, height);
    const h = col.line * (t.creditsText.length + 1) + 32;
    const rect = { x: col.x, y: Math.round((height - h) / 2), w: col.w, h };
    const frame = addFrame(this, rect, col.font);
    const text = this.add.text(rect.x + col.pad * 2, rect.y + col.pad * 2, t.creditsText.join('\n'), { ...textStyle(col.font), lineSpacing: Math.round(col.font * 0.6) });
    const menu = new Menu(this, this.controls, [{ label: t.back, value: 'back' }], { rect: { x: rect.x, y: rect.y + rect.h, w: rect.w, h: col.line + 24 }, font: col.font, cancelable: true, id: 'credits' });
    await menu.choose();
    menu.destroy();
    frame.destroy();
    text.destroy();
  }
}
