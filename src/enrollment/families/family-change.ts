// What a change to one or more families writes, as plain rows: the one shape every writer (the API's
// subscriber, dependent and life-event routes, the census and 834 imports) hands to
// applyFamilyChanges, which writes it all in one statement. Nothing here touches the database.
import type { Selectable } from 'kysely';
import type { AcknowledgementsTable, CoveragesTable, PlanElectionsTable, QualifyingLifeEventsTable, SubscriberStatus } from '../../db/tables.ts';
import type { MemberRow } from '../subscribers/store.ts';
import type { NewEvent } from '../../webhooks/emit-event.ts';

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
}

export function emptyChanges(at = new Date()): FamilyChanges {
  return { at, membersInserted: [], membersUpdated: [], events: [], elections: [], coveragesSuperseded: [], coveragesInserted: [], families: [], audit: [], acknowledgements: [], webhookEvents: [] };
}

/** The answer's status of a family this change made pending. */
export interface PendingStatus {
  status: SubscriberStatus;
  status_at: Date;
  errors: unknown[];
  synced_record: null;
}

export const pendingSince = (at: Date): PendingStatus => ({ status: 'pending', status_at: at, errors: [], synced_record: null });

/** subscriber.status_changed for a family made pending — none when it was pending already. */
export function pendingAnnouncement(family: Omit<ChangedFamily, 'qualifyingLifeEventId'>, previousStatus: SubscriberStatus | null): NewEvent[] {
  if (previousStatus === 'pending') return [];
  return [{ organizationId: family.organizationId, groupId: family.groupId, type: 'subscriber.status_changed', data: { object: 'subscriber', id: family.subscriberId, status: 'pending', previous_status: previousStatus } }];
}
