// The virtual clock: no timers and no wall time, so the same steps give the same times, every run.
import { describe, expect, it } from 'vitest';
import { VirtualClock } from '../../src/lessons/virtual-clock.ts';
import { oneAfterAnother, together } from '../../src/lessons/spells.ts';

async function run(main: (clock: VirtualClock) => Promise<void>) {
  const clock = new VirtualClock();
  clock.spawn('main', () => main(clock));
  const steps = await clock.runAll();
  return { steps, now: clock.now, lines: clock.lines };
}

describe('VirtualClock', () => {
  it('one after the other: 10 + 20, step by step', async () => {
    const r = await run(oneAfterAnother);
    expect(r.now).toBe(30);
    expect(r.steps).toEqual([
      { kind: 'ran', label: 'main' },
      { kind: 'woke', label: 'hoimi', at: 10 },
      { kind: 'ran', label: 'hoimi' },
      { kind: 'woke', label: 'gira', at: 30 },
      { kind: 'ran', label: 'gira' },
    ]);
    expect(r.lines.map((l) => `${l.at} ${l.text}`)).toEqual(['0 hoimi: start', '10 hoimi: done', '10 gira: start', '30 gira: done']);
  });

  it('together (Promise.all): 20, both asleep at once with their wake-up times', async () => {
    const clock = new VirtualClock();
    clock.spawn('main', () => together(clock));
    expect(clock.queue()).toEqual(['main']);
    await clock.step();
    expect(clock.queue()).toEqual([]);
    expect(clock.sleepers().map(({ label, wakeAt }) => ({ label, wakeAt }))).toEqual([{ label: 'hoimi', wakeAt: 10 }, { label: 'gira', wakeAt: 20 }]);
    await clock.runAll();
    expect(clock.now).toBe(20);
  });

  it('is deterministic: the same steps give the same times on every run', async () => {
    const a = await run(together);
    const b = await run(together);
    expect(a).toEqual(b);
    expect(await new VirtualClock().step()).toEqual({ kind: 'idle' });
  });

  it('wakes tasks with the same wake-up time in the order they went to sleep', async () => {
    const clock = new VirtualClock();
    const order: string[] = [];
    for (const name of ['a', 'b', 'c']) clock.spawn(name, async () => {
      await clock.sleep(5, name);
      order.push(name);
    });
    await clock.runAll();
    expect(order).toEqual(['a', 'b', 'c']);
    expect(clock.now).toBe(5);
  });
});
