// Personal data at rest (SSNs) is sealed with AES-256-GCM: a fresh 12-byte nonce per value and the
// authentication tag, so a tampered value fails to open instead of decrypting to garbage.
// Stored form: `v1:<nonce b64>:<tag b64>:<ciphertext b64>`.
import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { randomChunk } from './random-pool.ts';
import fs from 'node:fs';
import path from 'node:path';

export class EncryptionKeyError extends Error {}

export interface PersonalDataCipher {
  seal(plain: string): string;
  open(sealed: string): string;
  /**
   * A keyed blind index: the same value always gives the same index, so equality can be checked (and
   * made unique) in SQL without opening anything; without the key it says nothing about the value.
   */
  blindIndex(plain: string): string;
}

/** The blind index's own key, derived from the encryption key (HKDF), so one key is all there is to keep. */
const BLIND_INDEX_INFO = 'open-enrollment/blind-index/v1';

export function parseEncryptionKey(text: string): Buffer {
  const trimmed = text.trim();
  const key = /^[0-9a-fA-F]{64}$/.test(trimmed) ? Buffer.from(trimmed, 'hex') : Buffer.from(trimmed, 'base64');
  if (key.length !== 32) {
    throw new EncryptionKeyError('ENROLL_ENCRYPTION_KEY must be 32 bytes, written as 64 hex digits or base64');
  }
  return key;
}

export function createCipher(key: Buffer): PersonalDataCipher {
  const indexKey = Buffer.from(hkdfSync('sha256', key, Buffer.alloc(0), BLIND_INDEX_INFO, 32));
  return {
    blindIndex(plain) {
      return createHmac('sha256', indexKey).update(plain, 'utf8').digest('base64url');
    },
    seal(plain) {
      // A fresh random 12-byte nonce per value, as GCM asks (from the shared pool: see random-pool.ts).
      const nonce = randomChunk(12);
      const cipher = createCipheriv('aes-256-gcm', key, nonce);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return ['v1', nonce.toString('base64'), cipher.getAuthTag().toString('base64'), body.toString('base64')].join(':');
    },
    open(sealed) {
      const [version, nonce, tag, body] = sealed.split(':');
      if (version !== 'v1' || !nonce || !tag || body === undefined) throw new EncryptionKeyError('Unknown sealed value format');
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(nonce, 'base64'));
      decipher.setAuthTag(Buffer.from(tag, 'base64'));
      return Buffer.concat([decipher.update(Buffer.from(body, 'base64')), decipher.final()]).toString('utf8');
    },
  };
}

/**
 * The key from ENROLL_ENCRYPTION_KEY; with the embedded database and no key set, a development key
 * generated once into the data folder. PostgreSQL without a key is an error: a generated key on one
 * server would make the data unreadable from every other.
 */
export function resolveEncryptionKey(options: { configured?: string | undefined; embeddedDataDir?: string | undefined }): Buffer {
  if (options.configured) return parseEncryptionKey(options.configured);
  if (!options.embeddedDataDir) {
    throw new EncryptionKeyError('ENROLL_ENCRYPTION_KEY is required with PostgreSQL (DATABASE_URL): 64 hex digits, e.g. from `openssl rand -hex 32`');
  }
  if (options.embeddedDataDir.startsWith('memory://')) return randomBytes(32);
  const file = path.join(options.embeddedDataDir, 'encryption.key');
  if (!fs.existsSync(file)) {
    fs.mkdirSync(options.embeddedDataDir, { recursive: true });
    fs.writeFileSync(file, randomBytes(32).toString('hex') + '\n', { mode: 0o600, flag: 'wx' });
  }
  return parseEncryptionKey(fs.readFileSync(file, 'utf8'));
}
