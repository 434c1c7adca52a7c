// The Learn screen's page, behind the Learn scene (a chunk of its own, fetched when the screen
// opens): progress, keys, the chapter's demo and challenge, the real debugger for the classic
// battle, and leaving. The page is DOM (learn-panel.ts); the scene only starts and stops it.
import * as Phaser from 'phaser';
import type { QuickJSWASMModule } from 'quickjs-emscripten-core';
import { gameState } from '../app/game-state.ts';
import { BattleSession } from '../battle/session.ts';
import { mountDebugOverlay } from '../debug/lazy-overlay.ts';
import { browserStorage } from '../storage/browser-storage.ts';
import { readLessonProgress, writeLessonProgress, type LessonProgress } from '../storage/lesson-progress.ts';
import { isTextInput } from '../ui/text-input.ts';
import { CHAPTER_IDS } from '../../lessons/checks.ts';
import { buildDemo, type DemoEnv } from './chapters.ts';
import type { Demo } from './frame.ts';
import { recordDriverTrace } from './driver-trace.ts';
import { createChallenge } from './learn-challenge.ts';
import { createLearnPanel, type LearnPanel } from './learn-panel.ts';
import { onLessonReload } from './lesson-sources.ts';
import { LEARN_WORDS } from './learn-texts.ts';
import classicSource from '../../combatants/classic.ts?raw';
import driverSource from '../battle/driver.ts?raw';

/** The memo's draws, so chapter 4 is the memo's own battle, line for line. */
const MEMO_DAMAGE = [8, 9, 7, 8, 7, 10];

/** One open Learn screen, living as long as its scene (it tidies up on the scene's shutdown). */
export class LearnPage {
  private panel: LearnPanel | null = null;
  private demo: Demo | null = null;
  private closeChapter: (() => void) | null = null;
  private progress!: LessonProgress;
  private quickjs: Promise<QuickJSWASMModule> | null = null;
  private busy = false;

  constructor(private readonly scene: Phaser.Scene) {
    this.create();
  }

  private create(): void {
    const state = gameState();
    const lang = state.settings.lang;
    const storage = browserStorage();
    const read = readLessonProgress(storage);
    this.progress = read.progress;
    if (read.notice) {
      writeLessonProgress(storage, this.progress);
      state.notices.add(read.notice, 'lessons-repaired');
    }
    this.panel = createLearnPanel(document, lang, {
      prev: () => this.open(this.progress.chapter - 1),
      next: () => this.open(this.progress.chapter + 1),
      back: () => this.scene.scene.start('Title'),
      step: () => this.step(),
      restart: () => this.restart(),
      open: (i) => this.open(i),
    });
    if (read.notice) {
      this.panel.el.dataset.notice = read.notice[lang];
      this.panel.notice(read.notice[lang]);
    }
    const onKey = (e: KeyboardEvent) => this.key(e);
    window.addEventListener('keydown', onKey);
    const stopReload = onLessonReload(() => {
      this.open(this.progress.chapter);
      this.panel?.notice(LEARN_WORDS[lang].reloaded('src/lessons'));
    });
    this.scene.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      window.removeEventListener('keydown', onKey);
      stopReload();
      this.closeChapter?.();
      this.panel?.destroy();
      this.panel = null;
    });
    this.open(this.progress.chapter);
  }

  private save(change: Partial<LessonProgress>): void {
    this.progress = { ...this.progress, ...change };
    writeLessonProgress(browserStorage(), this.progress);
  }

  private open(index: number): void {
    if (!this.panel || index < 0 || index >= CHAPTER_IDS.length) return;
    this.closeChapter?.();
    const id = CHAPTER_IDS[index]!;
    const lang = gameState().settings.lang;
    this.save({ chapter: index });
    const disposers: (() => void)[] = [];
    const env: DemoEnv = {
      lang,
      classicSource,
      driverSource,
      classic: () => this.classicSession(disposers),
      recordDriver: () => {
        const session = new BattleSession({ version: 1, mode: 'battle', seed: 7, party: [{ kind: 'hero' }], enemies: ['slime'], commands: [] }, gameState().roster);
        return recordDriverTrace(session, lang).finally(() => session.dispose());
      },
    };
    this.demo = buildDemo(id, env);
    this.panel.showChapter(index, this.progress.solved, id === 'battle');
    const challenge = createChallenge({
      host: this.panel.challengeHost,
      lang,
      id,
      saved: this.progress.code[id] ?? null,
      quickjs: () => (this.quickjs ??= import('./challenge-run.ts').then((m) => m.loadQuickJs())),
      onCode: (text) => {
        const code = { ...this.progress.code };
        if (text === null) delete code[id];
        else code[id] = text;
        this.save({ code });
      },
      onSolved: () => {
        if (!this.progress.solved.includes(id)) this.save({ solved: CHAPTER_IDS.filter((c) => c === id || this.progress.solved.includes(c)) });
        this.panel?.showChapter(index, this.progress.solved, id === 'battle');
      },
    });
    const demo = this.demo;
    this.closeChapter = () => {
      challenge.destroy();
      demo.dispose();
      for (const d of disposers.splice(0)) d();
      this.demo = null;
    };
    this.render();
  }

  /** Chapter 4's battle: a real classic session, paused, with the real debugger open beside it. */
  private classicSession(disposers: (() => void)[]) {
    const state = gameState();
    const session = new BattleSession({ version: 1, mode: 'classic', seed: 0, damage: MEMO_DAMAGE }, state.roster, { paused: true });
    const unsubscribe = session.subscribe({ onSnap: () => this.render(), onReset: () => this.render() });
    const unmount = mountDebugOverlay(session, state.settings.lang, { open: true });
    disposers.push(() => {
      unsubscribe();
      unmount();
      session.dispose();
    });
    return {
      get battle() {
        return session.battle;
      },
      step: () => {
        session.step();
        session.snap();
      },
      restart: () => session.restart(),
    };
  }

  private render(): void {
    if (this.demo && this.panel) this.panel.render(this.demo.frame());
  }

  private step(): void {
    const demo = this.demo;
    if (!demo || this.busy) return;
    this.busy = true;
    void demo.step().then(() => {
      this.busy = false;
      if (demo === this.demo) this.render();
    });
  }

  private restart(): void {
    if (this.busy) return;
    this.demo?.restart();
    this.render();
  }

  private key(e: KeyboardEvent): void {
    // The editor lives in a shadow root: the event's own target is inside it, not the host.
    if (e.isComposing || e.ctrlKey || e.metaKey || e.altKey || isTextInput(e.composedPath()[0] ?? e.target)) return;
    // With the debugger open (chapter 4) its own N and R step and restart the same battle.
    const overlayOpen = document.querySelector('.cq-debug[data-open="true"]') !== null;
    const k = e.key.toLowerCase();
    if (k === 'n' && !overlayOpen) this.step();
    else if (k === 'r' && !overlayOpen) this.restart();
    else if (e.key === 'ArrowLeft' || e.key === 'PageUp') this.open(this.progress.chapter - 1);
    else if (e.key === 'ArrowRight' || e.key === 'PageDown') this.open(this.progress.chapter + 1);
    else if (e.key === 'Escape') this.scene.scene.start('Title');
    else return;
    e.preventDefault();
  }
}
