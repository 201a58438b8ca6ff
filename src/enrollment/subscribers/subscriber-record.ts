// A family as the API answers it: the subscriber envelope of GET /subscribers/:id and of every write
// that changes the family (built from the rows the change loaded and wrote, with no second read).
import type { FastifyRequest } from 'fastify';
import { hasScope } from '../../http/auth.ts';
import type { ErrorItem } from '../../http/errors.ts';
import type { CarrierStatusRow, LoadedFamily } from '../families/family-store.ts';
import type { CarrierStatusView, SubscriberView } from './schema.ts';
import type { MemberRow } from './store.ts';
import { benefitDates, maskedSsn, toSubscriberView, type ViewOptions } from './subscriber-view.ts';

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
    ...(status?.status === 'synced' ? syncedTogether(family.carrierStatuses) : {}),
    carrier_statuses: family.carrierStatuses.map(carrierStatusView),
  };
}

export function carrierStatusView(row: CarrierStatusRow): CarrierStatusView {
  return {
    carrier_id: row.carrier_id,
    coverage_period_id: row.coverage_period_id,
    status: row.status,
    status_datetime: row.status_at.toISOString(),
    errors: row.errors as ErrorItem[],
    ...(row.synced_record ? { synced_subscriber: row.synced_record as SubscriberView } : {}),
    ...(row.synced_at ? { synced_datetime: row.synced_at.toISOString() } : {}),
  };
}

/**
 * The family as its carriers accepted it, together: the newest accepted copy, each member with the
 * coverages every carrier's copy gives them (each carrier's file carries only its own coverages).
 */
function syncedTogether(rows: readonly CarrierStatusRow[]): { synced_subscriber?: SubscriberView } {
  const copies = rows
    .filter((row) => row.synced_record && row.synced_at)
    .sort((a, b) => b.synced_at!.getTime() - a.synced_at!.getTime())
    .map((row) => row.synced_record as SubscriberView);
  const [newest] = copies;
  if (!newest) return {};
  const coveragesOf = (memberId: string) => copies.flatMap((copy) => [copy, ...copy.dependents].filter((m) => m.id === memberId).flatMap((m) => m.coverages));
  const withCoverages = <M extends { id: string }>(member: M) => {
    const coverages = coveragesOf(member.id);
    return { ...member, coverages, ...benefitDates(coverages) };
  };
  const dependents = new Map<string, SubscriberView['dependents'][number]>();
  for (const copy of copies) for (const dependent of copy.dependents) if (!dependents.has(dependent.id)) dependents.set(dependent.id, dependent);
  return {
    synced_subscriber: {
      ...withCoverages(newest),
      dependents: [...dependents.values()].map(withCoverages),
    },
  };
}
