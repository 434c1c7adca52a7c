import { describe, expect, it } from 'vitest';
import { RunQueue } from '../../src/core/queue.ts';

describe('RunQueue', () => {
  it('is FIFO like the seed tasks list: pop(0) and append', () => {
    const q = new RunQueue(['hero', 'slime']);
    const t = q.shift()!;
    q.push(t);
    expect(q.toArray()).toEqual(['slime', 'hero']);
    expect(q.peek()).toBe('slime');
    expect(q.length).toBe(2);
  });

  it('keeps order while wrapping around and growing past its first capacity', () => {
    const q = new RunQueue<number>();
    for (let i = 0; i < 6; i++) q.push(i);
    for (let i = 0; i < 5; i++) q.push(q.shift()!); // head is now mid-buffer
    for (let i = 6; i < 20; i++) q.push(i);
    expect(q.toArray()).toEqual([5, 0, 1, 2, 3, 4, ...Array.from({ length: 14 }, (_, i) => i + 6)]);
    const drained: number[] = [];
    while (q.length) drained.push(q.shift()!);
    expect(drained).toHaveLength(20);
    expect(q.shift()).toBeUndefined();
    expect(q.peek()).toBeUndefined();
  });

  it('removes the first match only and keeps the rest in order', () => {
    const q = new RunQueue(['a', 'b', 'a', 'c']);
    expect(q.remove((x) => x === 'a')).toBe('a');
    expect(q.toArray()).toEqual(['b', 'a', 'c']);
    expect(q.remove((x) => x === 'z')).toBeUndefined();
    q.push('d');
    expect(q.toArray()).toEqual(['b', 'a', 'c', 'd']);
  });
});
