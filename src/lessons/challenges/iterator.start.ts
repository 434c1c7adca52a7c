// A chest as an iterator: next() hands out what is left. Make it say `done: true` once it is empty
// (JavaScript's StopIteration) instead of handing out `undefined` forever.
export default function chest() {
  const items = ['herb', 'sword', 'shield'];
  return {
    next() {
      return { value: items.shift(), done: false };
    },
  };
}
