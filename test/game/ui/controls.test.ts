import { describe, expect, it } from 'vitest';
import { eachEventOnce } from '../../../src/game/ui/controls';

describe('eachEventOnce', () => {
  it('passes each event object on once, however often Phaser replays it', () => {
    const seen: string[] = [];
    const handle = eachEventOnce((e: { code: string }) => seen.push(e.code));
    const down = { code: 'ArrowDown' };
    const right = { code: 'ArrowRight' };
    // What Phaser's KeyboardPlugin does with two presses in one frame: the queue replayed on each new event.
    handle(down);
    handle(down);
    handle(right);
    handle(down);
    handle(right);
    expect(seen).toEqual(['ArrowDown', 'ArrowRight']);
    // A new event with the same key is a new press.
    handle({ code: 'ArrowDown' });
    expect(seen).toEqual(['ArrowDown', 'ArrowRight', 'ArrowDown']);
  });
});
