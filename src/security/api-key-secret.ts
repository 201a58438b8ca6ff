// API keys look like `enr_<prefix>_<secret>`. The prefix is public and finds the key; the secret is
// 32 random bytes, kept only as a SHA-256 hash (a slow password hash buys nothing for a random
// 256-bit secret, and would cost every request).
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

export const SCOPES = ['read', 'write', 'pii', 'admin'] as const;
export type Scope = (typeof SCOPES)[number];

export interface NewKeySecret {
  key: string;
  prefix: string;
  secretHash: string;
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

export function generateKeySecret(): NewKeySecret {
  const prefix = randomBytes(6).toString('hex');
  const secret = randomBytes(32).toString('hex');
  return { key: `enr_${prefix}_${secret}`, prefix, secretHash: hashSecret(secret) };
}

export function parseKey(key: string): { prefix: string; secret: string } | undefined {
  const match = /^enr_([0-9a-f]{12})_([0-9a-f]{64})$/.exec(key.trim());
  return match ? { prefix: match[1]!, secret: match[2]! } : undefined;
}

export function secretMatches(secret: string, storedHash: string): boolean {
  const given = Buffer.from(hashSecret(secret), 'hex');
  const stored = Buffer.from(storedHash, 'hex');
  return given.length === stored.length && timingSafeEqual(given, stored);
}
