// The classic rule, the seed's run(): `t.send(None)`, then `t.send(randint(-10, -5))` in the next
// step, and back to the end of the queue. A plain loop, one resume per step: this is the hot path.
import type { Entry, Fight } from './battle-state.ts';
import { classicDamage } from './rules.ts';

/** Marks "no draw pending": the next step starts a turn. */
const NONE = -1;

export class ClassicTurn {
  private draw = NONE;
  private drawsUsed = 0;

  /** `draws` are the recorded damage numbers, read front to back; once used up, the rules RNG draws. */
  constructor(
    private readonly f: Fight,
    private readonly draws: readonly number[],
  ) {}

  /** One step: the first half of a turn or its second, and the turn's end when it ends here. */
  step(): void {
    const f = this.f;
    do {
      if (this.draw !== NONE) {
        const t = f.current!;
        const draw = this.draw;
        this.draw = NONE;
        this.hit(t, draw);
        this.endTurn(t);
        return;
      }
      const t = f.startTurn();
      if (!t) break;
      if (f.settle(t, f.resume(t, undefined))) {
        this.draw = this.drawsUsed < this.draws.length ? this.draws[this.drawsUsed++]! : classicDamage(f.rules);
        return;
      }
      this.endTurn(t);
    } while (f.outcome === null && !f.resumedThisStep);
    if (f.outcome === null && !f.resumedThisStep) f.finish('draw');
  }

  /** `t.send(-damage)`: the damage goes in, and the counter's answer is settled. */
  private hit(t: Entry, draw: number): void {
    const f = this.f;
    const prevHp = t.hp;
    const g = f.resume(t, -draw);
    if (g.kind === 'status' || g.kind === 'dead') f.emitDamage(t, null, prevHp, draw, false, false, g);
    f.settle(t, g);
  }

  private endTurn(t: Entry): void {
    const f = this.f;
    if (f.outcome === null && f.isIn(t)) f.enqueue(t);
    f.current = null;
    if (f.outcome === null && f.resumedThisStep) f.atTurnTop = true;
  }
}
