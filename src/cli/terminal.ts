// What the terminal gets: colour and progress bars only for a person at a terminal. `--no-color`,
// NO_COLOR (https://no-color.org, any non-empty value) and CI (set by every CI service) turn both off,
// so logs and pipes never carry escape codes.
export interface TerminalStyle {
  /** Colour and progress bars may be used (on a stream that is a terminal). */
  fancy: boolean;
}

let style: TerminalStyle = { fancy: true };

export function configureTerminal(argv: string[], env: NodeJS.ProcessEnv = process.env): string[] {
  const noColorFlag = argv.includes('--no-color');
  const off = noColorFlag || Boolean(env.NO_COLOR) || isTruthy(env.CI);
  style = { fancy: !off };
  return argv.filter((arg) => arg !== '--no-color');
}

const isTruthy = (value: string | undefined) => value !== undefined && value !== '' && value !== '0' && value.toLowerCase() !== 'false';

/** Whether this stream may get colour and redrawn progress bars. */
export const fancyOn = (stream: { isTTY?: boolean }): boolean => style.fancy && Boolean(stream.isTTY);

const CODES = { red: 31, green: 32, yellow: 33, bold: 1 } as const;
export function paint(stream: { isTTY?: boolean }, colour: keyof typeof CODES, text: string): string {
  return fancyOn(stream) ? `\u001b[${CODES[colour]}m${text}\u001b[0m` : text;
}
