// An uploaded import file kept in the database, so the worker that runs the import — on this host or
// another — reads the same bytes. The upload is stored as it arrives, about 1 MB a row, each row in a
// short tenant transaction of its own: the API holds one chunk in memory, never the file, and never
// holds a connection while the client is still sending.
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import type { Db } from '../../db/database.ts';
import { inTenant } from '../../db/tenant.ts';

export const UPLOAD_CHUNK_BYTES = 1024 * 1024;

export interface StoredUpload {
  id: string;
  bytes: number;
  sha256: string;
}

/**
 * Streams `body` into the upload `id` of `organizationId`. On any error (the client went away, the
 * body was too large) what was stored is deleted and the error rethrown.
 */
export async function storeUpload(db: Db, organizationId: string, id: string, body: AsyncIterable<Buffer | string>): Promise<StoredUpload> {
  const digest = createHash('sha256');
  let bytes = 0;
  let seq = 0;
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  const write = async (data: Buffer) => {
    const chunk = seq++;
    await inTenant(db, organizationId, (trx) => trx.insertInto('import_upload_chunks').values({ upload_id: id, seq: chunk, organization_id: organizationId, data }).execute());
  };
  // Writes whole chunks while a chunk's worth is held (a piece may be larger than a chunk); `last`
  // writes what remains.
  const flush = async (last = false) => {
    if (pendingBytes < UPLOAD_CHUNK_BYTES && !(last && pendingBytes)) return;
    let held = Buffer.concat(pending, pendingBytes);
    while (held.length >= UPLOAD_CHUNK_BYTES) {
      await write(held.subarray(0, UPLOAD_CHUNK_BYTES));
      held = held.subarray(UPLOAD_CHUNK_BYTES);
    }
    if (last && held.length) {
      await write(held);
      held = held.subarray(held.length);
    }
    pending = held.length ? [Buffer.from(held)] : [];
    pendingBytes = held.length;
  };
  await inTenant(db, organizationId, (trx) => trx.insertInto('import_uploads').values({ id, organization_id: organizationId }).execute());
  try {
    for await (const piece of body) {
      const buffer = typeof piece === 'string' ? Buffer.from(piece) : piece;
      digest.update(buffer);
      bytes += buffer.length;
      pending.push(buffer);
      pendingBytes += buffer.length;
      await flush();
    }
    await flush(true);
    await inTenant(db, organizationId, (trx) => trx.updateTable('import_uploads').set({ file_bytes: bytes, chunk_count: seq }).where('id', '=', id).execute());
  } catch (error) {
    await deleteUpload(db, organizationId, id).catch(() => {});
    throw error;
  }
  return { id, bytes, sha256: digest.digest('hex') };
}

export async function deleteUpload(db: Db, organizationId: string, id: string): Promise<void> {
  await inTenant(db, organizationId, (trx) => trx.deleteFrom('import_uploads').where('id', '=', id).execute());
}

/**
 * The stored file as a byte stream, read chunk by chunk through `db` — the import's own tenant
 * transaction (on PGlite the only connection is that transaction's). One chunk is read ahead at most.
 */
export function readUpload(db: Db, id: string): Readable {
  async function* chunks() {
    // A missing file or chunk is an error, never an empty file: a complete census read as empty would
    // terminate every family.
    const upload = await db.selectFrom('import_uploads').select(['chunk_count', 'file_bytes']).where('id', '=', id).executeTakeFirst();
    if (!upload) throw new Error(`The uploaded file of import ${id} is no longer stored`);
    let bytes = 0;
    for (let seq = 0; seq < upload.chunk_count; seq++) {
      const row = await db.selectFrom('import_upload_chunks').select('data').where('upload_id', '=', id).where('seq', '=', seq).executeTakeFirst();
      if (!row) throw new Error(`Chunk ${seq} of the uploaded file of import ${id} is missing`);
      const data = row.data;
      bytes += data.byteLength;
      yield Buffer.isBuffer(data) ? data : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    }
    if (bytes !== Number(upload.file_bytes)) throw new Error(`The uploaded file of import ${id} has ${bytes} bytes stored of ${upload.file_bytes}`);
  }
  return Readable.from(chunks(), { objectMode: false, highWaterMark: UPLOAD_CHUNK_BYTES });
}
