/**
 * The run queue: a FIFO ring buffer, so popping the front stays O(1) with thousands of
 * coroutines (an Array's shift() is O(n)). This is the seed's `tasks` list.
 */
export class RunQueue<T> {
  private items: (T | undefined)[];
  private head = 0;
  private count = 0;

  constructor(initial: Iterable<T> = []) {
    this.items = new Array(8);
    for (const item of initial) this.push(item);
  }

  get length(): number {
    return this.count;
  }

  /** `tasks.append(t)` */
  push(item: T): void {
    if (this.count === this.items.length) this.grow();
    this.items[(this.head + this.count) % this.items.length] = item;
    this.count++;
  }

  /** `tasks.pop(0)` */
  shift(): T | undefined {
    if (this.count === 0) return undefined;
    const item = this.items[this.head];
    this.items[this.head] = undefined;
    this.head = (this.head + 1) % this.items.length;
    this.count--;
    return item;
  }

  peek(): T | undefined {
    return this.count === 0 ? undefined : this.items[this.head];
  }

  /** Takes out the first item that matches; used when a coroutine dies out of its turn. */
  remove(match: (item: T) => boolean): T | undefined {
    const all = this.toArray();
    const index = all.findIndex(match);
    if (index < 0) return undefined;
    const [removed] = all.splice(index, 1);
    this.items = new Array(Math.max(8, this.items.length));
    this.head = 0;
    this.count = 0;
    for (const item of all) this.push(item);
    return removed;
  }

  /** Visits every item, front first, without copying the queue. */
  forEach(visit: (item: T) => void): void {
    for (let i = 0; i < this.count; i++) visit(this.items[(this.head + i) % this.items.length] as T);
  }

  toArray(): T[] {
    const out: T[] = [];
    for (let i = 0; i < this.count; i++) out.push(this.items[(this.head + i) % this.items.length] as T);
    return out;
  }

  private grow(): void {
    const all = this.toArray();
    this.items = new Array(this.items.length * 2);
    this.head = 0;
    for (let i = 0; i < all.length; i++) this.items[i] = all[i];
  }
}
