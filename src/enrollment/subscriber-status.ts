/**
 * A subscriber's carrier status: `pending` (changes not yet sent) → `submitted` (sent, awaiting the
 * carrier) → `synced` (accepted) | `errors` (rejected). Any new change makes it `pending` again.
 * Illegal moves come back as a value, so the worker can log and skip a stale carrier answer.
 */
import { violation, type RuleViolation } from './rule-violations.ts';

export const SUBSCRIBER_STATUSES = ['pending', 'submitted', 'synced', 'errors'] as const;
export type SubscriberStatus = (typeof SUBSCRIBER_STATUSES)[number];

/**
 * `unsendable`: our own build found the record cannot be written to the carrier's file.
 * `overruled`: the carrier's result for the very file whose acknowledgement synced the record rejects
 * it after all (a 999 accepts a file's syntax; a result file later refuses a member).
 */
export const SUBSCRIBER_STATUS_EVENTS = ['changed', 'transmitted', 'accepted', 'rejected', 'unsendable', 'overruled'] as const;
export type SubscriberStatusEvent = (typeof SUBSCRIBER_STATUS_EVENTS)[number];

export type StatusTransition =
  | { ok: true; status: SubscriberStatus }
  | { ok: false; violation: RuleViolation };

/**
 * The legal moves. Only a pending record is transmitted: after `errors` the platform corrects the
 * record (a change) before it is sent again, and after `synced` there is nothing new to send. A carrier
 * answer counts only while a submission awaits one — after a new change, the answer to the older
 * submission no longer describes the record — except that a carrier's result may overrule the
 * acknowledgement that synced the record, when nothing was sent to that carrier since (the worker checks).
 */
const TRANSITIONS: Record<SubscriberStatus, Partial<Record<SubscriberStatusEvent, SubscriberStatus>>> = {
  pending: { changed: 'pending', transmitted: 'submitted', unsendable: 'errors' },
  submitted: { changed: 'pending', accepted: 'synced', rejected: 'errors' },
  synced: { changed: 'pending', overruled: 'errors' },
  errors: { changed: 'pending' },
};

const WHY_NOT: Record<SubscriberStatus, string> = {
  pending: 'nothing has been transmitted since the last change',
  submitted: 'it is already transmitted and awaiting the carrier',
  synced: 'the carrier has accepted it and nothing has changed since',
  errors: 'the carrier rejected it; correct the record first',
};

export function nextStatus(current: SubscriberStatus, event: SubscriberStatusEvent): StatusTransition {
  const status = TRANSITIONS[current][event];
  if (status !== undefined) return { ok: true, status };
  return {
    ok: false,
    violation: violation(
      'unprocessable.illegal_status_transition',
      'status',
      `A subscriber whose status is ${current} cannot be ${event}: ${WHY_NOT[current]}.`,
    ),
  };
}

/** Every status `event` moves from, and the one it moves to: what set-based SQL updates apply. */
export function movesOn(event: Exclude<SubscriberStatusEvent, 'changed'>): { from: SubscriberStatus[]; to: SubscriberStatus } {
  const from = SUBSCRIBER_STATUSES.filter((status) => TRANSITIONS[status][event] !== undefined);
  const targets = new Set(from.map((status) => TRANSITIONS[status][event]!));
  // One target per event keeps a bulk move one UPDATE; the table above guarantees it.
  if (targets.size !== 1) throw new Error(`status event ${event} has ${targets.size} targets`);
  return { from, to: [...targets][0]! };
}
