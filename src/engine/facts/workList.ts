/**
 * A list used as a stack or a log and emptied for reuse: unlike an array emptied with
 * `length = 0` or drained with `pop()`, which V8 shrinks (and so grows again, reallocating, on
 * the next use), its buffer keeps its size. Entries past `count` may hold stale items.
 */
export class WorkList<T> {
  private readonly items: T[] = [];
  count = 0;

  push(item: T): void {
    this.items[this.count++] = item;
  }

  pop(): T {
    return this.items[--this.count]!;
  }

  at(index: number): T {
    return this.items[index]!;
  }

  clear(): void {
    this.count = 0;
  }
}
