// Webhook signatures: `Open-Enrollment-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256>` where the
// HMAC is keyed by the endpoint's secret and taken over `<t>.<raw body>`. Signing the timestamp with
// the body lets a receiver refuse a captured request replayed later (older than its tolerance).
// Pure: no clock or I/O unless given.
import { createHmac, timingSafeEqual } from 'node:crypto';

export const SIGNATURE_HEADER = 'Open-Enrollment-Signature';
export const EVENT_ID_HEADER = 'Open-Enrollment-Event-Id';
/** Five minutes, as most webhook senders use: room for clock skew, little for a replay. */
export const DEFAULT_TOLERANCE_SECONDS = 300;

export function signatureDigest(secret: string, timestamp: number, rawBody: string): string {
  return createHmac('sha256', secret).update(`${timestamp}.${rawBody}`).digest('hex');
}

/** The header value for a body sent at `timestamp` (unix seconds). */
export function signWebhook(secret: string, rawBody: string, timestamp: number): string {
  return `t=${timestamp},v1=${signatureDigest(secret, timestamp, rawBody)}`;
}

export type VerifyResult = { ok: true; timestamp: number } | { ok: false; reason: string };

/**
 * Checks a signature header against the raw body (the bytes received, before any JSON parsing).
 * Several v1 entries may be present (a sender rotating secrets); one match suffices.
 */
export function verifyWebhook(
  secret: string,
  header: string | undefined,
  rawBody: string,
  options: { toleranceSeconds?: number; now?: number } = {},
): VerifyResult {
  if (!header) return { ok: false, reason: `No ${SIGNATURE_HEADER} header` };
  let timestamp: number | undefined;
  const signatures: string[] = [];
  for (const part of header.split(',')) {
    const [key, value] = part.trim().split('=', 2);
    if (key === 't' && value && /^\d{1,12}$/.test(value)) timestamp = Number(value);
    else if (key === 'v1' && value) signatures.push(value);
  }
  if (timestamp === undefined) return { ok: false, reason: 'The signature header has no timestamp' };
  if (!signatures.length) return { ok: false, reason: 'The signature header has no v1 signature' };
  const now = options.now ?? Math.floor(Date.now() / 1000);
  const tolerance = options.toleranceSeconds ?? DEFAULT_TOLERANCE_SECONDS;
  if (Math.abs(now - timestamp) > tolerance) return { ok: false, reason: `The timestamp is more than ${tolerance} seconds from now` };
  const expected = Buffer.from(signatureDigest(secret, timestamp, rawBody), 'hex');
  const matches = signatures.some((signature) => {
    const given = Buffer.from(signature, 'hex');
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
  return matches ? { ok: true, timestamp } : { ok: false, reason: 'No signature matches the body' };
}
