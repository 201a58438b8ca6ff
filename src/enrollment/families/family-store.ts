// Loading families, each in ONE statement whatever its size: the subscriber row with its dependents,
// current coverages, life events and status aggregated as JSON beside it — and what the change at hand
// also needs (the coverage period and its plans; which SSNs the group already has). Every writer and
// the record's reader load a family here. With the period come its eligibility rules and the
// subscriber's class history, so judging elections costs no statement of its own.
import { sql, type Trx } from '../../db/database.ts';
import { reachableBy } from '../group-access.ts';
import type { CarrierStatusesTable, SubscriberStatusesTable } from '../../db/tables.ts';
import type { Selectable } from 'kysely';
import type { MemberRow } from '../subscribers/store.ts';
import type { CoverageRow, EventRow } from './family-change.ts';
import type { ClassAssignmentFacts, EligibilityFacts, EligibilityRuleFacts, WaitingPeriodType } from '../eligibility-rules.ts';

export type StatusRow = Selectable<SubscriberStatusesTable>;
export type CarrierStatusRow = Selectable<CarrierStatusesTable>;

export interface LoadedFamily {
  subscriber: MemberRow;
  dependents: MemberRow[];
  /** The coverages as now known (superseded versions left out), by start date. */
  coverages: CoverageRow[];
  events: EventRow[];
  status: StatusRow | null;
  /** The family's status with each carrier (coverage period) it has coverage with. */
  carrierStatuses: CarrierStatusRow[];
}

export interface PeriodCarrier {
  id: string;
  name: string;
  line_of_coverage_codes: Record<string, string>;
}

export interface PeriodRows {
  period: { id: string; group_id: string; organization_id: string; carrier_id: string; coverage_start_date: string; coverage_end_date: string; termination_rule: 'end_of_month' | 'event_date'; birth_enrollment_window_days: number } & Record<string, unknown>;
  plans: Array<{ id: string; coverage_period_id: string; product_line: string }>;
  /** The carrier the period's file goes to: which product lines its 834 can carry. */
  carrier: PeriodCarrier | undefined;
  /** The period's eligibility rules and the subscriber's class history (eligibility-rules.ts). */
  eligibility: EligibilityFacts;
}

/** Timestamps come back from json_agg as text; the mappers take Dates, as the driver gives them. */
function revive<T>(value: T, fields: readonly string[]): T {
  const row = value as Record<string, unknown>;
  for (const field of fields) if (typeof row[field] === 'string') row[field] = new Date(row[field] as string);
  return value;
}
const MEMBER_TIMES = ['created_at', 'updated_at'] as const;
const COVERAGE_TIMES = ['recorded_at', 'superseded_at'] as const;
const EVENT_TIMES = ['status_at', 'created_at'] as const;


const familyColumns = (alias: string) => sql`
  row_to_json(${sql.ref(alias)}) AS subscriber,
  (SELECT coalesce(json_agg(d ORDER BY d.id), '[]'::json) FROM members d WHERE d.subscriber_id = ${sql.ref(`${alias}.id`)}) AS dependents,
  (SELECT coalesce(json_agg(c ORDER BY c.start_date, c.id), '[]'::json) FROM coverages c WHERE c.subscriber_id = ${sql.ref(`${alias}.id`)} AND c.superseded_at IS NULL) AS coverages,
  (SELECT coalesce(json_agg(e ORDER BY e.created_at, e.id), '[]'::json) FROM qualifying_life_events e WHERE e.subscriber_id = ${sql.ref(`${alias}.id`)}) AS events,
  (SELECT row_to_json(s) FROM subscriber_statuses s WHERE s.subscriber_id = ${sql.ref(`${alias}.id`)}) AS status,
  (SELECT coalesce(json_agg(cs ORDER BY cs.coverage_period_id), '[]'::json) FROM carrier_statuses cs WHERE cs.subscriber_id = ${sql.ref(`${alias}.id`)}) AS carrier_statuses`;

interface FamilyJson {
  subscriber: MemberRow;
  dependents: MemberRow[];
  coverages: CoverageRow[];
  events: EventRow[];
  status: StatusRow | null;
  carrier_statuses?: CarrierStatusRow[];
}

function toFamily(row: FamilyJson): LoadedFamily {
  return {
    subscriber: revive(row.subscriber, MEMBER_TIMES),
    dependents: row.dependents.map((d) => revive(d, MEMBER_TIMES)),
    coverages: row.coverages.map((c) => revive(c, COVERAGE_TIMES)),
    events: row.events.map((e) => revive(e, EVENT_TIMES)),
    status: row.status ? revive(row.status, ['status_at']) : null,
    carrierStatuses: (row.carrier_statuses ?? []).map((c) => revive(c, ['status_at', 'synced_at'])),
  };
}

export interface FamilyNeeds {
  /** The coverage period (if the caller reaches it and it is of the family's group) and its plans. */
  coveragePeriodId?: string;
  /** Of these SSN blind indexes, those a member of the group other than `ssnExceptId` already has. */
  ssnIndexes?: string[];
  ssnExceptId?: string;
  /** The group's locations (a subscriber's location_id must be one of them). */
  groupLocations?: boolean;
}

export interface FamilyLoad extends Partial<PeriodRows> {
  family: LoadedFamily;
  takenSsnIndexes: Set<string>;
  /** The dependent asked for, when loaded through one. */
  dependentId?: string;
  groupLocations?: { primary_location: unknown; secondary_locations: unknown };
}

function needsColumns(organizationId: string, needs: FamilyNeeds) {
  const period = needs.coveragePeriodId
    ? sql`,
      (SELECT row_to_json(p) FROM coverage_periods p WHERE p.id = ${needs.coveragePeriodId} AND p.group_id = m.group_id AND ${reachableBy(organizationId, 'p')}) AS period,
      (SELECT coalesce(json_agg(json_build_object('id', l.id, 'coverage_period_id', l.coverage_period_id, 'product_line', l.product_line)), '[]'::json)
         FROM plans l WHERE l.coverage_period_id = ${needs.coveragePeriodId}) AS plans,
      (SELECT json_build_object('id', k.id, 'name', k.name, 'line_of_coverage_codes', k.line_of_coverage_codes)
         FROM coverage_periods p JOIN carriers k ON k.id = p.carrier_id WHERE p.id = ${needs.coveragePeriodId}) AS period_carrier,
      (SELECT coalesce(json_agg(json_build_object('id', r.id, 'employment_classification_id', r.employment_classification_id, 'class_label', ec.external_identifier,
          'plan_ids', r.plan_ids, 'minimum_hours_per_week', r.minimum_hours_per_week, 'waiting_period_type', r.waiting_period_type, 'waiting_period_days', r.waiting_period_days)), '[]'::json)
         FROM eligibility_rules r LEFT JOIN employment_classifications ec ON ec.id = r.employment_classification_id WHERE r.coverage_period_id = ${needs.coveragePeriodId}) AS eligibility_rules,
      (SELECT coalesce(json_agg(json_build_object('employment_classification_id', sc.employment_classification_id, 'effective_date', sc.effective_date)), '[]'::json)
         FROM subscriber_classifications sc WHERE sc.subscriber_id = m.id) AS class_history`
    : sql``;
  const ssn = needs.ssnIndexes?.length
    ? sql`,
      (SELECT coalesce(json_agg(x.ssn_index), '[]'::json) FROM members x
        WHERE x.group_id = m.group_id AND x.ssn_index = ANY(${needs.ssnIndexes}::text[]) AND x.id <> ${needs.ssnExceptId ?? '00000000-0000-0000-0000-000000000000'}::uuid) AS taken_ssn`
    : sql``;
  const locations = needs.groupLocations
    ? sql`, (SELECT json_build_object('primary_location', g.primary_location, 'secondary_locations', g.secondary_locations) FROM groups g WHERE g.id = m.group_id) AS group_locations`
    : sql``;
  return sql`${period}${ssn}${locations}`;
}

interface RuleJson {
  id: string;
  employment_classification_id: string | null;
  class_label: string | null;
  plan_ids: string[] | null;
  minimum_hours_per_week: number | null;
  waiting_period_type: WaitingPeriodType | null;
  waiting_period_days: number | null;
}

const toRuleFacts = (rule: RuleJson): EligibilityRuleFacts => ({
  id: rule.id,
  employment_classification_id: rule.employment_classification_id,
  class_label: rule.class_label,
  plan_ids: rule.plan_ids,
  minimum_hours_per_week: rule.minimum_hours_per_week === null ? null : Number(rule.minimum_hours_per_week),
  waiting_period: rule.waiting_period_type ? { type: rule.waiting_period_type, days: rule.waiting_period_days } : null,
});

type LoadRow = FamilyJson & { eligibility_rules?: RuleJson[]; class_history?: ClassAssignmentFacts[]; period?: PeriodRows['period'] | null; plans?: PeriodRows['plans']; period_carrier?: PeriodCarrier | null; taken_ssn?: string[]; dependent_id?: string; group_locations?: FamilyLoad['groupLocations'] };

function toLoad(row: LoadRow | undefined): FamilyLoad | undefined {
  if (!row) return undefined;
  return {
    family: toFamily(row),
    takenSsnIndexes: new Set(row.taken_ssn ?? []),
    ...(row.period !== undefined
      ? { period: row.period ?? undefined, plans: row.plans ?? [], carrier: row.period_carrier ?? undefined, eligibility: { rules: (row.eligibility_rules ?? []).map(toRuleFacts), classHistory: row.class_history ?? [] } }
      : {}),
    ...(row.dependent_id ? { dependentId: row.dependent_id } : {}),
    ...(row.group_locations ? { groupLocations: row.group_locations } : {}),
  } as FamilyLoad;
}

/** The family of a subscriber the caller reaches, with what `needs` asks for; undefined if none. */
export async function loadFamily(trx: Trx, organizationId: string, subscriberId: string, needs: FamilyNeeds = {}): Promise<FamilyLoad | undefined> {
  const { rows } = await familyQuery(organizationId, subscriberId, needs).execute(trx);
  return toLoad(rows[0]);
}

/** The statement of loadFamily, for a caller that sends it itself (readInOneTrip); familyOfRow reads its row. */
export function familyQuery(organizationId: string, subscriberId: string, needs: FamilyNeeds = {}) {
  return sql<LoadRow>`
    SELECT ${familyColumns('m')}${needsColumns(organizationId, needs)}
    FROM members m WHERE m.id = ${subscriberId} AND m.subscriber_id IS NULL AND ${reachableBy(organizationId, 'm')}`;
}

export const familyOfRow = (row: unknown): FamilyLoad | undefined => toLoad(row as LoadRow | undefined);

/** The family of a dependent the caller reaches. */
export async function loadFamilyOfDependent(trx: Trx, organizationId: string, dependentId: string, needs: FamilyNeeds = {}): Promise<FamilyLoad | undefined> {
  const { rows } = await sql<LoadRow>`
    SELECT dep.id AS dependent_id, ${familyColumns('m')}${needsColumns(organizationId, needs)}
    FROM members dep JOIN members m ON m.id = dep.subscriber_id
    WHERE dep.id = ${dependentId} AND ${reachableBy(organizationId, 'dep')}`.execute(trx);
  return toLoad(rows[0]);
}

export interface GroupForNewFamily {
  id: string;
  organization_id: string;
  primary_location: unknown;
  secondary_locations: unknown;
  takenSsnIndexes: Set<string>;
}

/** A group the caller reaches, for enrolling a new family in it: its locations and the SSNs it has. */
export async function loadGroupForNewFamily(trx: Trx, organizationId: string, groupId: string, ssnIndexes: string[]): Promise<GroupForNewFamily | undefined> {
  const { rows } = await sql<Omit<GroupForNewFamily, 'takenSsnIndexes'> & { taken_ssn: string[] }>`
    SELECT grp.id, grp.organization_id, grp.primary_location, grp.secondary_locations,
      (SELECT coalesce(json_agg(x.ssn_index), '[]'::json) FROM members x WHERE x.group_id = grp.id AND x.ssn_index = ANY(${ssnIndexes}::text[])) AS taken_ssn
    FROM groups grp
    WHERE grp.id = ${groupId} AND ${reachableBy(organizationId, 'grp', 'id')}`.execute(trx);
  const row = rows[0];
  if (!row) return undefined;
  const { taken_ssn, ...group } = row;
  return { ...group, takenSsnIndexes: new Set(taken_ssn) };
}

/**
 * The families of a group whose subscribers have these external ids, with only `coveragePeriodId`'s
 * coverages (an import's view): one statement, one array parameter, however many families.
 */
export async function loadFamiliesByExternalId(trx: Trx, groupId: string, coveragePeriodId: string, externalIds: string[]): Promise<LoadedFamily[]> {
  if (!externalIds.length) return [];
  const { rows } = await sql<FamilyJson>`
    SELECT row_to_json(m) AS subscriber,
      (SELECT coalesce(json_agg(d ORDER BY d.id), '[]'::json) FROM members d WHERE d.subscriber_id = m.id) AS dependents,
      (SELECT coalesce(json_agg(c ORDER BY c.start_date, c.id), '[]'::json) FROM coverages c
        WHERE c.subscriber_id = m.id AND c.coverage_period_id = ${coveragePeriodId} AND c.superseded_at IS NULL) AS coverages,
      '[]'::json AS events, NULL::json AS status
    FROM members m
    WHERE m.group_id = ${groupId} AND m.subscriber_id IS NULL AND m.external_identifier = ANY(${externalIds}::text[])`.execute(trx);
  return rows.map(toFamily);
}

/**
 * The families of one coverage period as the API shows them, with only that period's coverages (what
 * one carrier's file carries): one statement, one array parameter, however many families. For the
 * worker, which reads outside any tenant: the period's organization scopes it.
 */
export async function loadPeriodFamilies(trx: Trx, period: { id: string; organization_id: string }, subscriberIds: readonly string[]): Promise<LoadedFamily[]> {
  if (!subscriberIds.length) return [];
  const { rows } = await sql<FamilyJson>`
    SELECT row_to_json(m) AS subscriber,
      (SELECT coalesce(json_agg(d ORDER BY d.id), '[]'::json) FROM members d WHERE d.subscriber_id = m.id) AS dependents,
      (SELECT coalesce(json_agg(c ORDER BY c.start_date, c.id), '[]'::json) FROM coverages c
        WHERE c.subscriber_id = m.id AND c.coverage_period_id = ${period.id} AND c.superseded_at IS NULL) AS coverages,
      (SELECT coalesce(json_agg(e ORDER BY e.created_at, e.id), '[]'::json) FROM qualifying_life_events e WHERE e.subscriber_id = m.id) AS events,
      NULL::json AS status
    FROM members m
    WHERE m.id = ANY(${[...subscriberIds]}::uuid[]) AND m.subscriber_id IS NULL AND ${reachableBy(period.organization_id, 'm')}`.execute(trx);
  return rows.map(toFamily);
}
