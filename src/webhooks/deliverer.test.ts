import { describe, expect, it } from 'vitest';
import { MAX_WEBHOOK_ATTEMPTS, WEBHOOK_RETRY_SCHEDULE_MS, webhookRetryDelayMs } from './deliverer.ts';

describe('the webhook retry schedule', () => {
  it('spans about three days over nine attempts', () => {
    const total = WEBHOOK_RETRY_SCHEDULE_MS.reduce((sum, ms) => sum + ms, 0);
    expect(MAX_WEBHOOK_ATTEMPTS).toBe(9);
    expect(total / 86_400_000).toBeGreaterThan(2.5);
    expect(total / 86_400_000).toBeLessThan(3.5);
  });

  it('grows, with ±20% jitter', () => {
    expect(webhookRetryDelayMs(1, () => 0)).toBe(48_000);
    expect(webhookRetryDelayMs(1, () => 1)).toBe(72_000);
    expect(webhookRetryDelayMs(2, () => 0.5)).toBe(300_000);
    for (let attempt = 2; attempt <= WEBHOOK_RETRY_SCHEDULE_MS.length; attempt++) {
      expect(webhookRetryDelayMs(attempt, () => 0.5)).toBeGreaterThanOrEqual(webhookRetryDelayMs(attempt - 1, () => 0.5));
    }
  });
});
