import { afterEach, describe, expect, it } from 'vitest';
import { configureTerminal, paint } from './terminal.ts';
import { createProgress } from './progress.ts';

const terminal = () => {
  let written = '';
  return { isTTY: true, write: (chunk: string) => ((written += chunk), true), text: () => written };
};
const barOn = (stream: ReturnType<typeof terminal>) => {
  const progress = createProgress('census', stream as unknown as NodeJS.WriteStream, () => 1_000);
  progress.update(5, 10);
  progress.finish('done');
  return stream.text();
};

afterEach(() => configureTerminal([], {}));

describe('colour and progress bars', () => {
  it('draws a bar and colours on a terminal by default', () => {
    expect(configureTerminal(['status', 'x'], {})).toEqual(['status', 'x']);
    expect(barOn(terminal())).toContain('\u001b[');
    expect(paint({ isTTY: true }, 'red', 'enroll:')).toBe('\u001b[31menroll:\u001b[0m');
    expect(paint({ isTTY: false }, 'red', 'enroll:')).toBe('enroll:');
  });

  it.each([
    ['--no-color', ['status', '--no-color', 'x'], {}],
    ['NO_COLOR', ['status', 'x'], { NO_COLOR: '1' }],
    ['CI', ['status', 'x'], { CI: 'true' }],
  ])('%s turns both off, even on a terminal', (_name, argv, env) => {
    expect(configureTerminal(argv, env)).toEqual(['status', 'x']);
    const text = barOn(terminal());
    expect(text).not.toContain('\u001b[');
    expect(text).not.toContain('\r');
    expect(text).toContain('census: 5/10 rows');
    expect(paint({ isTTY: true }, 'red', 'enroll:')).toBe('enroll:');
  });

  it('leaves colour on for CI=false or an empty NO_COLOR', () => {
    configureTerminal([], { CI: 'false', NO_COLOR: '' });
    expect(barOn(terminal())).toContain('\u001b[');
  });
});
