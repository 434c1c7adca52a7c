// Chapter 3: the memo's counter. `next()` counts up; `next(value)` (Python's send) resets it.
// The first next() only runs it up to the first yield: nothing is waiting for a value before that.
export function* counter(): Generator<number, never, number | undefined> {
  let count = 0; // py:start
  while (true) { // py:loop
    const received = yield count; // py:yield
    if (received !== undefined) { // py:sent
      count = received; // py:reset
    } else {
      count += 1; // py:up
    }
  }
}
