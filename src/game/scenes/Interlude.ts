import * as Phaser from 'phaser';
import { FLOORS, NO_TALLY, type Progress } from '../../core/adventure.ts';
import { gameState, heroStats } from '../app/game-state.ts';
import { UI } from '../ui/i18n.ts';
import { showScene, showNotices } from './scene-kit.ts';
import { buildScreen, type Line } from './screen-kit.ts';
import { Controls } from '../ui/controls.ts';
import { hpColor } from '../ui/status-box.ts';
import { COLORS } from '../ui/theme.ts';
import { sceneAudio, sfx } from '../audio/scene-audio.ts';

/** The next floor's monsters by name, a kind met twice as "×2" (short enough for a phone's line). */
function enemyNames(kinds: readonly string[]): string {
  const { roster, settings } = gameState();
  const counts = new Map<string, number>();
  for (const k of kinds) counts.set(k, (counts.get(k) ?? 0) + 1);
  const names = [...counts].map(([k, n]) => `${roster.get(k)?.name[settings.lang] ?? k}${n > 1 ? ` ×${n}` : ''}`);
  return names.join(settings.lang === 'ja' ? '、' : ', ');
}

/**
 * Between floors, and after getting away: where the hero is, what waits on the floor, the HP and
 * MP they carry into it and the run so far. `fled`: the same floor again, as a new battle.
 */
export class Interlude extends Phaser.Scene {
  constructor() {
    super('Interlude');
  }

  create(data: { progress: Progress; stageClear?: boolean; fled?: boolean }): void {
    const { progress } = data;
    const t = UI[gameState().settings.lang];
    const { maxHp, maxMp } = heroStats();
    const floor = FLOORS[progress.floor];
    const tally = progress.tally ?? NO_TALLY;
    const lines: Line[] = [
      ...(data.fled ? [{ text: t.fledFloor, color: COLORS.info }] : []),
      { text: t.floorOf(progress.floor + 1, FLOORS.length), color: floor?.boss ? COLORS.danger : COLORS.accent, big: true },
      ...(floor ? [{ text: t.ahead(enemyNames(floor.enemies)), color: floor.boss ? COLORS.danger : COLORS.text }] : []),
      { text: `${t.hp} ${progress.hp} / ${maxHp}   ${t.mp} ${progress.mp} / ${maxMp}`, color: hpColor(progress.hp, maxHp) },
      ...(tally.battles > 0 ? [{ text: t.runSoFar(tally.battles, tally.turns), color: COLORS.dim }, { text: t.damageSoFar(tally.dealt, tally.taken), color: COLORS.dim }] : []),
      { text: t.seed(progress.seed), color: COLORS.dim },
    ];
    const { menu, probes, text } = buildScreen(this, new Controls(this), lines, [
      data.fled
        ? { label: t.retryHere, value: 'next' as const, hint: t.retryHereHint }
        : { label: t.nextFloor, value: 'next' as const, hint: t.nextFloorHint },
      { label: t.toTitle, value: 'title' as const, hint: t.titleKeepsSave(progress.floor + 1) },
    ], 'interlude');
    showScene(this, 'Interlude', { probes, text });
    showNotices(this);
    // The victory jingle runs on; a floor just won gets its stage-clear sting.
    sceneAudio(this, 'keep');
    if (data.stageClear) sfx('stage-clear');
    void menu.choose().then((pick) => {
      if (!this.scene.isActive()) return;
      if (pick === 'next') this.scene.start('Battle', { kind: 'adventure', progress });
      else this.scene.start('Title');
    });
  }
}
