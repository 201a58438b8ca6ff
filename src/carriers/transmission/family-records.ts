// Loading what a carrier file says about families (SQL). The worker serves every organization, so it
// reads outside any tenant; the rows it loads are those its outbox rows name.
import { sql, type Db, type Trx } from '../../db/database.ts';
import type { PersonalDataCipher } from '../../security/personal-data-cipher.ts';
import type { ProductLine, QualifyingLifeEventType, SubscriberRelationship } from '../../enrollment/enrollment-facts.ts';
import { sentCoverageKey, type CarrierFacts, type FamilyRecord, type PersonRecord, type SentCoverageState, type SponsorFacts, type SubscriberIdentifierSetting } from './build-834.ts';
import type { Coverage834 } from '../x12/enrollment-834.ts';
import { carrierMemberIdsOf } from './carrier-member-ids.ts';

type Q = Db | Trx;

export interface PeriodContext {
  period: { id: string; group_id: string; organization_id: string; carrier_id: string; carrier_group_number: string };
  carrier: CarrierFacts & { id: string; organization_id: string; connection: Record<string, unknown> };
  sponsor: SponsorFacts;
}

export async function loadPeriodContext(db: Q, coveragePeriodId: string): Promise<PeriodContext> {
  const period = await db.selectFrom('coverage_periods').select(['id', 'group_id', 'organization_id', 'carrier_id', 'carrier_group_number']).where('id', '=', coveragePeriodId).executeTakeFirstOrThrow();
  const carrier = await db.selectFrom('carriers').selectAll().where('id', '=', period.carrier_id).executeTakeFirstOrThrow();
  const group = await db.selectFrom('groups').select(['name', 'employer']).where('id', '=', period.group_id).executeTakeFirstOrThrow();
  const interchange = carrier.interchange as CarrierFacts['interchange'] & { file_settings?: { full_file_action_code?: '4' | 'RX'; subscriber_identifier?: SubscriberIdentifierSetting } };
  const employer = group.employer as { organization_name?: string; fein?: string | null };
  return {
    period,
    carrier: {
      id: carrier.id,
      organization_id: carrier.organization_id,
      name: carrier.name,
      payer_identifier: carrier.payer_identifier,
      interchange,
      line_of_coverage_codes: carrier.line_of_coverage_codes as CarrierFacts['line_of_coverage_codes'],
      full_file_action_code: interchange.file_settings?.full_file_action_code ?? '4',
      subscriber_identifier: interchange.file_settings?.subscriber_identifier ?? 'external_identifier',
      connection: carrier.connection as Record<string, unknown>,
    },
    sponsor: { name: employer.organization_name ?? group.name, fein: employer.fein ?? null },
  };
}

/** The families of one coverage period, as the carrier should know them now. */
export async function loadFamilies(db: Q, cipher: PersonalDataCipher, context: PeriodContext, subscriberIds: readonly string[]): Promise<FamilyRecord[]> {
  if (!subscriberIds.length) return [];
  const periodId = context.period.id;
  // One array parameter, however many families: a statement's parameters never grow with the data.
  const anyId = sql<string>`any(${[...subscriberIds]}::uuid[])`;
  const members = await db
    .selectFrom('members')
    .selectAll()
    .where((eb) => eb.or([eb('id', '=', anyId), eb('subscriber_id', '=', anyId)]))
    .orderBy('id')
    .execute();
  const coverages = await db
    .selectFrom('coverages')
    .innerJoin('plans', 'plans.id', 'coverages.plan_id')
    .select(['coverages.id', 'coverages.subscriber_id', 'coverages.member_id', 'coverages.product_line', 'coverages.status', 'coverages.start_date', 'coverages.end_date', 'coverages.volume', 'plans.plan_identifier', 'plans.description'])
    .where('coverages.subscriber_id', '=', anyId)
    .where('coverages.coverage_period_id', '=', periodId)
    .where('coverages.superseded_at', 'is', null)
    .orderBy('coverages.start_date')
    .orderBy('coverages.id')
    .execute();
  const events = await db
    .selectFrom('qualifying_life_events')
    .select(['subscriber_id', 'event', 'event_date', 'created_at'])
    .where('subscriber_id', '=', anyId)
    .where('coverage_period_id', '=', periodId)
    .where('status', '=', 'pending')
    .orderBy('created_at', 'desc')
    .execute();
  const sent = await db
    .selectFrom('file_delivery_subscribers')
    .innerJoin('file_deliveries', 'file_deliveries.id', 'file_delivery_subscribers.delivery_id')
    .select(['file_delivery_subscribers.subscriber_id', 'file_delivery_subscribers.record'])
    .where('file_delivery_subscribers.subscriber_id', '=', anyId)
    .where('file_deliveries.carrier_id', '=', context.carrier.id)
    .where('file_deliveries.status', 'in', ['sent', 'acknowledged', 'completed'])
    // Oldest first: what a later file said of a coverage replaces what an earlier one did.
    .orderBy('file_deliveries.created_at')
    .orderBy('file_deliveries.interchange_control_number')
    .execute();
  const carrierIds = await carrierMemberIdsOf(db, context.carrier.id, members.map((m) => m.id));

  const familyOf = groupBy(members, (m) => m.subscriber_id ?? m.id);
  const coveragesOf = groupBy(coverages, (c) => c.subscriber_id);
  const sentOf = groupBy(sent, (row) => row.subscriber_id);
  const latestOf = new Map<string, (typeof events)[number]>();
  for (const event of events) if (!latestOf.has(event.subscriber_id)) latestOf.set(event.subscriber_id, event); // newest first

  return subscriberIds.map((subscriberId) => {
    const family = familyOf.get(subscriberId) ?? [];
    const latest = latestOf.get(subscriberId);
    const { sentMemberIds, sentCoverages } = sentState((sentOf.get(subscriberId) ?? []).map((row) => row.record as SentRecord));
    return {
      subscriberId,
      members: family.map((row): PersonRecord => {
        const emails = row.emails as Array<{ address: string }>;
        const phones = row.phone_numbers as Array<{ number: string }>;
        return {
          id: row.id,
          external_identifier: row.external_identifier,
          relationship: row.subscriber_relationship as SubscriberRelationship,
          first_name: row.first_name,
          middle_name: row.middle_name,
          last_name: row.last_name,
          suffix: row.suffix,
          ssn: row.ssn_sealed ? cipher.open(row.ssn_sealed) : null,
          gender: row.gender,
          birth_date: row.birth_date,
          marital_status: row.marital_status,
          address: (row.residential_address ?? null) as PersonRecord['address'],
          phone: phones[0]?.number ?? null,
          email: emails[0]?.address ?? null,
          employment: (row.employment_details ?? null) as PersonRecord['employment'],
        };
      }),
      coverages: (coveragesOf.get(subscriberId) ?? []).map((c) => ({
        id: c.id,
        member_id: c.member_id,
        product_line: c.product_line as ProductLine,
        plan_identifier: c.plan_identifier,
        plan_description: c.description,
        status: c.status,
        start_date: c.start_date,
        end_date: c.end_date,
        volume: c.volume === null ? null : Number(c.volume),
      })),
      latestEvent: latest ? { event: latest.event as QualifyingLifeEventType, date: latest.event_date } : null,
      sentMemberIds,
      sentCoverages,
      carrierMemberIds: new Map(family.flatMap((m) => (carrierIds.has(m.id) ? [[m.id, carrierIds.get(m.id)!] as const] : []))),
    };
  });
}

/** A family's record as a file carried it (file_delivery_subscribers.record): the members as sent. */
interface SentRecord {
  members?: Array<{ memberReference?: string; coverages?: Array<Pick<Coverage834, 'insuranceLineCode' | 'planIdentifier' | 'planCoverageDescription' | 'endDate'>> }>;
}

/**
 * What the carrier was sent of a family, from the records of the files that carried it (oldest first):
 * the members it has, and per member and coverage (HD03 + HD04) whether the last file to carry that
 * coverage sent it in force or ending. In one file, a coverage sent both ending (an old row) and in
 * force (its successor) is in force.
 */
export function sentState(records: readonly SentRecord[]): { sentMemberIds: Set<string>; sentCoverages: Map<string, Map<string, SentCoverageState>> } {
  const sentMemberIds = new Set<string>();
  const sentCoverages = new Map<string, Map<string, SentCoverageState>>();
  for (const record of records) {
    for (const member of record.members ?? []) {
      if (!member.memberReference) continue;
      sentMemberIds.add(member.memberReference);
      const inFile = new Map<string, SentCoverageState>();
      for (const coverage of member.coverages ?? []) {
        const key = sentCoverageKey(coverage);
        const before = inFile.get(key);
        const state: SentCoverageState = coverage.endDate === undefined ? { ended: false, endDate: null } : { ended: true, endDate: coverage.endDate };
        if (!before || (before.ended && (!state.ended || (state.endDate ?? '') > (before.endDate ?? '')))) inFile.set(key, state);
      }
      const states = sentCoverages.get(member.memberReference) ?? new Map<string, SentCoverageState>();
      for (const [key, state] of inFile) states.set(key, state);
      sentCoverages.set(member.memberReference, states);
    }
  }
  return { sentMemberIds, sentCoverages };
}

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const group = groups.get(k);
    if (group) group.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}
