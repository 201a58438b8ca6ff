// One family of a census file against what is on file (pure, but for the sealing functions passed
// in): the rows to insert, the fields to update and the coverage to end and start — decided by the
// same rules as the API (validateQualifyingLifeEvent, planCoverageChanges). A family whose file rows
// say what is already on file plans nothing, so re-importing a file changes nothing.
import { planCoverageChanges, type CoverageChanges } from '../../enrollment/coverage-changes.ts';
import { validateDependentRelationships } from '../../enrollment/dependent-rules.ts';
import { minDate } from '../../enrollment/dates.ts';
import type { CoveragePeriodFacts, ExistingCoverage, MemberFacts, PlanElection, PlanElections, PlanFacts, ProductLine, QualifyingLifeEventInput } from '../../enrollment/enrollment-facts.ts';
import { validateQualifyingLifeEvent } from '../../enrollment/qualifying-life-event-rules.ts';
import type { MemberRow, NewMember, MemberPatch } from '../../enrollment/subscribers/store.ts';
import { planColumn, WAIVE, type CensusError, type CensusPerson } from './census-columns.ts';
import { personViolations } from '../../enrollment/person-rules.ts';
import { EARLIEST_DATE } from '../../http/common-schemas.ts';
import { x12IdentifierProblem } from '../../carriers/x12/x12-text.ts';

export interface ExistingFamily {
  subscriber: MemberRow;
  dependents: MemberRow[];
  coverages: ExistingCoverage[];
}

export interface CensusContext {
  organizationId: string;
  groupId: string;
  period: CoveragePeriodFacts;
  plans: Array<PlanFacts & { external_identifier: string }>;
  /** Product lines the file has columns for. */
  lines: readonly ProductLine[];
  today: string;
  /** The latest date it is anywhere (person-rules.ts): a birth date after it is in the future; `today` when left out. */
  latestToday?: string;
  newId(): string;
  seal(ssn: string): string;
  open(sealed: string): string;
  /** The SSN's blind index (PersonalDataCipher.blindIndex), for the per-group uniqueness. */
  ssnIndex(ssn: string): string;
  /** How errors name the place at fault in the source; the CSV's column names when left out. */
  columns?: SourceColumns;
  /**
   * An 834 change file speaks only for the members it lists: a dependent covered in a line that the
   * file leaves out keeps that coverage (ending with the subscriber's, when the file ends it). A census
   * (or a full file) lists the line's whole state, so who is left out leaves the line.
   */
  keepUnlistedMembers?: boolean;
}

/** The source's name for a field a rule complains about (an 834 says DMG02 where the CSV says birth_date). */
export interface SourceColumns {
  plan(line: ProductLine): string;
  coverageStart(line: ProductLine): string;
  coverageEnd(line: ProductLine): string;
  volume(line: ProductLine): string;
  /** A member field (`birth_date`, `subscriber_relationship`, ...), or `date` for the event date. */
  field(name: string): string;
}

export const CSV_COLUMNS: SourceColumns = {
  plan: planColumn,
  coverageStart: () => 'coverage_start_date',
  coverageEnd: () => 'coverage_start_date',
  volume: (line) => `${line}_volume`,
  field: (name) => (name === 'subscriber_relationship' ? 'relationship' : name === 'date' ? 'coverage_start_date' : name),
};

export interface FamilyPlan {
  subscriberId: string;
  /** Each person of the file's family with the member id they have or get. */
  members: Array<{ person: CensusPerson; id: string }>;
  isNew: boolean;
  inserts: NewMember[];
  updates: Array<{ id: string; patch: MemberPatch }>;
  coverage: CoverageChanges;
  errors: CensusError[];
}

/** JSON equality that ignores key order (jsonb stores keys in its own order). */
export function sameJson(a: unknown, b: unknown): boolean {
  const canonical = (value: unknown): unknown =>
    Array.isArray(value)
      ? value.map(canonical)
      : value && typeof value === 'object'
        ? Object.fromEntries(Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== null && v !== undefined).sort(([x], [y]) => (x < y ? -1 : 1)).map(([k, v]) => [k, canonical(v)]))
        : value;
  return JSON.stringify(canonical(a ?? null)) === JSON.stringify(canonical(b ?? null));
}

/** The member columns a census row sets (SSN apart: it is compared opened, stored sealed). */
function desiredColumns(person: CensusPerson) {
  const isSubscriber = person.relationship === 'self';
  const address = person.address ? { address_line_1: person.address.address_line_1, ...(person.address.address_line_2 ? { address_line_2: person.address.address_line_2 } : {}), city: person.address.city, state: person.address.state, zip: person.address.zip } : null;
  return {
    subscriber_relationship: person.relationship,
    first_name: person.first_name,
    middle_name: person.middle_name,
    last_name: person.last_name,
    suffix: person.suffix,
    gender: person.gender,
    birth_date: person.birth_date,
    marital_status: isSubscriber ? person.marital_status : null,
    residential_address: address,
    emails: person.email ? [{ address: person.email }] : [],
    phone_numbers: person.phone ? [{ number: person.phone }] : [],
    employment_details: isSubscriber && person.employment ? { status: person.employment.status, start_date: person.employment.start_date, ...(person.employment.end_date ? { end_date: person.employment.end_date } : {}) } : null,
  };
}

const JSON_COLUMNS = new Set(['residential_address', 'emails', 'phone_numbers', 'employment_details']);

function patchFor(existing: MemberRow, person: CensusPerson, context: CensusContext): MemberPatch {
  const patch: Record<string, unknown> = {};
  for (const [column, value] of Object.entries(desiredColumns(person))) {
    const current = (existing as unknown as Record<string, unknown>)[column];
    if (JSON_COLUMNS.has(column) ? !sameJson(current, value) : (current ?? null) !== (value ?? null)) {
      patch[column] = JSON_COLUMNS.has(column) ? JSON.stringify(value) : value;
    }
  }
  const currentSsn = existing.ssn_sealed && existing.ssn_last4 === person.ssn?.slice(-4) ? context.open(existing.ssn_sealed) : null;
  if ((person.ssn ?? null) !== (existing.ssn_sealed ? (currentSsn ?? '?') : null)) {
    patch.ssn_sealed = person.ssn ? context.seal(person.ssn) : null;
    patch.ssn_last4 = person.ssn ? person.ssn.slice(-4) : null;
    patch.ssn_index = person.ssn ? context.ssnIndex(person.ssn) : null;
  }
  return patch as MemberPatch;
}

function newRow(person: CensusPerson, id: string, subscriberId: string | null, context: CensusContext): NewMember {
  const columns = desiredColumns(person);
  return {
    id,
    organization_id: context.organizationId,
    group_id: context.groupId,
    subscriber_id: subscriberId,
    external_identifier: person.externalIdentifier,
    location_id: null,
    ...columns,
    residential_address: columns.residential_address ? JSON.stringify(columns.residential_address) : null,
    mailing_address: null,
    emails: JSON.stringify(columns.emails),
    phone_numbers: JSON.stringify(columns.phone_numbers),
    employment_details: columns.employment_details ? JSON.stringify(columns.employment_details) : null,
    ssn_sealed: person.ssn ? context.seal(person.ssn) : null,
    ssn_last4: person.ssn ? person.ssn.slice(-4) : null,
    ssn_index: person.ssn ? context.ssnIndex(person.ssn) : null,
    handicapped: null,
    tobacco_use: null,
    removed_on: null,
  };
}

/** Where a rule's parameter points in the file: the row of the member, the column of the field. */
function locate(parameter: string, electionRows: Map<string, number[]>, subscriberRow: number, dependentRows: number[], columns: SourceColumns): { row: number; column: string | null } {
  const coverage = /^plan_elections\.(\w+)\.coverages\[(\d+)\]\.(\w+)/.exec(parameter);
  if (coverage) {
    const [, line, index, field] = coverage;
    const row = electionRows.get(line!)?.[Number(index)] ?? subscriberRow;
    const productLine = line as ProductLine;
    return { row, column: field === 'start_date' ? columns.coverageStart(productLine) : field === 'end_date' ? columns.coverageEnd(productLine) : field === 'volume' ? columns.volume(productLine) : columns.plan(productLine) };
  }
  const election = /^plan_elections\.(\w+)/.exec(parameter);
  if (election) return { row: electionRows.get(election[1]!)?.[0] ?? subscriberRow, column: columns.plan(election[1] as ProductLine) };
  const dependent = /^dependents\[(\d+)\]\.(\w+)/.exec(parameter);
  if (dependent) return { row: dependentRows[Number(dependent[1])] ?? subscriberRow, column: columns.field(dependent[2]!) };
  return { row: subscriberRow, column: parameter === 'date' ? columns.field('date') : null };
}

/**
 * What the API refuses in a request, refused in a file too: identifiers an 834 cannot carry, dates
 * before 1900, a birth date in the future, a name or address with nothing an 834 can carry.
 */
export function personErrors(person: CensusPerson, columns: SourceColumns, latestToday: string): CensusError[] {
  const errors: CensusError[] = [];
  const at = (column: string, error_type: string, message: string, row = person.row) => errors.push({ row, column, error_type, message });
  for (const [field, value] of [['external_identifier', person.externalIdentifier], ['email', person.email]] as const) {
    const problem = value === null ? undefined : x12IdentifierProblem(value, field);
    if (problem) at(columns.field(field), 'invalid_request.parameter_invalid', problem);
  }
  const early = (value: string | null | undefined, column: string, row = person.row) => {
    if (value && value < EARLIEST_DATE) at(column, 'invalid_request.parameter_invalid', `${column} ${value} is before ${EARLIEST_DATE}: dates so early are taken for typing mistakes; check the year`, row);
  };
  early(person.birth_date, columns.field('birth_date'));
  early(person.employment?.start_date, columns.field('employment_start_date'));
  early(person.employment?.end_date, columns.field('employment_end_date'));
  early(person.coverage_start_date, columns.field('coverage_start_date'));
  for (const [line, start] of Object.entries(person.coverage_starts ?? {}) as [ProductLine, string | null][]) early(start, columns.coverageStart(line), person.coverage_rows?.[line] ?? person.row);
  for (const [line, end] of Object.entries(person.coverage_ends ?? {}) as [ProductLine, string][]) early(end, columns.coverageEnd(line), person.coverage_rows?.[line] ?? person.row);
  const fields = { first_name: person.first_name, last_name: person.last_name, birth_date: person.birth_date, residential_address: person.address };
  for (const violation of personViolations(fields, latestToday)) {
    const column = columns.field(violation.parameter.replace(/^residential_address\./, ''));
    at(column, violation.error_type, violation.message.replace(violation.parameter, column));
  }
  return errors;
}

export function planFamily(persons: CensusPerson[], existing: ExistingFamily | undefined, context: CensusContext): FamilyPlan {
  const [subscriberPerson, ...dependentPersons] = persons;
  const columns = context.columns ?? CSV_COLUMNS;
  const errors: CensusError[] = persons.flatMap((person) => personErrors(person, columns, context.latestToday ?? context.today));
  const subscriberId = existing?.subscriber.id ?? context.newId();
  const inserts: NewMember[] = [];
  const updates: FamilyPlan['updates'] = [];

  if (!existing) inserts.push(newRow(subscriberPerson!, subscriberId, null, context));
  else {
    const patch = patchFor(existing.subscriber, subscriberPerson!, context);
    if (Object.keys(patch).length) updates.push({ id: subscriberId, patch });
  }
  const memberIdOf = new Map<CensusPerson, string>([[subscriberPerson!, subscriberId]]);
  const dependents: MemberFacts[] = [...(existing?.dependents ?? [])]
    .filter((row) => !dependentPersons.some((p) => p.externalIdentifier === row.external_identifier))
    .map((row) => ({ id: row.id, is_subscriber: false, subscriber_relationship: row.subscriber_relationship as MemberFacts['subscriber_relationship'], birth_date: row.birth_date, removed_on: row.removed_on }));
  const dependentRows: number[] = dependents.map(() => subscriberPerson!.row);
  for (const person of dependentPersons) {
    const row = existing?.dependents.find((d) => d.external_identifier === person.externalIdentifier);
    const id = row?.id ?? context.newId();
    memberIdOf.set(person, id);
    if (!row) inserts.push(newRow(person, id, subscriberId, context));
    else {
      const patch = patchFor(row, person, context);
      if (Object.keys(patch).length) updates.push({ id, patch });
    }
    dependents.push({ id, is_subscriber: false, subscriber_relationship: person.relationship, birth_date: person.birth_date, removed_on: row?.removed_on ?? null });
    dependentRows.push(person.row);
  }
  for (const violation of validateDependentRelationships(dependents)) {
    errors.push({ ...locate(violation.parameter, new Map(), subscriberPerson!.row, dependentRows, columns), error_type: violation.error_type, message: violation.message });
  }

  // The elections the file states for this family, line by line.
  const plan_elections: PlanElections = {};
  const electionRows = new Map<string, number[]>();
  // A line the source dates on its own (an 834's HD loop) takes its own start; a start left null is the
  // start of the member's coverage on file in that line (a termination sends only the end).
  const onFileStart = (person: CensusPerson, line: ProductLine): string | null => {
    const rows = (existing?.coverages ?? []).filter((c) => c.member_id === memberIdOf.get(person) && c.product_line === line && (c.end_date === null || c.end_date >= c.start_date));
    return rows.map((c) => c.start_date).sort().at(-1) ?? null;
  };
  const lineStart = (person: CensusPerson, line: ProductLine): string | null =>
    person.coverage_starts && line in person.coverage_starts ? (person.coverage_starts[line] ?? onFileStart(person, line)) : person.coverage_start_date;
  const starts = [
    ...persons.map((p) => p.coverage_start_date),
    ...persons.flatMap((p) => context.lines.filter((line) => p.plans[line] && p.plans[line] !== WAIVE).map((line) => (p.coverage_starts ? lineStart(p, line) : null))),
  ].filter((d): d is string => d !== null);
  const date = starts.length ? minDate(starts[0]!, ...starts) : context.period.coverage_start_date;
  const coveredLines = new Set((existing?.coverages ?? []).filter((c) => c.end_date === null || c.end_date >= date).map((c) => c.product_line));
  for (const line of context.lines) {
    const electing = persons.filter((p) => p.plans[line] && p.plans[line] !== WAIVE);
    if (subscriberPerson!.plans[line] === WAIVE || (!electing.length && coveredLines.has(line))) {
      plan_elections[line] = { type: 'waiver', waiver_reason: subscriberPerson!.plans[line] === WAIVE ? 'Waived in census' : 'Not elected in census' };
      continue;
    }
    if (!electing.length) continue;
    const externalIds = new Set(electing.map((p) => p.plans[line]!));
    if (externalIds.size > 1) {
      errors.push({ row: electing[1]!.coverage_rows?.[line] ?? electing[1]!.row, column: columns.plan(line), error_type: 'invalid_request.parameter_invalid', message: `The members of one family must elect the same ${line} plan` });
      continue;
    }
    const plan = context.plans.find((p) => p.external_identifier === [...externalIds][0]);
    if (!plan) {
      errors.push({ row: electing[0]!.coverage_rows?.[line] ?? electing[0]!.row, column: columns.plan(line), error_type: 'unprocessable.plan_not_found', message: `No plan with external_identifier "${[...externalIds][0]}" in this coverage period` });
      continue;
    }
    electionRows.set(line, electing.map((p) => p.coverage_rows?.[line] ?? p.row));
    const unstarted = electing.filter((p) => p.coverage_starts?.[line] === null && onFileStart(p, line) === null);
    if (unstarted.length) {
      for (const p of unstarted) errors.push({ row: p.coverage_rows?.[line] ?? p.row, column: columns.coverageStart(line), error_type: 'unprocessable.coverage_not_found', message: `${p.first_name} ${p.last_name} has no ${line} coverage on file to end, and the file gives no start date for it` });
      continue;
    }
    // A change file's member listed without a loop in this line says nothing about it: only who elects
    // the line here replaces their coverage in it.
    const listed = new Set(electing.map((p) => memberIdOf.get(p)));
    const subscriberEnd = subscriberPerson!.plans[line] && subscriberPerson!.plans[line] !== WAIVE ? (subscriberPerson!.coverage_ends?.[line] ?? null) : null;
    const kept = context.keepUnlistedMembers
      ? [...new Map((existing?.coverages ?? [])
          .filter((c) => c.product_line === line && c.plan_id === plan.id && !listed.has(c.member_id) && (c.end_date === null || c.end_date >= c.start_date))
          .sort((a, b) => (a.start_date < b.start_date ? -1 : 1))
          .map((c) => [c.member_id, c] as const)).values()]
      : [];
    if (kept.length) electionRows.set(line, [...kept.map(() => subscriberPerson!.row), ...electionRows.get(line)!]);
    const election: PlanElection = {
      plan_id: plan.id,
      type: 'election',
      coverages: [...kept.map((c) => ({
        member_id: c.member_id,
        status: c.status,
        start_date: c.start_date,
        end_date: subscriberEnd !== null && (c.end_date === null || subscriberEnd < c.end_date) ? subscriberEnd : c.end_date,
        ...(c.volume !== undefined && c.volume !== null ? { volume: c.volume } : {}),
      })), ...electing.map((p) => ({
        member_id: memberIdOf.get(p)!,
        status: 'employer_sponsored' as const,
        start_date: lineStart(p, line) ?? date,
        ...(p.coverage_ends?.[line] ? { end_date: p.coverage_ends[line] } : {}),
        ...(p.volumes[line] !== undefined ? { volume: p.volumes[line] } : {}),
      }))],
    };
    plan_elections[line] = election;
  }

  const input: QualifyingLifeEventInput = { event: 'initial_enrollment', date, coverage_period_id: context.period.id, plan_elections };
  const facts = {
    subscriber: {
      id: subscriberId,
      is_subscriber: true,
      subscriber_relationship: 'self' as const,
      birth_date: subscriberPerson!.birth_date,
      employment_details: subscriberPerson!.employment ?? {},
      dependents,
    },
    coveragePeriod: context.period,
    plans: context.plans,
    existingCoverages: existing?.coverages ?? [],
    today: context.today,
  };
  if (!errors.length) {
    for (const violation of validateQualifyingLifeEvent(input, facts)) {
      errors.push({ ...locate(violation.parameter, electionRows, subscriberPerson!.row, dependentRows, columns), error_type: violation.error_type, message: violation.message });
    }
  }
  const coverage = errors.length ? { ended: [], started: [], waived: [] } : planCoverageChanges(input, facts);
  return { subscriberId, members: persons.map((person) => ({ person, id: memberIdOf.get(person)! })), isNew: !existing, inserts, updates, coverage, errors };
}

export const familyChanged = (plan: FamilyPlan) => plan.isNew || plan.inserts.length > 0 || plan.updates.length > 0 || plan.coverage.ended.length > 0 || plan.coverage.started.length > 0;
