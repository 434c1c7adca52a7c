// Chapter 2: the same chest as a generator function. The state is where it stopped, and `yield`
// hands out one value at a time. Then a generator that never ends: the caller decides when to stop.
export function* chestItems(items: readonly string[]): Generator<string, void, undefined> {
  for (const item of items) { // py:loop
    yield item; // py:give
  }
} // py:end

export function* countForever(): Generator<number, never, undefined> {
  let i = 0; // py:zero
  while (true) { // py:forever
    i += 1; // py:up
    yield i; // py:count
  }
}
