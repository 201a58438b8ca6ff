// A family as the API answers it: the subscriber envelope of GET /subscribers/:id and of every write
// that changes the family (built from the rows the change loaded and wrote, with no second read).
import type { FastifyRequest } from 'fastify';
import { hasScope } from '../../http/auth.ts';
import type { ErrorItem } from '../../http/errors.ts';
import type { LoadedFamily } from '../families/family-store.ts';
import type { MemberRow } from './store.ts';
import { maskedSsn, toSubscriberView, type ViewOptions } from './subscriber-view.ts';

export function viewOptions(request: FastifyRequest, asOf?: string): ViewOptions {
  const reveal = hasScope(request, 'pii');
  const { cipher } = request.server.services;
  return {
    asOf,
    ssn: (row: MemberRow) => (reveal && row.ssn_sealed ? cipher.open(row.ssn_sealed) : maskedSsn(row.ssn_last4)),
  };
}

export function familyEnvelope(request: FastifyRequest, family: LoadedFamily, asOf?: string) {
  const { subscriber, dependents, coverages, events, status } = family;
  const errors = (status?.errors ?? []) as ErrorItem[];
  return {
    status: status?.status ?? 'pending',
    status_datetime: (status?.status_at ?? subscriber.updated_at).toISOString(),
    ...(errors.length ? { errors } : {}),
    subscriber: toSubscriberView(subscriber, dependents, coverages, events, viewOptions(request, asOf)),
    ...(status?.status === 'synced' && status.synced_record ? { synced_subscriber: status.synced_record } : {}),
  };
}
