// What an inbound 834 says about where it belongs, read in one pass before the import (pure): the
// sponsor (N1*P5), the group numbers (REF*1L, else the header's REF*38), the kind of file (BGN08), the
// dates, and the plans its HD loops name. The import finds (or creates) the group, the coverage period
// and the plans from these.
import { addDays, minDate, maxDate } from '../../enrollment/dates.ts';
import type { ProductLine } from '../../enrollment/enrollment-facts.ts';
import { MEMBER_DATE_QUALIFIERS, productLineForInsuranceLine, type MemberDateName, type Read834Event, type ReadWarning834 } from '../../carriers/x12/index.ts';

export interface ImpliedPlan {
  product_line: ProductLine;
  /** HD04 as sent; null when the file leaves it empty. */
  plan_identifier: string | null;
  /** HD03 as sent. */
  insurance_line_code: string;
}

export interface X12FileFacts {
  /** BGN08: '2' change file; '4' (verify) or 'RX' (replace) a full file. */
  actionCode: string;
  /** A full file lists everyone: families with coverage it leaves out are terminated. */
  complete: boolean;
  /** Distinct N1*P5 parties of the file's transaction sets. */
  sponsors: Array<{ name: string | null; id: string; id_qualifier: string }>;
  groupNumbers: string[];
  plans: ImpliedPlan[];
  earliestStart: string | null;
  latestDate: string | null;
  /** DTP*007, else BGN03: the day a full file speaks for. */
  fileDate: string | null;
  members: number;
  /** How many coverages (HD loops) begin on each DTP*348 date: those before the period are clipped, with a warning. */
  coverageStarts: Record<string, number>;
  /** Distinct GS08 and ST03 values (a 4010 file is refused). */
  versions: string[];
  /** The reader's warnings: what it normalized, and what the file carries that is not stored, with counts. */
  warnings: ReadWarning834[];
}

/** Loop 2000 dates the import keeps: employment begins and ends, and DTP*357 ends a member. The reader
 * reads the rest (eligibility begin, maintenance effective, Medicare, COBRA, retirement), which the
 * import does not keep: coverage begins on each HD loop's DTP*348. */
const MEMBER_DATES_KEPT = new Set<MemberDateName>(['employmentBegin', 'employmentEnd', 'eligibilityEnd']);

/** BGN08 codes of a full file (the whole population), as the API's `complete` census flag. */
export const FULL_FILE_ACTION_CODES = new Set(['4', 'RX']);

export async function readFileFacts(events: AsyncIterable<Read834Event>): Promise<X12FileFacts> {
  const facts: X12FileFacts = { actionCode: '', complete: false, sponsors: [], groupNumbers: [], plans: [], earliestStart: null, latestDate: null, fileDate: null, members: 0, coverageStarts: {}, versions: [], warnings: [] };
  const groupNumbers = new Set<string>();
  const masterPolicies = new Set<string>();
  const plans = new Map<string, ImpliedPlan>();
  const later = (date: string | undefined) => {
    if (date) facts.latestDate = facts.latestDate ? maxDate(facts.latestDate, date) : date;
  };
  const versions = new Set<string>();
  // What the import drops that the reader reads: counted here, where the import's choices are known.
  const datesDropped = new Map<MemberDateName, number>();
  let employmentDropped = 0;
  for await (const event of events) {
    if (event.type === 'end') {
      facts.warnings = event.warnings;
      for (const group of event.groups) if (group.version) versions.add(group.version);
    }
    if (event.type === 'transactionSet') {
      const { header, sponsor } = event.transactionSet;
      if (event.transactionSet.implementationReference) versions.add(event.transactionSet.implementationReference);
      facts.actionCode ||= header.actionCode;
      facts.fileDate ??= header.fileEffectiveDate ?? header.date ?? null;
      if (header.masterPolicyNumber) masterPolicies.add(header.masterPolicyNumber);
      if (sponsor && !facts.sponsors.some((s) => s.id === sponsor.id)) facts.sponsors.push({ name: sponsor.name ?? null, id: sponsor.id, id_qualifier: sponsor.idQualifier ?? '' });
    } else if (event.type === 'member') {
      const { member } = event;
      facts.members++;
      if (member.groupPolicyNumber) groupNumbers.add(member.groupPolicyNumber);
      for (const name of Object.keys(member.dates ?? {}) as MemberDateName[]) if (!MEMBER_DATES_KEPT.has(name)) datesDropped.set(name, (datesDropped.get(name) ?? 0) + 1);
      // The API keeps employment as a status with its start date (DTP*336); INS08 alone has nowhere to go.
      if (member.isSubscriber && member.employmentStatus && !member.dates?.employmentBegin) employmentDropped++;
      for (const coverage of member.coverages) {
        if (coverage.startDate) facts.earliestStart = facts.earliestStart ? minDate(facts.earliestStart, coverage.startDate) : coverage.startDate;
        if (coverage.startDate) facts.coverageStarts[coverage.startDate] = (facts.coverageStarts[coverage.startDate] ?? 0) + 1;
        later(coverage.startDate);
        later(coverage.endDate);
        const line = productLineForInsuranceLine(coverage.insuranceLineCode);
        if (!line) continue;
        const identifier = coverage.planCoverageDescription?.trim() || null;
        const key = `${line}\u0000${identifier?.toUpperCase() ?? ''}`;
        if (!plans.has(key)) plans.set(key, { product_line: line, plan_identifier: identifier, insurance_line_code: coverage.insuranceLineCode });
      }
    }
  }
  facts.complete = FULL_FILE_ACTION_CODES.has(facts.actionCode);
  facts.groupNumbers = [...(groupNumbers.size ? groupNumbers : masterPolicies)];
  facts.plans = [...plans.values()];
  facts.versions = [...versions];
  for (const [name, count] of datesDropped) facts.warnings.push({ code: 'dtp_qualifier_not_stored', message: `DTP*${MEMBER_DATE_QUALIFIERS[name]} in loop 2000 was read and not stored`, count });
  if (employmentDropped) facts.warnings.push({ code: 'employment_status_not_stored', message: 'INS08 employment status was read and not stored: employment is kept with its start date (DTP*336), which these subscribers lack', count: employmentDropped });
  return facts;
}

/** The coverage period a file implies when the group has none: a year from its earliest coverage start. */
export function impliedCoveragePeriod(facts: X12FileFacts): { coverage_start_date: string; coverage_end_date: string } | null {
  const start = facts.earliestStart ?? facts.fileDate;
  if (!start) return null;
  const [year, month, day] = start.split('-');
  const nextYear = `${Number(year) + 1}-${month}-${month === '02' && day === '29' ? '28' : day}`;
  return { coverage_start_date: start, coverage_end_date: addDays(nextYear, -1) };
}

/** The day the file's coverage is about, to pick the coverage period that holds it. */
export const referenceDate = (facts: X12FileFacts): string | null => facts.earliestStart ?? facts.fileDate;
