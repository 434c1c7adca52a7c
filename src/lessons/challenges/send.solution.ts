// The memo's counter: next() counts up, next(value) resets it to the value, 0 included.
export default function* counter(): Generator<number, never, number | undefined> {
  let count = 0;
  while (true) {
    const received = yield count;
    if (received !== undefined) {
      count = received;
    } else {
      count += 1;
    }
  }
}
