// A chest as an iterator: next() hands out what is left, then says `done: true` for good.
export default function chest() {
  const items = ['herb', 'sword', 'shield'];
  return {
    next() {
      if (items.length > 0) return { value: items.shift(), done: false };
      return { value: undefined, done: true };
    },
  };
}
