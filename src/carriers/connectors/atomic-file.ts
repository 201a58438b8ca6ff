/**
 * Writing a file so that a reader sees either nothing or the whole file: write a dot-named temporary
 * sibling, fsync it, then link it to its name (link fails if the name exists, so nothing is ever
 * overwritten) and fsync the folder so the new name survives a power cut. Used by the directory
 * connector and by the sandbox carrier when it answers into a folder.
 */
import { randomUUID } from 'node:crypto';
import { link, open, readFile, rename, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { ConnectorError, temporaryNameFor } from './connector.ts';

export type AtomicWriteResult = 'written' | 'already_there';

/**
 * Writes `content` to `folder/name` unless it exists. Same content already there: 'already_there'.
 * Other content there: a `conflict` ConnectorError. A missing folder: `path_missing`.
 */
export async function writeFileAtomically(folder: string, name: string, content: string, folderLabel = 'folder'): Promise<AtomicWriteResult> {
  const target = join(folder, name);
  if (await sameContentAt(target, content, name)) return 'already_there';
  const temporary = join(folder, temporaryNameFor(name, randomUUID()));
  try {
    const handle = await open(temporary, 'wx').catch((error: unknown) => {
      throw fileSystemError(error, `${folderLabel} ${folder}`);
    });
    try {
      await handle.writeFile(content, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    try {
      await link(temporary, target);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') {
        if (await sameContentAt(target, content, name)) return 'already_there';
        throw conflict(name);
      }
      // File systems without hard links (some network shares): check, then rename (last writer wins the
      // tiny race, which only another writer of the same name could lose).
      if (code === 'EPERM' || code === 'ENOTSUP' || code === 'EOPNOTSUPP' || code === 'ENOSYS') {
        if (await sameContentAt(target, content, name)) return 'already_there';
        await rename(temporary, target);
      } else {
        throw fileSystemError(error, `${folderLabel} ${folder}`);
      }
    }
    await syncFolder(folder);
    return 'written';
  } finally {
    await unlink(temporary).catch(() => undefined);
  }
}

/** True when `path` holds exactly `content`; false when there is no such file; conflict otherwise. */
async function sameContentAt(path: string, content: string, name: string): Promise<boolean> {
  let existing: string;
  try {
    existing = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw fileSystemError(error, path);
  }
  if (existing === content) return true;
  throw conflict(name);
}

const conflict = (name: string) =>
  new ConnectorError('conflict', `A different file named ${name} is already there; a file name is never reused for other content`);

/** Makes a rename or link durable. Not every platform can open a folder (Windows): best effort there. */
export async function syncFolder(folder: string): Promise<void> {
  const handle = await open(folder, 'r').catch(() => undefined);
  if (!handle) return;
  try {
    await handle.sync().catch(() => undefined);
  } finally {
    await handle.close();
  }
}

export async function isFolder(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

/** A file system error as a ConnectorError that names what was being touched. */
export function fileSystemError(error: unknown, what: string): ConnectorError {
  if (error instanceof ConnectorError) return error;
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return new ConnectorError('path_missing', `The ${what} does not exist`, { cause: error });
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return new ConnectorError('permission_denied', `No permission to use the ${what} (${code})`, { cause: error });
    default:
      return new ConnectorError('unreachable', `Could not use the ${what}: ${(error as Error).message}`, { cause: error });
  }
}
