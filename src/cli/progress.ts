// Progress of long work: a bar with rate and time left on a terminal, plain lines elsewhere (logs,
// CI, pipes, --no-color, NO_COLOR), never escape codes where nobody reads them.
import { fancyOn } from './terminal.ts';
export interface Progress {
  update(done: number, total?: number | null): void;
  finish(message?: string): void;
}

const format = (n: number) => n.toLocaleString('en-US');
const clock = (seconds: number) => {
  const s = Math.max(0, Math.round(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
};

export function createProgress(label: string, stream: NodeJS.WriteStream = process.stderr, now: () => number = Date.now): Progress {
  const started = now();
  let lastLine = 0;
  let lastPercent = -1;
  const tty = fancyOn(stream);
  const describe = (done: number, total: number | null | undefined) => {
    const elapsed = (now() - started) / 1000;
    const rate = elapsed > 0 ? done / elapsed : 0;
    const left = total && rate > 0 ? (total - done) / rate : null;
    const of = total ? `/${format(total)}` : '';
    return `${label}: ${format(done)}${of} rows, ${format(Math.round(rate))} rows/s${left !== null ? `, ${clock(left)} left` : ''}`;
  };
  return {
    update(done, total) {
      if (tty) {
        if (now() - lastLine < 100) return;
        lastLine = now();
        const width = 30;
        const filled = total ? Math.min(width, Math.round((done / total) * width)) : 0;
        const bar = total ? `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ` : '';
        stream.write(`\r${bar}${describe(done, total)}\u001b[K`);
        return;
      }
      // Plain lines: at each tenth of the way, or every five seconds when the total is unknown.
      const percent = total ? Math.floor((done / total) * 10) * 10 : -1;
      if (total ? percent > lastPercent : now() - lastLine > 5000) {
        lastPercent = percent;
        lastLine = now();
        stream.write(`${describe(done, total)}\n`);
      }
    },
    finish(message) {
      if (tty) stream.write('\r\u001b[K');
      if (message) stream.write(`${message}\n`);
    },
  };
}
