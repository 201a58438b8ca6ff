// Where a `directory` carrier's files may go: folders under the carrier files root, none of them
// another carrier's (in any organization). Stored relative to the root, so the root can move.
import path from 'node:path';
import type { Trx } from '../../db/database.ts';
import type { ErrorItem } from '../../http/errors.ts';
import { checkCarrierFolder, foldersOverlap, realPathOfExistingPart } from '../connectors/carrier-folder.ts';
import { directoryFoldersInUse, type StoredConnection } from './store.ts';

const FIELDS = ['outbound_path', 'inbound_path'] as const;

/**
 * The connection with its folders stored relative to the root, or every reason it cannot be used.
 * `carrierId` is the carrier being updated (its own folders are not "in use by another").
 */
export async function placeDirectoryFolders(
  trx: Trx,
  root: string | undefined,
  connection: StoredConnection,
  carrierId?: string,
): Promise<{ connection: StoredConnection } | { invalid: ErrorItem[] }> {
  if (connection.type !== 'directory') return { connection };
  if (!root) {
    return { invalid: [{ error_type: 'unprocessable.directory_connections_off', message: 'This server has no carrier files folder, so it takes no directory connections', parameter: 'carrier.connection.type' }] };
  }
  const errors: ErrorItem[] = [];
  const placed: StoredConnection = { ...connection };
  const reals: Partial<Record<(typeof FIELDS)[number], string>> = {};
  for (const field of FIELDS) {
    const folder = await checkCarrierFolder(root, String(connection[field]));
    if ('problem' in folder) {
      errors.push({ error_type: 'unprocessable.folder_not_allowed', message: `${field} ${folder.problem}`, parameter: `carrier.connection.${field}` });
      continue;
    }
    placed[field] = folder.relative;
    reals[field] = folder.real;
  }
  if (reals.outbound_path && reals.outbound_path === reals.inbound_path) {
    errors.push({ error_type: 'unprocessable.folder_not_allowed', message: 'inbound_path must be another folder than outbound_path: answers would be read from our own files', parameter: 'carrier.connection.inbound_path' });
  }
  if (errors.length) return { invalid: errors };

  const taken = await takenFolders(trx, root, carrierId);
  for (const field of FIELDS) {
    if (taken.some((other) => foldersOverlap(other, reals[field]!))) {
      const message = `${field} is (or holds, or lies in) a folder another carrier already uses; give each carrier folders of its own`;
      errors.push({ error_type: 'unprocessable.folder_in_use', message, parameter: `carrier.connection.${field}` });
    }
  }
  return errors.length ? { invalid: errors } : { connection: placed };
}

async function takenFolders(trx: Trx, root: string, exceptCarrierId: string | undefined): Promise<string[]> {
  const rows = await directoryFoldersInUse(trx, exceptCarrierId);
  const configured = rows.flatMap((row) => [row.outbound_path, row.inbound_path]).filter((value): value is string => typeof value === 'string' && value !== '');
  // Folders stored before the root existed may be absolute: resolve each as the connector would.
  return Promise.all(configured.map((folder) => realPathOfExistingPart(path.resolve(root, folder))));
}
