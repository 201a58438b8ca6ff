// Cryptographically random bytes from a pool refilled 4 KiB at a time: one system call per few hundred
// ids or nonces instead of one each, which bulk imports of hundreds of thousands of rows notice.
import { randomFillSync } from 'node:crypto';

const pool = Buffer.alloc(4096);
let offset = pool.length;

/** `size` fresh random bytes (each byte of the pool is handed out once). */
export function randomChunk(size: number): Buffer {
  if (offset + size > pool.length) {
    randomFillSync(pool);
    offset = 0;
  }
  const bytes = Buffer.from(pool.subarray(offset, offset + size));
  offset += size;
  return bytes;
}
