import { describe, expect, it } from 'vitest';
import {
  SUBSCRIBER_STATUSES,
  SUBSCRIBER_STATUS_EVENTS,
  movesOn,
  nextStatus,
  type SubscriberStatus,
  type SubscriberStatusEvent,
} from './subscriber-status.ts';

function run(events: SubscriberStatusEvent[], from: SubscriberStatus = 'pending'): SubscriberStatus {
  return events.reduce<SubscriberStatus>((status, event) => {
    const next = nextStatus(status, event);
    if (!next.ok) throw new Error(next.violation.message);
    return next.status;
  }, from);
}

describe('subscriber status', () => {
  it('goes pending → submitted → synced when the carrier accepts', () => {
    expect(run(['transmitted'])).toBe('submitted');
    expect(run(['transmitted', 'accepted'])).toBe('synced');
  });

  it('goes to errors when the carrier rejects, and back to pending with a correction', () => {
    expect(run(['transmitted', 'rejected'])).toBe('errors');
    expect(run(['transmitted', 'rejected', 'changed', 'transmitted', 'accepted'])).toBe('synced');
  });

  it('becomes pending again on any new change', () => {
    for (const status of SUBSCRIBER_STATUSES) expect(nextStatus(status, 'changed')).toEqual({ ok: true, status: 'pending' });
  });

  it('refuses a carrier answer while nothing is transmitted, as a value', () => {
    const answer = nextStatus('pending', 'accepted');
    expect(answer).toEqual({
      ok: false,
      violation: expect.objectContaining({ error_type: 'unprocessable.illegal_status_transition', parameter: 'status' }),
    });
    expect(nextStatus('pending', 'rejected').ok).toBe(false);
  });

  it('refuses to transmit what is already submitted, synced or in errors', () => {
    for (const status of ['submitted', 'synced', 'errors'] as const) expect(nextStatus(status, 'transmitted').ok).toBe(false);
  });

  it('refuses a second answer to the same submission', () => {
    expect(nextStatus('synced', 'rejected').ok).toBe(false);
    expect(nextStatus('errors', 'accepted').ok).toBe(false);
  });

  it('goes to errors, before anything is sent, when our own build cannot write the record', () => {
    expect(run(['unsendable'])).toBe('errors');
    expect(run(['unsendable', 'changed', 'transmitted'])).toBe('submitted');
    for (const status of ['submitted', 'synced', 'errors'] as const) expect(nextStatus(status, 'unsendable').ok).toBe(false);
  });

  it('gives set-based updates the same moves as the table', () => {
    expect(movesOn('transmitted')).toEqual({ from: ['pending'], to: 'submitted' });
    expect(movesOn('accepted')).toEqual({ from: ['submitted'], to: 'synced' });
    expect(movesOn('rejected')).toEqual({ from: ['submitted'], to: 'errors' });
    expect(movesOn('unsendable')).toEqual({ from: ['pending'], to: 'errors' });
    // Only an acknowledgement's `synced` can be overruled by the carrier's later result, and only to errors.
    expect(movesOn('overruled')).toEqual({ from: ['synced'], to: 'errors' });
  });

  it('answers every status and event without throwing', () => {
    for (const status of SUBSCRIBER_STATUSES) {
      for (const event of SUBSCRIBER_STATUS_EVENTS) {
        const next = nextStatus(status, event);
        if (next.ok) expect(SUBSCRIBER_STATUSES).toContain(next.status);
        else expect(next.violation.message).toMatch(/^A subscriber whose status is \w+ cannot be \w+: .+\.$/);
      }
    }
  });
});
