// Ids are UUIDv7: random like v4 to an outsider, but ordered by creation time, so lists paginate by
// id in the order things were made and indexes stay compact. (PostgreSQL 15 has no uuidv7().)
import { randomChunk } from '../security/random-pool.ts';

let lastMs = 0;
let counter = 0;

export function newId(): string {
  let ms = Date.now();
  // Within one millisecond, a 12-bit counter keeps ids made by this process strictly increasing.
  if (ms <= lastMs) {
    counter++;
    if (counter > 0xfff) {
      lastMs++;
      counter = 0;
    }
    ms = lastMs;
  } else {
    lastMs = ms;
    counter = 0;
  }
  const bytes = randomChunk(16);
  bytes.writeUIntBE(ms, 0, 6);
  bytes[6] = 0x70 | (counter >> 8);
  bytes[7] = counter & 0xff;
  bytes[8] = 0x80 | (bytes[8]! & 0x3f);
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export const UUID_PATTERN = '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$';
