// This generator counts 1, 2, 3 and stops. Make it endless: 1, 2, 3, 4, … for as long as
// anyone calls next(). (A loop that yields every time never freezes the page.)
export default function* count() {
  let i = 0;
  i += 1;
  yield i;
  i += 1;
  yield i;
  i += 1;
  yield i;
}
