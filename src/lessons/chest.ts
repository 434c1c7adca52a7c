// Chapter 1: an iterator is an object with next(). Its state (what is left) lives in a field,
// like the memo's class with __next__; `done: true` is JavaScript's StopIteration.
export class Chest implements Iterator<string, undefined> {
  private readonly items: string[];

  constructor(items: readonly string[]) {
    this.items = [...items]; // py:init
  }

  next(): IteratorResult<string, undefined> {
    if (this.items.length > 0) { // py:check
      return { value: this.items.shift()!, done: false }; // py:give
    }
    return { value: undefined, done: true }; // py:empty
  }

  [Symbol.iterator](): this {
    return this;
  }
}
