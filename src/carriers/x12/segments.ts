/**
 * The tokenizer: text → segments. Tolerant of what real files carry: a UTF-8 byte-order mark, CR/LF or
 * spaces after segment terminators, trailing spaces in elements. It never interprets a segment; the
 * readers do, and they turn the `padded` notes into warnings.
 */
import { detectDelimiters, type Delimiters } from './delimiters.ts';
import { X12SyntaxError } from './issues.ts';

export interface Segment {
  /** The segment id, e.g. `INS` (the same as `elements[0]`). */
  id: string;
  /**
   * `elements[0]` is the segment id, so `elements[n]` is the guide's position n: INS03 is `elements[3]`.
   * Values have trailing spaces removed, except in the fixed-width ISA.
   */
  elements: string[];
  /** 0-based position of the segment in the file (ISA = 0). */
  index: number;
  /** Elements that had trailing spaces removed, with the value as sent (INS06 `'C   '`). */
  padded: PaddedElement[];
}

export interface PaddedElement {
  position: number;
  raw: string;
}

/** Element n of a segment, '' when absent: X12 drops trailing empty elements. */
export function element(segment: Segment, position: number): string {
  return segment.elements[position] ?? '';
}

/** The components of a composite element (`C:RET:2186-5` → ['C', 'RET', '2186-5']). */
export function components(value: string, delimiters: Delimiters): string[] {
  return value.split(delimiters.component);
}

/** The repetitions of a repeating element; one value when the interchange has no repetition separator. */
export function repetitions(value: string, delimiters: Delimiters): string[] {
  return delimiters.repetition === '' ? [value] : value.split(delimiters.repetition);
}

const BYTE_ORDER_MARK = '\uFEFF';
const LEADING_WHITESPACE = /^[\s\uFEFF]+/;
const TRAILING_LINE_BREAKS = /[\r\n]+$/;
const TRAILING_SPACES = / +$/;

/**
 * Push text in any pieces, get whole segments back. Holds only the unfinished tail of the text, so a
 * 100k-member file streams through in constant memory.
 */
export class SegmentTokenizer {
  #buffer = '';
  #delimiters: Delimiters | undefined;
  #nextIndex = 0;

  /** Known once the ISA has arrived. */
  get delimiters(): Delimiters | undefined {
    return this.#delimiters;
  }

  push(text: string): Segment[] {
    this.#buffer += text;
    if (!this.#delimiters) {
      this.#buffer = this.#buffer.replace(LEADING_WHITESPACE, '');
      if (this.#buffer.length < 3) return [];
      const detected = detectDelimiters(this.#buffer);
      if (!detected) return [];
      this.#delimiters = detected.delimiters;
    }
    return this.#takeSegments();
  }

  /** The end of the input: an unterminated last segment is still returned. */
  end(): Segment[] {
    if (!this.#delimiters) {
      if (this.#buffer.replace(LEADING_WHITESPACE, '') === '') throw new X12SyntaxError('The input is empty');
      throw new X12SyntaxError('The input ends before its ISA segment is complete');
    }
    const segments = this.#takeSegments();
    const last = this.#toSegment(this.#buffer);
    this.#buffer = '';
    if (last) segments.push(last);
    return segments;
  }

  #takeSegments(): Segment[] {
    const pieces = this.#buffer.split(this.#delimiters!.segment);
    // The last piece has no terminator yet: it waits for the next push (or end()).
    this.#buffer = pieces.pop()!;
    const segments: Segment[] = [];
    for (const piece of pieces) {
      const segment = this.#toSegment(piece);
      if (segment) segments.push(segment);
    }
    return segments;
  }

  #toSegment(rawText: string): Segment | undefined {
    // The regular expressions run only when a cheap look at the ends says they have work to do.
    let text = rawText;
    if (text !== '' && isWhitespace(text.charCodeAt(0))) text = text.replace(LEADING_WHITESPACE, '');
    if (text !== '' && isLineBreak(text.charCodeAt(text.length - 1))) text = text.replace(TRAILING_LINE_BREAKS, '');
    if (text === '') return undefined;
    const elements = text.split(this.#delimiters!.element);
    const padded: PaddedElement[] = [];
    // ISA is fixed-width by definition: its spaces are the format, not padding.
    if (elements[0] !== 'ISA') {
      for (let position = 0; position < elements.length; position++) {
        const raw = elements[position]!;
        if (!raw.endsWith(' ')) continue;
        elements[position] = raw.replace(TRAILING_SPACES, '');
        padded.push({ position, raw });
      }
    }
    return { id: elements[0]!, elements, index: this.#nextIndex++, padded };
  }
}

const isLineBreak = (code: number): boolean => code === 0x0a || code === 0x0d;
const isWhitespace = (code: number): boolean => code <= 0x20 || code === 0xfeff || code === 0x85 || code === 0xa0;

export interface ParsedSegments {
  delimiters: Delimiters;
  segments: Segment[];
}

/** The whole text at once; for files that fit in memory (acknowledgements, tests). */
export function parseSegments(text: string): ParsedSegments {
  const tokenizer = new SegmentTokenizer();
  const segments = tokenizer.push(text.startsWith(BYTE_ORDER_MARK) ? text.slice(1) : text);
  segments.push(...tokenizer.end());
  return { delimiters: tokenizer.delimiters!, segments };
}

export type Chunk = string | Uint8Array;

/** Segments one at a time from chunks of text or UTF-8 bytes (a file stream, an HTTP body). */
export async function* streamSegments(chunks: AsyncIterable<Chunk> | Iterable<Chunk>): AsyncGenerator<Segment> {
  const tokenizer = new SegmentTokenizer();
  for await (const segments of tokenizeChunks(chunks, tokenizer)) yield* segments;
}

/**
 * Feeds chunks to a tokenizer and yields each batch of segments; readers use it when they also need the
 * tokenizer's delimiters. UTF-8 bytes are decoded as a stream, so a character split across chunks
 * survives, and TextDecoder drops a byte-order mark.
 */
export async function* tokenizeChunks(
  chunks: AsyncIterable<Chunk> | Iterable<Chunk>,
  tokenizer: SegmentTokenizer,
): AsyncGenerator<Segment[]> {
  const decoder = new TextDecoder('utf-8');
  let first = true;
  for await (const chunk of chunks) {
    let text = typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    if (first && text.startsWith(BYTE_ORDER_MARK)) text = text.slice(1);
    if (text !== '') first = false;
    yield tokenizer.push(text);
  }
  yield tokenizer.push(decoder.decode());
  yield tokenizer.end();
}
