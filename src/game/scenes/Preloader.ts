import * as Phaser from 'phaser';
import { SPRITE_KEYS, spriteUrls } from '../app/assets.ts';
import { gameState, randomSeed, type Run } from '../app/game-state.ts';
import { inBoth } from '../ui/i18n.ts';
import { loadFonts } from '../app/fonts.ts';
import { makeFallbackTexture } from '../ui/fallback-art.ts';
import { readEdits } from '../storage/playground-edits.ts';

/** Loads sprites and the font behind a real progress bar, then picks the first screen. */
export class Preloader extends Phaser.Scene {
  private fontReady = false;
  private bar!: Phaser.GameObjects.Graphics;
  private loaded = 0;

  constructor() {
    super('Preloader');
  }

  preload(): void {
    this.bar = this.add.graphics();
    this.scale.on(Phaser.Scale.Events.RESIZE, this.drawBar, this);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => this.scale.off(Phaser.Scale.Events.RESIZE, this.drawBar, this));
    this.drawBar();
    // Every PNG in assets/sprites (found by glob), so a new monster's art needs no list entry.
    for (const [key, url] of spriteUrls()) this.load.image(key, url);
    this.load.on(Phaser.Loader.Events.PROGRESS, (value: number) => {
      this.loaded = value;
      this.drawBar();
    });
    // A PNG that fails to decode is replaced below like a missing one.
    this.load.on(Phaser.Loader.Events.FILE_LOAD_ERROR, (file: Phaser.Loader.File) => console.warn(`[coroutine-quest] could not load ${file.key}`));
  }

  async create(): Promise<void> {
    // Japanese renders as boxes if a Text is drawn before its font subset is in: load the
    // subsets for every character the game can show, from the bundle (no network).
    try {
      await Promise.race([
        loadFonts(), // started in main.ts, before Phaser booted
        new Promise((resolve) => setTimeout(resolve, 8000)),
      ]);
    } catch {
      // A font that fails to load leaves the monospace fallback; the game still plays.
    }
    this.fontReady = true;
    this.drawBar();

    const state = gameState();
    for (const key of SPRITE_KEYS) {
      if (this.textures.exists(key)) continue;
      if (makeFallbackTexture(this, key)) state.notices.add(inBoth((t) => t.missingAsset(key)));
    }
    // A monster naming a sprite with no PNG: a notice naming its file and the key, and the stand-in.
    for (const def of state.roster.values()) {
      if (this.textures.exists(def.sprite)) continue;
      if (makeFallbackTexture(this, def.sprite)) state.notices.add(inBoth((t) => t.unknownSprite(`${def.kind}.ts`, def.sprite)));
    }
    this.route();
  }

  /** The player's own playground edits play first (a lazy chunk, fetched only when some are stored). */
  private route(): void {
    const state = gameState();
    const stored = readEdits(state.storage);
    if (stored.notice) state.notices.add(stored.notice);
    if (Object.keys(stored.files).length === 0) return this.routeNow();
    void import('../playground/link-consent.ts')
      .then((m) => m.runStoredEdits(stored.files, (n) => state.notices.add(n)))
      .catch((err: unknown) => console.warn('[coroutine-quest] saved playground edits could not be run:', err))
      .then(() => this.routeNow());
  }

  private routeNow(): void {
    const state = gameState();
    const { params } = state;
    // A shared link names the battle to show, whatever else the URL says.
    if (/(^#|&)log=/.test(window.location.hash)) {
      // Code in the link runs only if the player says so (src/game/playground/link-consent.ts).
      const code = /(^#|&)code=/.test(window.location.hash)
        ? import('../playground/link-consent.ts').then((m) => m.runLinkedCode(window.location.hash, state.settings.lang, (n) => state.notices.add(n)))
        : Promise.resolve();
      void code.then(() => import('../debug/log-actions.ts')).then((m) => {
        const opened = m.openLinkedLog(window.location.hash, state.roster);
        if (!opened?.ok) {
          if (opened) state.notices.add(opened.problem.message);
          this.scene.start('Title');
          return;
        }
        if (opened.note) state.notices.add(opened.note);
        if (opened.log.mode === 'classic') this.scene.start('Classic', { log: opened.log });
        else this.scene.start('Battle', { kind: 'log', log: opened.log } satisfies Run);
      }, (err: unknown) => {
        console.warn('[coroutine-quest] could not load the log reader:', err);
        state.notices.add({ en: 'The shared link could not be opened (the game failed to load part of itself)', ja: 'きょうゆう リンク を ひらけません (ゲーム の いちぶ が よみこめません)' });
        this.scene.start('Title');
      });
      return;
    }
    // The frame-rate stress battle is a test-build tool: the production build never starts one.
    if (params.stress && import.meta.env.MODE !== 'production') {
      const run: Run = { kind: 'stress', seed: params.seed ?? randomSeed(), n: params.stress };
      this.scene.start('Battle', run);
    } else if (params.classic) {
      this.scene.start('Classic');
    } else if (params.enemy || params.enemies) {
      const enemies = params.enemies ?? [params.enemy!];
      const run: Run = { kind: 'single', seed: params.seed ?? randomSeed(), enemy: enemies[0]!, enemies, hp: params.hp, steps: params.steps };
      this.scene.start('Battle', run);
    } else {
      this.scene.start('Title');
    }
  }

  private drawBar(): void {
    const { width, height } = this.scale;
    const w = Math.min(width * 0.7, 420);
    const h = 14;
    const x = (width - w) / 2;
    const y = height / 2 - h / 2;
    const progress = this.loaded * 0.8 + (this.fontReady ? 0.2 : 0);
    this.bar.clear();
    this.bar.lineStyle(2, 0xffffff, 1).strokeRect(x - 4, y - 4, w + 8, h + 8);
    this.bar.fillStyle(0xffd84a, 1).fillRect(x, y, Math.round(w * progress), h);
  }
}
