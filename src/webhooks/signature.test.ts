import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { signWebhook, verifyWebhook } from './signature.ts';

const secret = 'whsec_test-secret';
const body = '{"id":"e1","type":"test.ping"}';

describe('webhook signatures', () => {
  it('signs "<t>.<body>" with HMAC-SHA256 in a t=…,v1=… header', () => {
    const header = signWebhook(secret, body, 1_700_000_000);
    const expected = createHmac('sha256', secret).update(`1700000000.${body}`).digest('hex');
    expect(header).toBe(`t=1700000000,v1=${expected}`);
  });

  it('verifies its own signature within the tolerance', () => {
    const header = signWebhook(secret, body, 1_700_000_000);
    expect(verifyWebhook(secret, header, body, { now: 1_700_000_100 })).toEqual({ ok: true, timestamp: 1_700_000_000 });
  });

  it('refuses a replay older than the tolerance, a changed body, another secret, a missing header', () => {
    const header = signWebhook(secret, body, 1_700_000_000);
    expect(verifyWebhook(secret, header, body, { now: 1_700_000_301 })).toMatchObject({ ok: false, reason: expect.stringContaining('300 seconds') });
    expect(verifyWebhook(secret, header, body, { now: 1_700_000_000 + 60, toleranceSeconds: 30 }).ok).toBe(false);
    expect(verifyWebhook(secret, header, body.replace('ping', 'pong'), { now: 1_700_000_000 }).ok).toBe(false);
    expect(verifyWebhook('whsec_other', header, body, { now: 1_700_000_000 }).ok).toBe(false);
    expect(verifyWebhook(secret, undefined, body).ok).toBe(false);
    expect(verifyWebhook(secret, 'v1=abc', body).ok).toBe(false);
    expect(verifyWebhook(secret, 't=1700000000,v1=zz', body, { now: 1_700_000_000 }).ok).toBe(false);
  });

  it('accepts any of several v1 signatures (a rotated secret)', () => {
    const good = signWebhook(secret, body, 1_700_000_000).split(',')[1];
    expect(verifyWebhook(secret, `t=1700000000,v1=${'0'.repeat(64)},${good}`, body, { now: 1_700_000_000 }).ok).toBe(true);
  });
});
