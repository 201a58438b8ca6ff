// An 834 change file's member transactions against the family on file (pure, but for `open`): what a
// transaction leaves out is taken from file — the subscriber a dependent's loop stands alone without,
// a birth date and gender without DMG, an address, contact, employment or SSN not sent — so the
// family plan (census-families.ts) changes only what the transaction carries. A 024 with DTP*357 and
// no HD loops ends every coverage the member has in the period; a 025 with no HD loops continues
// them from the day after they ended.
// Who is not on file may only be added (021): a change, termination or reinstatement for them is
// rejected as `member_not_found`, never created.
import { dayAfter } from '../../enrollment/dates.ts';
import type { ProductLine } from '../../enrollment/enrollment-facts.ts';
import type { MemberRow } from '../../enrollment/subscribers/store.ts';
import type { CensusError, CensusPerson } from '../census/census-columns.ts';
import type { ExistingFamily } from '../census/census-families.ts';
import type { ImportPlan, MemberOutcome } from '../run-import.ts';

const ADD = '021';

export interface AgainstFile {
  /** The family to plan, subscriber first; empty when none of its members can be applied. */
  persons: CensusPerson[];
  rejected: MemberOutcome[];
}

const outcomeOf = (person: CensusPerson, errors: CensusError[]): MemberOutcome => ({ row: person.row, external_identifier: person.externalIdentifier, maintenance_type: person.change?.maintenanceType ?? null, outcome: 'rejected', errors });

const notFound = (person: CensusPerson, family: string): MemberOutcome =>
  outcomeOf(person, [{ row: person.row, column: person.relationship === 'self' ? 'REF0F' : 'REF23', error_type: 'unprocessable.member_not_found', message: `No member ${person.externalIdentifier} of family ${family} is on file: only an addition (INS03 021) can bring them` }]);

const noBirthDate = (person: CensusPerson): MemberOutcome =>
  outcomeOf(person, [{ row: person.row, column: 'DMG02', error_type: 'invalid_request.parameter_required', message: 'A member added (not on file) needs a birth date and gender (DMG*D8*CCYYMMDD*gender)' }]);

interface JsonAddress { address_line_1: string; address_line_2?: string; city: string; state: string; zip: string }

/** The person with what its transaction left out taken from its row on file. */
function filled(person: CensusPerson, row: MemberRow, open: (sealed: string) => string): CensusPerson {
  const change = person.change!;
  const next: CensusPerson = { ...person, plans: { ...person.plans }, coverage_starts: { ...person.coverage_starts }, coverage_ends: { ...person.coverage_ends }, coverage_rows: { ...person.coverage_rows } };
  if (change.placeholder) {
    next.first_name = row.first_name;
    next.middle_name = row.middle_name;
    next.last_name = row.last_name;
    next.suffix = row.suffix;
  }
  if (!change.demographics) {
    next.birth_date = row.birth_date ?? '';
    next.gender = row.gender ?? '';
  }
  next.marital_status = person.marital_status ?? row.marital_status;
  if (!change.address) {
    const address = row.residential_address as JsonAddress | null;
    next.address = address ? { address_line_1: address.address_line_1, address_line_2: address.address_line_2 ?? null, city: address.city, state: address.state, zip: address.zip } : null;
  }
  if (!change.contact) {
    next.email = (row.emails as Array<{ address: string }> | null)?.[0]?.address ?? null;
    next.phone = (row.phone_numbers as Array<{ number: string }> | null)?.[0]?.number ?? null;
  }
  if (!change.employment) {
    const employment = row.employment_details as { status?: string; start_date?: string; end_date?: string } | null;
    next.employment = employment?.status && employment.start_date ? { status: employment.status, start_date: employment.start_date, end_date: employment.end_date ?? null } : null;
  }
  if (!change.ssn) next.ssn = row.ssn_sealed ? open(row.ssn_sealed) : null;
  return next;
}

/** 024 without HD loops ends, 025 without HD loops reopens, every coverage the member has on file. */
function wholeMemberCoverage(person: CensusPerson, memberId: string, family: ExistingFamily, plans: readonly ImportPlan[]): void {
  const change = person.change!;
  if (!change.endAll && !change.reinstateAll) return;
  const latest = new Map<ProductLine, ExistingFamily['coverages'][number]>();
  for (const coverage of family.coverages) {
    if (coverage.member_id !== memberId) continue;
    const previous = latest.get(coverage.product_line);
    if (!previous || coverage.start_date > previous.start_date) latest.set(coverage.product_line, coverage);
  }
  for (const [line, coverage] of latest) {
    const plan = plans.find((p) => p.id === coverage.plan_id);
    if (!plan) continue;
    if (change.endAll) {
      if (coverage.end_date !== null && coverage.end_date <= change.endAll) continue;
      person.plans[line] = plan.external_identifier;
      person.coverage_starts![line] = null;
      person.coverage_ends![line] = change.endAll < coverage.start_date ? coverage.start_date : change.endAll;
    } else {
      if (coverage.end_date === null) continue;
      person.plans[line] = plan.external_identifier;
      // As the API reinstates: the coverage continues from the day after it ended, with no gap.
      person.coverage_starts![line] = dayAfter(coverage.end_date);
    }
    person.coverage_rows![line] = person.row;
  }
}

/** A change file's family (one transaction's loops of it) against the family on file. */
export function againstFile(persons: CensusPerson[], existing: ExistingFamily | undefined, context: { open(sealed: string): string; ssnIndex(ssn: string): string; plans: readonly ImportPlan[] }): AgainstFile {
  const [subscriber, ...dependents] = persons;
  const rejected: MemberOutcome[] = [];
  if (!subscriber) return { persons: [], rejected };
  const family = subscriber.externalIdentifier;
  if (!existing) {
    // A family not on file: only a subscriber's addition (021) with birth date and gender creates it.
    if (subscriber.change?.placeholder || subscriber.change?.maintenanceType !== ADD) {
      for (const person of persons) if (!person.change?.placeholder) rejected.push(notFound(person, family));
      return { persons: [], rejected };
    }
    if (!subscriber.change.demographics) {
      rejected.push(noBirthDate(subscriber));
      for (const person of dependents) rejected.push({ ...outcomeOf(person, []), note: "The subscriber's loop before this dependent's was rejected" });
      return { persons: [], rejected };
    }
    const kept = [subscriber];
    for (const person of dependents) {
      if (person.change?.maintenanceType !== ADD) rejected.push(notFound(person, family));
      else if (!person.change.demographics) rejected.push(noBirthDate(person));
      else kept.push(person);
    }
    return { persons: kept, rejected };
  }
  const kept: CensusPerson[] = [];
  for (const person of persons) {
    const ssnIndex = person.ssn ? context.ssnIndex(person.ssn) : null;
    const row =
      person === subscriber
        ? existing.subscriber
        : (existing.dependents.find((d) => d.external_identifier === person.externalIdentifier) ?? existing.dependents.find((d) => d.id === person.externalIdentifier) ?? (ssnIndex ? existing.dependents.find((d) => d.ssn_index === ssnIndex) : undefined));
    if (!row) {
      if (person.change?.maintenanceType !== ADD) rejected.push(notFound(person, family));
      else if (!person.change.demographics) rejected.push(noBirthDate(person));
      else kept.push(person);
      continue;
    }
    // Found by SSN (or by our own member id): the member on file, under its identifier.
    const next = { ...filled(person, row, context.open), externalIdentifier: row.external_identifier };
    wholeMemberCoverage(next, row.id, existing, context.plans);
    kept.push(next);
  }
  // Only the subscriber's stand-in is left: nothing to apply.
  if (kept.every((p) => p.change?.placeholder)) return { persons: [], rejected };
  return { persons: kept, rejected };
}
