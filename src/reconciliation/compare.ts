// Reconciliation's rule (pure): the carrier's full 834, as read, against the full 834 we would send
// for the same coverage period now (built by the transmission's own builder, so both sides speak the
// same codes: HD03 lines, HD04 plan codes, HD05 levels, AMT*FK volumes). Compared as of the file's
// date: per member and line, the coverage row that counts on that day (isCoveredOn), else the next
// one to begin, else the last one that ended. Nothing here reads or writes the database.
import type { Member834, ReadMember834 } from '../carriers/x12/index.ts';
import { relationshipForCode } from '../carriers/x12/index.ts';
import { toX12Text } from '../carriers/x12/x12-text.ts';
import { isCancelled, isCoveredOn } from '../enrollment/coverage-rules.ts';
import { compareDates } from '../enrollment/dates.ts';

export const DISCREPANCY_TYPES = [
  'member_missing_at_carrier',
  'member_unknown_to_us',
  'coverage_missing_at_carrier',
  'coverage_unknown_to_us',
  'coverage_dates_differ',
  'plan_differs',
  'coverage_level_differs',
  'volume_differs',
  'demographics_differ',
  'relationship_differs',
] as const;
export type DiscrepancyType = (typeof DISCREPANCY_TYPES)[number];

/** One family as we would send it in a full file: the builder's loops (REF*23 = our member id). */
export interface OurFamily {
  subscriberId: string;
  /** Per member id, the last file delivery to this carrier that carried the member. */
  lastFileDeliveries: ReadonlyMap<string, string>;
  members: readonly Member834[];
}

export interface Finding {
  /** Stable across runs: the same difference found again has the same key. */
  key: string;
  type: DiscrepancyType;
  memberId: string | null;
  subscriberId: string | null;
  /** How the carrier's file names a member we could not match (REF*0F, REF*23 or name). */
  carrierMember: string | null;
  /** HD03, for a coverage's difference. */
  line: string | null;
  /** The field that differs: name, birth_date, gender, ssn_last_four, address, start_date, end_date, plan, coverage_level, volume, relationship. */
  field: string | null;
  ourValue: string | null;
  carrierValue: string | null;
  lastFileDeliveryId: string | null;
}

interface Dated {
  startDate?: string;
  endDate?: string;
}

/** The row of a line that counts on `asOf`: in force that day, else the next to begin, else the last to end. */
export function rowAsOf<T extends Dated>(rows: readonly T[], asOf: string): T | undefined {
  const dated = rows.map((row) => ({ row, start_date: row.startDate ?? '0001-01-01', end_date: row.endDate ?? null }));
  const live = dated.filter((r) => !isCancelled(r));
  const covering = live.find((r) => isCoveredOn(r, asOf));
  if (covering) return covering.row;
  const next = live.filter((r) => compareDates(r.start_date, asOf) > 0).sort((a, b) => compareDates(a.start_date, b.start_date))[0];
  if (next) return next.row;
  const last = [...dated].sort((a, b) => compareDates(b.end_date ?? '9999-12-31', a.end_date ?? '9999-12-31'))[0];
  return last?.row;
}

/** In force on `asOf` or later: what a carrier ought to hold (an ended row may be dropped from its file). */
const current = (row: Dated, asOf: string) => {
  const start = row.startDate ?? '0001-01-01';
  const end = row.endDate ?? null;
  return !isCancelled({ start_date: start, end_date: end }) && (end === null || compareDates(end, asOf) >= 0);
};

const text = (value: string | undefined | null) => (value ? toX12Text(value).toUpperCase() : '');
const GENDER: Record<string, string> = { F: 'female', M: 'male', U: 'unknown' };

function nameOf(member: Pick<ReadMember834, 'name'>): string {
  const n = member.name;
  if (!n) return '';
  return [text(n.last), text(n.first), text(n.middle), text(n.suffix)].filter(Boolean).join(' ');
}

function addressOf(member: Pick<ReadMember834, 'address'>): string | null {
  const a = member.address;
  if (!a) return null;
  return [text(a.line1), text(a.line2), text(a.city), text(a.state), (a.zip ?? '').replace(/[^0-9]/g, '')].filter(Boolean).join(', ');
}

const lastFour = (ssn: string | undefined) => (ssn ? ssn.replace(/\D/g, '').slice(-4) : null);
const planOf = (c: { planIdentifier?: string; planCoverageDescription?: string }) => text(c.planIdentifier ?? c.planCoverageDescription) || null;
const relationshipOf = (m: { relationship?: string | undefined; relationshipCode?: string }) => m.relationship ?? (m.relationshipCode ? (relationshipForCode(m.relationshipCode) ?? m.relationshipCode) : null);

type Carrier = ReadMember834;
interface Ours {
  family: OurFamily;
  loop: Member834;
}

/** Finds our member for each of the carrier's loops: REF*23 (our id), REF*ZZ (the carrier's id for them), the SSN, then REF*0F and name or birth date within the family. */
function match(ours: readonly OurFamily[], carrier: readonly Carrier[]): Map<Carrier, Ours> {
  const byId = new Map<string, Ours>();
  const byCarrierId = new Map<string, Ours>();
  const bySsn = new Map<string, Ours>();
  const bySubscriberIdentifier = new Map<string, OurFamily>();
  for (const family of ours) {
    for (const loop of family.members) {
      const entry = { family, loop };
      if (loop.memberReference) byId.set(loop.memberReference, entry);
      if (loop.carrierMemberId) byCarrierId.set(loop.carrierMemberId, entry);
      if (loop.ssn) bySsn.set(loop.ssn.replace(/\D/g, ''), entry);
      bySubscriberIdentifier.set(loop.subscriberId, family);
    }
  }
  const matched = new Map<Carrier, Ours>();
  const taken = new Set<Member834>();
  const take = (member: Carrier, entry: Ours | undefined) => {
    if (!entry || taken.has(entry.loop) || matched.has(member)) return;
    taken.add(entry.loop);
    matched.set(member, entry);
  };
  for (const member of carrier) take(member, member.memberReference ? byId.get(member.memberReference) : undefined);
  for (const member of carrier) take(member, member.carrierMemberId ? byCarrierId.get(member.carrierMemberId) : undefined);
  for (const member of carrier) take(member, member.ssn ? bySsn.get(member.ssn.replace(/\D/g, '')) : undefined);
  for (const member of carrier) {
    if (matched.has(member) || !member.subscriberId) continue;
    const family = bySubscriberIdentifier.get(member.subscriberId);
    if (!family) continue;
    const candidates = family.members.filter((loop) => !taken.has(loop) && loop.isSubscriber === member.isSubscriber);
    const pick = member.isSubscriber
      ? candidates[0]
      : (candidates.find((loop) => text(loop.name.first) === text(member.name?.first) && loop.relationship === member.relationship) ??
        candidates.find((loop) => loop.demographics?.birthDate === member.demographics?.birthDate && loop.relationship === member.relationship));
    if (pick) take(member, { family, loop: pick });
  }
  return matched;
}

function carrierName(member: Carrier): string {
  return [member.subscriberId ?? '', member.memberReference ?? member.carrierMemberId ?? `${text(member.name?.last)} ${text(member.name?.first)} ${member.demographics?.birthDate ?? ''}`.trim()].join('/');
}

/** Every difference between the carrier's file and ours, as of `asOf` (YYYY-MM-DD). */
export function compareFullFile(input: { asOf: string; ours: readonly OurFamily[]; carrier: readonly Carrier[] }): Finding[] {
  const { asOf } = input;
  const findings: Finding[] = [];
  const matched = match(input.ours, input.carrier);
  const seen = new Set<Member834>([...matched.values()].map((entry) => entry.loop));

  const add = (type: DiscrepancyType, who: { memberId: string | null; subscriberId: string | null; carrierMember: string | null; lastFileDeliveryId: string | null }, line: string | null, field: string | null, ourValue: string | null, carrierValue: string | null) => {
    const memberKey = who.memberId ?? `carrier:${who.carrierMember}`;
    findings.push({ key: [type, memberKey, line ?? '', field ?? ''].join('|'), type, ...who, line, field, ourValue, carrierValue });
  };

  for (const family of input.ours) {
    for (const loop of family.members) {
      if (seen.has(loop) || !loop.coverages.some((c) => current(c, asOf))) continue;
      add('member_missing_at_carrier', { memberId: loop.memberReference ?? null, subscriberId: family.subscriberId, carrierMember: null, lastFileDeliveryId: family.lastFileDeliveries.get(loop.memberReference ?? '') ?? null }, null, null, nameOf(loop), null);
    }
  }

  for (const member of input.carrier) {
    const entry = matched.get(member);
    if (!entry) {
      if (member.coverages.some((c) => current(c, asOf))) add('member_unknown_to_us', { memberId: null, subscriberId: null, carrierMember: carrierName(member), lastFileDeliveryId: null }, null, null, null, nameOf(member));
      continue;
    }
    const { family, loop } = entry;
    const who = { memberId: loop.memberReference ?? null, subscriberId: family.subscriberId, carrierMember: null, lastFileDeliveryId: family.lastFileDeliveries.get(loop.memberReference ?? '') ?? null };
    const differs = (type: DiscrepancyType, field: string, ours: string | null, theirs: string | null, line: string | null = null) => {
      if ((ours ?? '') !== (theirs ?? '')) add(type, who, line, field, ours, theirs);
    };

    differs('demographics_differ', 'name', nameOf(loop), nameOf(member));
    differs('demographics_differ', 'birth_date', loop.demographics?.birthDate ?? null, member.demographics?.birthDate ?? null);
    differs('demographics_differ', 'gender', GENDER[loop.demographics?.gender ?? ''] ?? null, GENDER[member.demographics?.gender ?? ''] ?? member.demographics?.gender ?? null);
    differs('demographics_differ', 'ssn_last_four', lastFour(loop.ssn), lastFour(member.ssn));
    differs('demographics_differ', 'address', addressOf(loop), addressOf(member));
    differs('relationship_differs', 'relationship', relationshipOf(loop), relationshipOf(member));

    const lines = new Set([...loop.coverages, ...member.coverages].map((c) => c.insuranceLineCode));
    for (const line of [...lines].sort()) {
      const ourRow = rowAsOf(loop.coverages.filter((c) => c.insuranceLineCode === line), asOf);
      const theirRow = rowAsOf(member.coverages.filter((c) => c.insuranceLineCode === line), asOf);
      if (ourRow && !theirRow) {
        if (current(ourRow, asOf)) add('coverage_missing_at_carrier', who, line, null, planOf(ourRow), null);
        continue;
      }
      if (!ourRow && theirRow) {
        if (current(theirRow, asOf)) add('coverage_unknown_to_us', who, line, null, null, planOf(theirRow));
        continue;
      }
      if (!ourRow || !theirRow) continue;
      differs('coverage_dates_differ', 'start_date', ourRow.startDate ?? null, theirRow.startDate ?? null, line);
      differs('coverage_dates_differ', 'end_date', ourRow.endDate ?? null, theirRow.endDate ?? null, line);
      differs('plan_differs', 'plan', planOf(ourRow), planOf(theirRow), line);
      differs('coverage_level_differs', 'coverage_level', ourRow.coverageLevel ?? null, theirRow.coverageLevel ?? null, line);
      differs('volume_differs', 'volume', ourRow.coverageAmountCents === undefined ? null : String(ourRow.coverageAmountCents), theirRow.coverageAmountCents === undefined ? null : String(theirRow.coverageAmountCents), line);
    }
  }
  return findings;
}

/** Findings counted by type (every type present, zero when none). */
export function countByType(findings: readonly Finding[]): Record<DiscrepancyType, number> {
  const counts = Object.fromEntries(DISCREPANCY_TYPES.map((type) => [type, 0])) as Record<DiscrepancyType, number>;
  for (const finding of findings) counts[finding.type] += 1;
  return counts;
}
