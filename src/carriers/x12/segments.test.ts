import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { X12SyntaxError } from './issues.ts';
import { parseSegments, streamSegments, type Chunk, type Segment } from './segments.ts';

const ISA = 'ISA*00*          *00*          *ZZ*SENDER         *ZZ*RECEIVER       *260401*0900*^*00501*000000001*0*T*:~';
const SMALL = `${ISA}GS*BE*SENDER*RECEIVER*20260401*0900*1*X*005010X220A1~ST*834*0001*005010X220A1~SE*2*0001~GE*1*1~IEA*1*000000001~`;

async function collect(chunks: Chunk[]): Promise<Segment[]> {
  const segments: Segment[] = [];
  for await (const segment of streamSegments(chunks)) segments.push(segment);
  return segments;
}

describe('parseSegments', () => {
  it('takes the delimiters from the ISA', () => {
    const { delimiters } = parseSegments(SMALL);
    expect(delimiters).toEqual({ element: '*', repetition: '^', component: ':', segment: '~' });
  });

  it('numbers elements as the guide does: elements[0] is the id', () => {
    const st = parseSegments(SMALL).segments[2]!;
    expect(st).toMatchObject({ id: 'ST', index: 2, elements: ['ST', '834', '0001', '005010X220A1'] });
  });

  it('reads other delimiters, including a repetition separator ! and a \\ component separator', () => {
    const isa = ISA.replaceAll('*', '|').replace('|^|', '|!|').replace(':~', '\\\n');
    const { delimiters, segments } = parseSegments(`${isa}GS|BE|A|B|20260401|0900|1|X|005010X220A1\n`);
    expect(delimiters).toEqual({ element: '|', repetition: '!', component: '\\', segment: '\n' });
    expect(segments.map((s) => s.id)).toEqual(['ISA', 'GS']);
  });

  it('strips a byte-order mark and CR/LF or spaces after terminators', () => {
    const text = `\uFEFF${SMALL.replaceAll('~', '~ \r\n')}`;
    expect(parseSegments(text).segments.map((s) => s.id)).toEqual(['ISA', 'GS', 'ST', 'SE', 'GE', 'IEA']);
  });

  it('trims trailing spaces in elements and notes the raw value, but leaves the fixed-width ISA alone', () => {
    const { segments } = parseSegments(`${ISA}INS*Y*18*030*XN*A*C   **FT~`);
    expect(segments[0]!.elements[6]).toBe('SENDER         ');
    expect(segments[1]!.elements[6]).toBe('C');
    expect(segments[1]!.padded).toEqual([{ position: 6, raw: 'C   ' }]);
  });

  it('keeps an unterminated last segment', () => {
    expect(parseSegments(`${ISA}IEA*1*000000001`).segments.at(-1)!.elements).toEqual(['IEA', '1', '000000001']);
  });

  it('refuses text that is not an interchange', () => {
    expect(() => parseSegments('GS*BE*A~')).toThrow(X12SyntaxError);
    expect(() => parseSegments('')).toThrow(X12SyntaxError);
    expect(() => parseSegments('ISA*00*  ')).toThrow(/before its ISA segment is complete/);
  });
});

describe('streamSegments', () => {
  it('yields the same segments as parseSegments however the text is cut', async () => {
    const text = `\uFEFF${SMALL.replaceAll('~', '~\r\n')}N1*P5*JOSÉ ÅNGSTRÖM*FI*1~`;
    const expected = parseSegments(text).segments;
    const bytes = new TextEncoder().encode(text);
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat(bytes.length), { maxLength: 12 }), fc.boolean(), async (cuts, asBytes) => {
        const points = [0, ...[...new Set(cuts)].sort((a, b) => a - b), bytes.length];
        const chunks: Chunk[] = [];
        for (let i = 1; i < points.length; i++) {
          const piece = bytes.slice(points[i - 1], points[i]);
          // Strings cannot be cut inside a character, so string chunks are cut at code-unit positions.
          chunks.push(asBytes ? piece : text.slice(points[i - 1], points[i]));
        }
        expect(await collect(chunks)).toEqual(expected);
      }),
      { numRuns: 60 },
    );
  });
});
