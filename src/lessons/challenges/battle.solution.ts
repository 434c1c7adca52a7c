// The memo's hpCounter: yields its HP, takes damage sent in, and dies with `return 0`.
export default function* hpCounter(initialHp: number): Generator<number, number, number | undefined> {
  let count = initialHp;
  while (true) {
    const received = yield count;
    if (received !== undefined && received < 0) {
      count -= Math.abs(received);
      if (count <= 0) return 0;
    }
  }
}
