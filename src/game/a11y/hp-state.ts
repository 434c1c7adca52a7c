// HP states as words and marks, not colour alone: the status box turns amber under half and red
// under a quarter (ui/status-box.ts hpColor), and shows the same state as a mark after the number
// so a player who cannot tell the colours apart still sees it; the mirror says it in words.

export type HpState = 'normal' | 'low' | 'critical';

/** The same thresholds as the status box's colours. */
export function hpState(hp: number, maxHp: number): HpState {
  if (hp <= 0 || hp < maxHp * 0.25) return 'critical';
  if (hp < maxHp * 0.5) return 'low';
  return 'normal';
}

/** The mark after the HP number: nothing, `!` (low) or `!!` (critical). */
export function hpMark(state: HpState): string {
  return state === 'critical' ? '!!' : state === 'low' ? '!' : '';
}
