// Loading a family and answering with it: the subscriber envelope of GET /subscribers/:id.
import type { FastifyRequest } from 'fastify';
import type { Trx } from '../../db/database.ts';
import { hasScope } from '../../http/auth.ts';
import { currentCoverages, findStatus, listDependents, listEvents, type MemberRow } from './store.ts';
import { maskedSsn, toSubscriberView, type ViewOptions } from './subscriber-view.ts';
import type { ErrorItem } from '../../http/errors.ts';

export function viewOptions(request: FastifyRequest, asOf?: string): ViewOptions {
  const reveal = hasScope(request, 'pii');
  const { cipher } = request.server.services;
  return {
    asOf,
    ssn: (row: MemberRow) => (reveal && row.ssn_sealed ? cipher.open(row.ssn_sealed) : maskedSsn(row.ssn_last4)),
  };
}

export async function subscriberEnvelope(trx: Trx, request: FastifyRequest, subscriber: MemberRow, asOf?: string) {
  const [dependents, coverages, events, status] = [
    await listDependents(trx, subscriber.id),
    await currentCoverages(trx, subscriber.id),
    await listEvents(trx, subscriber.id),
    await findStatus(trx, subscriber.id),
  ];
  const errors = (status?.errors ?? []) as ErrorItem[];
  return {
    status: status?.status ?? 'pending',
    status_datetime: (status?.status_at ?? subscriber.updated_at).toISOString(),
    ...(errors.length ? { errors } : {}),
    subscriber: toSubscriberView(subscriber, dependents, coverages, events, viewOptions(request, asOf)),
    ...(status?.status === 'synced' && status.synced_record ? { synced_subscriber: status.synced_record } : {}),
  };
}
