/**
 * A list gathered in a buffer reused from one use to the next (evaluation is synchronous and
 * never re-entered): reset from a first list, added to, then copied at its final size. Nothing
 * is allocated until the copy, and the buffer is never shrunk (so never reallocated).
 */
export class Gathered<T> {
  private readonly items: T[] = [];
  count = 0;

  reset(from: readonly T[]): void {
    for (let i = 0; i < from.length; i++) this.items[i] = from[i]!;
    this.count = from.length;
  }

  at(index: number): T {
    return this.items[index]!;
  }

  has(item: T): boolean {
    for (let i = 0; i < this.count; i++) if (this.items[i] === item) return true;
    return false;
  }

  push(item: T): void {
    this.items[this.count++] = item;
  }

  /** Whether it holds `list`, in order. */
  equals(list: readonly T[]): boolean {
    if (list.length !== this.count) return false;
    for (let i = 0; i < this.count; i++) if (this.items[i] !== list[i]) return false;
    return true;
  }

  copy(): T[] {
    const out = new Array<T>(this.count);
    for (let i = 0; i < this.count; i++) out[i] = this.items[i]!;
    return out;
  }
}
