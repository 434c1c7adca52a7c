// The memo's hpCounter, as the classic turn drives it: next() on its turn, then next(-damage).
// It never dies: when its HP reaches 0 or less, make it `return 0`, like the memo's counter.
export default function* hpCounter(initialHp: number): Generator<number, number, number | undefined> {
  let count = initialHp;
  while (true) {
    const received = yield count;
    if (received !== undefined && received < 0) {
      count -= Math.abs(received);
    }
  }
}
