// What a change to one or more families writes, as plain rows: the one shape every writer (the API's
// subscriber, dependent and life-event routes, the census and 834 imports) hands to
// applyFamilyChanges, which writes it all in one statement. Nothing here touches the database.
import type { LoadedFamily } from './family-store.ts';
import type { Selectable } from 'kysely';
import type { AcknowledgementsTable, CoveragesTable, PlanElectionsTable, QualifyingLifeEventsTable, SubscriberStatus } from '../../db/tables.ts';
import type { MemberRow } from '../subscribers/store.ts';
import type { NewEvent } from '../../webhooks/emit-event.ts';
import type { CoverageChanges } from '../coverage-changes.ts';
import { newId } from '../../db/ids.ts';

export type CoverageRow = Selectable<CoveragesTable>;
export type EventRow = Selectable<QualifyingLifeEventsTable>;
export type ElectionRow = Omit<Selectable<PlanElectionsTable>, 'created_at'>;
export type AcknowledgementRow = Omit<AcknowledgementsTable, 'created_at'>;

export interface AuditRow {
  organization_id: string;
  api_key_id: string | null;
  resource_type: string;
  resource_id: string;
  action: string;
  before: unknown;
  after: unknown;
}

/** A family whose record changed: pending again, queued for each carrier it has coverage with. */
export interface ChangedFamily {
  subscriberId: string;
  organizationId: string;
  groupId: string;
  qualifyingLifeEventId: string | null;
}

export interface FamilyChanges {
  /** One clock for the whole change: every timestamp written is this one. */
  at: Date;
  membersInserted: MemberRow[];
  /** Whole rows as they are after the change (the loaded row with the patch laid over it). */
  membersUpdated: MemberRow[];
  events: EventRow[];
  elections: ElectionRow[];
  /** Current rows that a successor replaces: superseded by this change (and its event, if any). */
  coveragesSuperseded: Array<{ id: string; eventId: string | null }>;
  /** Successors of superseded rows and new rows. */
  coveragesInserted: CoverageRow[];
  families: ChangedFamily[];
  audit: AuditRow[];
  acknowledgements: AcknowledgementRow[];
  /** Webhook events (the API announces each status it changes; an import announces itself once). */
  webhookEvents: NewEvent[];
  /**
   * Whether each family's carrier status that becomes pending is announced (subscriber.carrier_status_changed).
   * The API's changes are; an import's are not: it announces itself once when it completes, as it does
   * for the families' own statuses — a 100,000-family census is not 100,000 webhook events.
   */
  announceCarrierStatuses: boolean;
}

export function emptyChanges(at = new Date()): FamilyChanges {
  return { at, membersInserted: [], membersUpdated: [], events: [], elections: [], coveragesSuperseded: [], coveragesInserted: [], families: [], audit: [], acknowledgements: [], webhookEvents: [], announceCarrierStatuses: true };
}

/** The answer's status of a family this change made pending. */
export interface PendingStatus {
  status: SubscriberStatus;
  status_at: Date;
  errors: unknown[];
}

export const pendingSince = (at: Date): PendingStatus => ({ status: 'pending', status_at: at, errors: [] });

/** A loaded family as a change leaves it: pending, with every carrier it has coverage with (each keeps its synced copy). */
export function pendingAfter(family: LoadedFamily, at: Date): LoadedFamily {
  const { subscriber } = family;
  return {
    ...family,
    status: { subscriber_id: subscriber.id, organization_id: subscriber.organization_id, group_id: subscriber.group_id, ...pendingSince(at) },
    carrierStatuses: family.carrierStatuses.map((row) => ({ ...row, status: 'pending', status_at: at, errors: [] })),
  };
}

/** subscriber.status_changed for a family made pending — none when it was pending already. */
export function pendingAnnouncement(family: Omit<ChangedFamily, 'qualifyingLifeEventId'>, previousStatus: SubscriberStatus | null): NewEvent[] {
  if (previousStatus === 'pending') return [];
  return [{ organizationId: family.organizationId, groupId: family.groupId, type: 'subscriber.status_changed', data: { object: 'subscriber', id: family.subscriberId, status: 'pending', previous_status: previousStatus } }];
}

/** Where a family's coverage changes go, and what caused them. */
export interface CoveragePlacement {
  organization_id: string;
  group_id: string;
  subscriber_id: string;
  coverage_period_id: string;
  /** The life event that made the change; none for an import (a successor keeps its row's event). */
  eventId: string | null;
  /** The election row of each product line, for the rows the event starts. */
  electionIds?: ReadonlyMap<string, string>;
}

/**
 * The rules' plan (coverage-changes.ts) as rows of the change. History is never rewritten: an ended row
 * is superseded by a successor that carries the end date; a started row is new.
 */
export function addCoverageChanges(changes: FamilyChanges, plan: CoverageChanges, current: readonly CoverageRow[], placement: CoveragePlacement): { ended: CoverageRow[]; started: CoverageRow[] } {
  const at = changes.at;
  const byId = new Map(current.map((row) => [row.id, row]));
  const ended = plan.ended.map((change): CoverageRow => {
    const old = byId.get(change.coverage_id)!;
    changes.coveragesSuperseded.push({ id: old.id, eventId: placement.eventId });
    return { ...old, id: newId(), end_date: change.end_date, replaces_id: old.id, qualifying_life_event_id: placement.eventId ?? old.qualifying_life_event_id, recorded_at: at, superseded_at: null, superseded_by_event_id: null };
  });
  const started = plan.started.map((row): CoverageRow => ({
    id: newId(),
    organization_id: placement.organization_id,
    group_id: placement.group_id,
    subscriber_id: placement.subscriber_id,
    member_id: row.member_id,
    coverage_period_id: placement.coverage_period_id,
    plan_id: row.plan_id,
    product_line: row.product_line,
    status: row.status,
    start_date: row.start_date,
    end_date: row.end_date,
    volume: row.volume,
    plan_election_id: placement.electionIds?.get(row.product_line) ?? null,
    qualifying_life_event_id: placement.eventId,
    replaces_id: null,
    recorded_at: at,
    superseded_at: null,
    superseded_by_event_id: null,
  }));
  changes.coveragesInserted.push(...ended, ...started);
  return { ended, started };
}
