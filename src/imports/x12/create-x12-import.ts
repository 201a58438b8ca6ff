// Accepting an 834 for import, shared by the route and `enroll import 834`: the file's facts find its
// group, coverage period and plans; what is missing is refused (422, saying what) or, with
// create_missing, planned for creation; then the import's row is written, queued.
import type { Trx } from '../../db/database.ts';
import { newId } from '../../db/ids.ts';
import { ApiError, notFound, unprocessable, type ErrorItem } from '../../http/errors.ts';
import { externalIdentifierTaken } from '../../enrollment/groups/store.ts';
import { findCarrier } from '../../carriers/registry/store.ts';
import { x12IdentifierProblem } from '../../carriers/x12/x12-text.ts';
import { isVersion4010 } from '../../carriers/x12/index.ts';
import { findReachableCoveragePeriod } from '../../enrollment/coverage-periods/store.ts';
import type { GroupX12ImportQuery, X12ImportQuery } from './schema.ts';
import type { X12FileFacts } from './x12-file-facts.ts';
import { findTargets, hasMissing, insertQueuedX12Import, newPlanFor, refusalOf, type Missing, type ToCreate, type X12ImportRow } from './x12-store.ts';

/** A 422 that also says what is missing, so a client can create it (or ask us to). */
class MissingTargets extends ApiError {
  constructor(
    errors: ErrorItem[],
    readonly missing: Missing,
  ) {
    super(422, errors);
  }

  override body() {
    return { errors: this.errors, missing: this.missing };
  }
}

function missingErrors(missing: Missing): ErrorItem[] {
  const hint = 'send ?create_missing=true to create it from the file';
  return [
    ...(missing.group ? [{ error_type: 'unprocessable.group_not_found', message: `No group has the sponsor's FEIN ${missing.group.fein} (N1*P5); name the group (POST /groups/{id}/x12_imports) or ${hint}`, parameter: 'body' }] : []),
    ...missing.coverage_periods.map((p) => ({ error_type: 'unprocessable.coverage_period_not_found', message: `The group has no coverage period with group number ${p.carrier_group_number} (REF*1L) holding ${p.coverage_start_date}; ${hint}`, parameter: 'coverage_period_id' })),
    ...missing.plans.map((p) => ({ error_type: 'unprocessable.plan_not_found', message: `The coverage period has no ${p.product_line} plan with plan_identifier "${p.plan_identifier ?? ''}" (HD04, HD03 ${p.insurance_line_code}); ${hint}`, parameter: 'body' })),
  ];
}

/** What create_missing will create, checked before the file is accepted. */
async function plannedCreations(trx: Trx, organizationId: string, missing: Missing, facts: X12FileFacts, query: X12ImportQuery & GroupX12ImportQuery): Promise<ToCreate> {
  const problems: ErrorItem[] = [];
  const required = (parameter: keyof X12ImportQuery, why: string) => problems.push({ error_type: 'invalid_request.parameter_required', message: `${parameter} is required ${why}`, parameter });
  let group: ToCreate['group'] = null;
  if (missing.group) {
    const why = 'to create the group (an 834 carries no employer address)';
    if (!query.group_address_line_1) required('group_address_line_1', why);
    if (!query.group_city) required('group_city', why);
    if (!query.group_state) required('group_state', why);
    if (!query.group_zip) required('group_zip', why);
    const name = (query.group_name ?? missing.group.name ?? '').slice(0, 60);
    if (!name) required('group_name', 'to create the group: the sponsor (N1*P5) has no name');
    if (!/^[0-9]{9}$/.test(missing.group.fein)) problems.push({ error_type: 'unprocessable.x12_file', message: `The sponsor's identifier ${missing.group.fein} is not a nine-digit FEIN`, parameter: 'body' });
    const externalIdentifier = query.group_external_identifier ?? missing.group.fein;
    if (await externalIdentifierTaken(trx, organizationId, externalIdentifier)) problems.push({ error_type: 'conflict.external_identifier_taken', message: `A group with external_identifier ${externalIdentifier} exists; pass group_external_identifier`, parameter: 'group_external_identifier' });
    group = {
      external_identifier: externalIdentifier,
      name,
      employer: { organization_name: name, fein: missing.group.fein },
      primary_location: { id: newId(), address_line_1: query.group_address_line_1 ?? '', city: query.group_city ?? '', state: query.group_state!, zip: query.group_zip ?? '' },
      secondary_locations: [],
      status: 'active',
    };
  }
  let coverage_period: ToCreate['coverage_period'] = null;
  const period = missing.coverage_periods[0];
  if (period) {
    if (!query.carrier_id) required('carrier_id', 'to create the coverage period');
    else if (!(await findCarrier(trx, organizationId, query.carrier_id))) {
      problems.push({ error_type: 'unprocessable.carrier_not_found', message: 'carrier_id is not a carrier of the group’s organization', parameter: 'carrier_id' });
    }
    if (facts.latestDate && facts.latestDate > period.coverage_end_date) {
      problems.push({ error_type: 'unprocessable.coverage_outside_period', message: `The file's dates run to ${facts.latestDate}, past a year from its earliest start; create the coverage period yourself`, parameter: 'body' });
    }
    const problem = x12IdentifierProblem(period.carrier_group_number, 'The group number (REF*1L)');
    if (problem) problems.push({ error_type: 'invalid_request.parameter_invalid', message: problem, parameter: 'body' });
    coverage_period = { ...period, carrier_id: query.carrier_id ?? '' };
  }
  // What is created is what the API would take: a group number or plan code an 834 cannot carry is refused.
  for (const plan of missing.plans) {
    const problem = plan.plan_identifier === null ? undefined : x12IdentifierProblem(plan.plan_identifier, `The plan code (HD04) of ${plan.product_line}`);
    if (problem) problems.push({ error_type: 'invalid_request.parameter_invalid', message: problem, parameter: 'body' });
  }
  if (problems.length) throw unprocessable(problems);
  const plans = missing.plans.map(newPlanFor);
  // Two lines may share a plan code (HD04): the external identifiers must differ within a period.
  for (const plan of plans) if (plans.filter((p) => p.external_identifier === plan.external_identifier).length > 1) plan.external_identifier = `${plan.external_identifier}-${plan.product_line}`;
  return { group, coverage_period, plans };
}

/** Coverages that begin before the period are kept from its start (x12-families): said as a warning, counted. */
async function clippedStarts(trx: Trx, organizationId: string, periodId: string | null, facts: X12FileFacts): Promise<X12FileFacts['warnings']> {
  const period = periodId ? await findReachableCoveragePeriod(trx, organizationId, periodId) : undefined;
  if (!period) return [];
  const start = period.coverage_start_date;
  const count = Object.entries(facts.coverageStarts).reduce((sum, [date, n]) => (date < start ? sum + n : sum), 0);
  return count ? [{ code: 'coverage_start_clipped', message: `Coverages beginning (DTP*348) before the coverage period are kept from its start, ${start}`, count }] : [];
}

export interface NewX12Import {
  id: string;
  callerOrganizationId: string;
  apiKeyId: string | null;
  groupId: string | undefined;
  query: X12ImportQuery & GroupX12ImportQuery;
  facts: X12FileFacts;
  fileBytes: number;
}

/**
 * The import row for a file whose facts were read: finds its group, period and plans, refuses (422, with
 * `missing`) or plans their creation. Throws ApiError. The route calls it, and `enroll import 834` on
 * the database directly; both then queue the import's job (queueImportJob) in the same transaction.
 */
export async function createX12Import(trx: Trx, input: NewX12Import): Promise<X12ImportRow> {
  const { facts, query } = input;
  // A 4010 file's loops and codes differ from 5010's: refused, rather than read by 5010 rules (a guess).
  const version4010 = facts.versions.find(isVersion4010);
  if (version4010) {
    throw unprocessable([{ error_type: 'unprocessable.x12_version_unsupported', message: `GS08/ST03 ${version4010} is version 4010; this API reads 005010X220A1 only: send the file as 5010 (GS08 and ST03 005010X220A1)`, parameter: 'body' }]);
  }
  let targets;
  try {
    targets = await findTargets(trx, facts, { callerOrganizationId: input.callerOrganizationId, ...(input.groupId ? { groupId: input.groupId } : {}), ...(query.coverage_period_id ? { coveragePeriodId: query.coverage_period_id } : {}) });
  } catch (error) {
    const refusal = refusalOf(error);
    if (!refusal) throw error;
    if (refusal.error_type === 'not_found') throw notFound('group');
    throw unprocessable([refusal]);
  }
  const missing = targets.missing;
  if (hasMissing(missing) && !query.create_missing) throw new MissingTargets(missingErrors(missing), missing);
  const toCreate = hasMissing(missing) ? await plannedCreations(trx, targets.organizationId, missing, facts, query) : { group: null, coverage_period: null, plans: [] };
  return insertQueuedX12Import(trx, {
    id: input.id,
    organizationId: targets.organizationId,
    groupId: targets.groupId,
    coveragePeriodId: targets.coveragePeriodId,
    apiKeyId: input.apiKeyId,
    dryRun: query.dry_run ?? false,
    // A change file applies every valid member unless told otherwise; a full file is all-or-nothing.
    mode: query.mode ?? (facts.complete ? 'all-or-nothing' : 'per-member'),
    createMissing: query.create_missing ?? false,
    actionCode: facts.actionCode,
    complete: facts.complete,
    terminationDate: facts.complete ? facts.fileDate : null,
    sponsor: facts.sponsors[0] ?? null,
    carrierGroupNumber: facts.groupNumbers[0] ?? null,
    fileBytes: input.fileBytes,
    membersTotal: facts.members,
    toCreate,
    missing,
    warnings: [...facts.warnings, ...(await clippedStarts(trx, targets.organizationId, targets.coveragePeriodId, facts))],
  });
}
