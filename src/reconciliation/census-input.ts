// A carrier's census CSV as reconciliation's carrier side. The CSV is read by the census import's own
// reader (censusSource: the same columns, row errors and family grouping), its people are found among
// ours as the import finds them (the subscriber by external_identifier in the group, a dependent by
// external_identifier in that family), and each family is built into 834 loops by the transmission's
// builder (buildFamily) — so HD03 comes from the carrier's line codes, HD04 from the plan's identifier,
// and HD05 from who the rows cover in the line, exactly as our own full file computes them. Our own
// census fed back thus finds nothing. A census carries no member ids of ours, carrier ids or end dates.
import { Readable } from 'node:stream';
import type { Trx } from '../db/database.ts';
import { newId } from '../db/ids.ts';
import { unprocessable, type ErrorItem } from '../http/errors.ts';
import type { ProductLine } from '../enrollment/enrollment-facts.ts';
import { loadFamiliesByExternalId } from '../enrollment/families/family-store.ts';
import { censusSource } from '../imports/census/run-census-import.ts';
import { WAIVE, type CensusError, type CensusPerson } from '../imports/census/census-columns.ts';
import type { ImportSetting, ImportSink } from '../imports/run-import.ts';
import { buildFamily, type CoverageRecord, type FamilyRecord, type FileFacts, type PersonRecord } from '../carriers/transmission/build-834.ts';
import type { ReadMember834 } from '../carriers/x12/index.ts';
import { X12ValueError } from '../carriers/x12/index.ts';
import { plansOfPeriod } from './store.ts';

/** Errors listed in a 422 at most (the count is said). */
const MAX_ERRORS = 100;

const refuse = (errors: CensusError[]) =>
  unprocessable(
    errors.slice(0, MAX_ERRORS).map((e, i): ErrorItem => ({
      error_type: e.error_type,
      message: `Row ${e.row}${e.column ? `, column ${e.column}` : ''}: ${e.message}${i === 0 && errors.length > MAX_ERRORS ? ` (${errors.length} errors in all; the first ${MAX_ERRORS} listed)` : ''}`,
      parameter: e.column ? `body.rows[${e.row}].${e.column}` : `body.rows[${e.row}]`,
    })),
  );

/** The census's families (subscriber first), or a 422 naming each bad row and column. */
export async function readCensus(text: string): Promise<{ families: CensusPerson[][]; lines: readonly ProductLine[]; rows: number }> {
  if (text.includes('\u0000')) throw refuse([{ row: 1, column: null, error_type: 'invalid_request.malformed_csv', message: 'The body contains a NUL character (U+0000)' }]);
  const errors: CensusError[] = [];
  let rows = 0;
  const sink: ImportSink = {
    addErrors: (found) => void errors.push(...found),
    reject: () => {},
    describe: () => {},
    countRows: (count = 1) => void (rows += count),
    get errorCount() {
      return errors.length;
    },
  };
  const source = censusSource(() => Readable.from([Buffer.from(text, 'utf8')]));
  const families: CensusPerson[][] = [];
  // The reader takes the import's setting only to open the file through it.
  for await (const family of source.families(sink, {} as ImportSetting)) families.push(family);
  if (!errors.length && !rows) errors.push({ row: 1, column: null, error_type: 'invalid_request.parameter_required', message: 'The census has no rows' });
  if (errors.length) throw refuse(errors);
  return { families, lines: source.linesFor([]), rows };
}

interface PlanRef {
  product_line: string;
  external_identifier: string;
  plan_identifier: string | null;
  description: string;
}

/**
 * One census family as the builder's record (pure): people under our member ids where we have them
 * (`ids`), else fresh ones listed in `strangers`; a line's plan by the period's plan of that
 * external_identifier (a code no plan of the period has is kept as the carrier's plan code, so it
 * differs), from coverage_start_date, open-ended.
 */
export function censusFamilyRecord(
  family: readonly CensusPerson[],
  lines: readonly ProductLine[],
  ids: ReadonlyMap<CensusPerson, string>,
  plans: readonly PlanRef[],
  strangers: Set<string>,
): FamilyRecord {
  const planOf = (line: ProductLine, code: string) => plans.find((p) => p.product_line === line && p.external_identifier === code);
  const members: PersonRecord[] = [];
  const coverages: CoverageRecord[] = [];
  for (const person of family) {
    let id = ids.get(person);
    if (!id) {
      id = newId();
      strangers.add(id);
    }
    members.push({
      id,
      external_identifier: person.externalIdentifier,
      relationship: person.relationship,
      first_name: person.first_name,
      middle_name: person.middle_name,
      last_name: person.last_name,
      suffix: person.suffix,
      ssn: person.ssn,
      gender: person.gender,
      birth_date: person.birth_date,
      marital_status: person.marital_status,
      address: person.address,
      phone: person.phone,
      email: person.email,
      employment: person.employment,
    });
    for (const line of lines) {
      const code = person.plans[line];
      if (!code || code === WAIVE || !person.coverage_start_date) continue;
      const plan = planOf(line, code);
      coverages.push({
        id: newId(),
        member_id: id,
        product_line: line,
        plan_identifier: plan ? plan.plan_identifier : code,
        plan_description: plan ? plan.description : code,
        status: 'employer_sponsored',
        start_date: person.coverage_start_date,
        end_date: null,
        volume: person.volumes[line] ?? null,
      });
    }
  }
  return { subscriberId: members[0]!.id, members, coverages, latestEvent: null, sentMemberIds: new Set() };
}

/** The census as the carrier's member loops, for reconcile(). Two statements (our people, the plans). */
export async function censusCarrierSide(trx: Trx, period: { id: string; group_id: string }, text: string, file: FileFacts): Promise<{ members: ReadMember834[]; count: number }> {
  const { families, lines, rows } = await readCensus(text);
  const known = await loadFamiliesByExternalId(trx, period.group_id, period.id, families.map((f) => f[0]!.externalIdentifier));
  const bySubscriber = new Map(known.map((k) => [k.subscriber.external_identifier, k]));
  const plans = await plansOfPeriod(trx, period.id);
  const ids = new Map<CensusPerson, string>();
  for (const family of families) {
    const ourFamily = bySubscriber.get(family[0]!.externalIdentifier);
    if (!ourFamily) continue;
    ids.set(family[0]!, ourFamily.subscriber.id);
    for (const person of family.slice(1)) {
      const dependent = ourFamily.dependents.find((d) => d.external_identifier === person.externalIdentifier);
      if (dependent) ids.set(person, dependent.id);
    }
  }
  const strangers = new Set<string>();
  const members: ReadMember834[] = [];
  const errors: CensusError[] = [];
  for (const family of families) {
    let built;
    try {
      built = buildFamily(file, censusFamilyRecord(family, lines, ids, plans, strangers));
    } catch (error) {
      if (!(error instanceof X12ValueError)) throw error;
      // What our 834 could not carry (a subscriber with no SSN for a carrier that identifies by SSN, ...).
      errors.push({ row: family[0]!.row, column: null, error_type: 'invalid_request.parameter_invalid', message: `The family cannot be compared as an 834 carries it: ${error.message}` });
      continue;
    }
    for (const member of built.members) {
      // A person we do not know has no member id of ours (REF*23): matched, if at all, by SSN or name.
      const { memberReference, ...rest } = member;
      const ours = memberReference && !strangers.has(memberReference) ? { memberReference } : {};
      members.push({ ...rest, ...ours, relationshipCode: '', transactionSetControlNumber: '', segmentIndex: 0, coverages: member.coverages.map((c) => ({ ...c, segmentIndex: 0 })) } as ReadMember834);
    }
  }
  if (errors.length) throw refuse(errors);
  return { members, count: rows };
}
