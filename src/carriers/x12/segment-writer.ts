/**
 * Builds segment strings and counts them, so SE01 is always the number actually written.
 */
import type { Delimiters } from './delimiters.ts';

export class SegmentWriter {
  #count = 0;

  constructor(
    readonly delimiters: Delimiters,
    /** Written after each terminator: '' (one line, the safest for carriers) or '\n' for people. */
    readonly lineBreak = '',
  ) {}

  /** Segments written since the last `restartCount()`. */
  get count(): number {
    return this.#count;
  }

  restartCount(): void {
    this.#count = 0;
  }

  /** One segment; trailing empty elements are dropped, as X12 requires. */
  segment(id: string, ...elements: string[]): string {
    let last = elements.length;
    while (last > 0 && elements[last - 1] === '') last--;
    this.#count++;
    const body = last === 0 ? id : `${id}${this.delimiters.element}${elements.slice(0, last).join(this.delimiters.element)}`;
    return `${body}${this.delimiters.segment}${this.lineBreak}`;
  }
}
