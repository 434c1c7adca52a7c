// Chapter 6: two spells that take time, written with async/await on the virtual clock. One after
// the other takes 10 + 20; together (Promise.all, Python's asyncio.gather) takes 20.
import type { VirtualClock } from './virtual-clock.ts';

export async function cast(clock: VirtualClock, spell: string, ms: number): Promise<string> {
  clock.say(`${spell}: start`); // py:called
  await clock.sleep(ms, spell); // py:sleep
  clock.say(`${spell}: done`); // py:say
  return spell;
}

export async function oneAfterAnother(clock: VirtualClock): Promise<void> {
  await cast(clock, 'hoimi', 10); // py:seq-1
  await cast(clock, 'gira', 20); // py:seq-2
}

export async function together(clock: VirtualClock): Promise<void> {
  await Promise.all([cast(clock, 'hoimi', 10), cast(clock, 'gira', 20)]); // py:gather
}
