// An endless generator: every next() runs to the next yield, and nothing more.
export default function* count() {
  let i = 0;
  while (true) {
    i += 1;
    yield i;
  }
}
