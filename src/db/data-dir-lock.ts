// PGlite has no multi-process access: two processes writing one data folder corrupt it. The first
// process to start writes its pid into a lock file created exclusively; a second one is refused with
// the holder's pid and command. A lock left by a process that no longer runs (kill -9) is taken over.
import fs from 'node:fs';
import path from 'node:path';

export class DataDirLockedError extends Error {}

interface LockHolder {
  pid: number;
  command: string;
  started_at: string;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readHolder(file: string): LockHolder | undefined {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as LockHolder;
  } catch {
    return undefined;
  }
}

/** Takes the folder's lock or throws DataDirLockedError naming the process that holds it. */
export function lockDataDir(dataDir: string): () => void {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, 'enroll.lock');
  const me: LockHolder = { pid: process.pid, command: process.argv.slice(1).join(' '), started_at: new Date().toISOString() };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      fs.writeFileSync(file, JSON.stringify(me), { flag: 'wx' });
      return () => {
        if (readHolder(file)?.pid === process.pid) fs.rmSync(file, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = readHolder(file);
    if (holder && holder.pid !== process.pid && isRunning(holder.pid)) {
      throw new DataDirLockedError(
        `The embedded database in ${dataDir} is in use by process ${holder.pid} (${holder.command}), ` +
          `started ${holder.started_at}. PGlite allows one process at a time: stop that process, ` +
          `or use PostgreSQL (DATABASE_URL) to run several.`,
      );
    }
    // The holder is gone (crashed or killed): its lock is stale.
    fs.rmSync(file, { force: true });
  }
  throw new DataDirLockedError(`Could not take the lock ${file}: another process keeps taking it.`);
}
