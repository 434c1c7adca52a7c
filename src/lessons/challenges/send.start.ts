// The memo's counter. It should reset to any value it is sent, 0 included, but `if (received)`
// takes 0 for "nothing was sent". Make send(0), that is next(0), reset it to 0.
export default function* counter(): Generator<number, never, number | undefined> {
  let count = 0;
  while (true) {
    const received = yield count;
    if (received) {
      count = received;
    } else {
      count += 1;
    }
  }
}
