// SQL of an inbound 834 import: finding the group (sponsor FEIN), the coverage period (group number)
// and the plans (HD04) a file belongs to, queuing the import's row and reading it back, and creating
// what the file implies when asked.
import { sql, type Selectable } from 'kysely';
import { json, type Trx } from '../../db/database.ts';
import type { X12ImportsTable } from '../../db/tables.ts';
import type { ErrorItem } from '../../http/errors.ts';
import { reachableBy } from '../../enrollment/group-access.ts';
import { insertGroup, type GroupValues } from '../../enrollment/groups/store.ts';
import { insertCoveragePeriod } from '../../enrollment/coverage-periods/store.ts';
import { insertPlan } from '../../enrollment/plans/store.ts';
import { isWithin } from '../../enrollment/dates.ts';
import type { ProductLine } from '../../enrollment/enrollment-facts.ts';
import { INSURANCE_LINE_CODES, isCode } from '../../carriers/x12/index.ts';
import { planForCoverage } from './x12-families.ts';
import { impliedCoveragePeriod, referenceDate, type X12FileFacts } from './x12-file-facts.ts';

export interface MissingPlan {
  product_line: ProductLine;
  plan_identifier: string | null;
  insurance_line_code: string;
}

export interface MissingCoveragePeriod {
  carrier_group_number: string;
  coverage_start_date: string;
  coverage_end_date: string;
}

/** What the file implies and the group lacks. */
export interface Missing {
  group: { name: string | null; fein: string } | null;
  coverage_periods: MissingCoveragePeriod[];
  plans: MissingPlan[];
}

export interface NewPlan {
  external_identifier: string;
  description: string;
  product_line: ProductLine;
  product_type: string | null;
  plan_identifier: string | null;
}

/** Stored with the import and created inside its transaction, so a dry run or a failed file creates nothing. */
export interface ToCreate {
  group: GroupValues | null;
  coverage_period: (MissingCoveragePeriod & { carrier_id: string }) | null;
  plans: NewPlan[];
}

export interface Created {
  group: { id: string; name: string; external_identifier: string } | null;
  coverage_periods: Array<{ id: string; carrier_group_number: string; coverage_start_date: string; coverage_end_date: string }>;
  plans: Array<{ id: string; product_line: string; external_identifier: string; plan_identifier: string | null }>;
}

export const NOTHING_CREATED: Created = { group: null, coverage_periods: [], plans: [] };

export type X12ImportRow = Selectable<X12ImportsTable>;

/** An import's row as queued; group and period are null until create_missing creates them. */
export interface QueuedX12Import {
  id: string;
  organizationId: string;
  groupId: string | null;
  coveragePeriodId: string | null;
  /** The key that uploaded it; null when the operator made it (`enroll import`). */
  apiKeyId: string | null;
  dryRun: boolean;
  mode: 'all-or-nothing' | 'per-member';
  createMissing: boolean;
  actionCode: string;
  complete: boolean;
  terminationDate: string | null;
  sponsor: X12FileFacts['sponsors'][number] | null;
  carrierGroupNumber: string | null;
  fileBytes: number;
  membersTotal: number;
  toCreate: ToCreate;
  missing: Missing;
  warnings: X12FileFacts['warnings'];
}

/** The import's row, queued with nothing created yet; call in the tenant's transaction, with the job queued beside it. */
export async function insertQueuedX12Import(trx: Trx, x12: QueuedX12Import): Promise<X12ImportRow> {
  return trx
    .insertInto('x12_imports')
    .values({
      id: x12.id,
      organization_id: x12.organizationId,
      group_id: x12.groupId,
      coverage_period_id: x12.coveragePeriodId,
      api_key_id: x12.apiKeyId,
      state: 'queued',
      dry_run: x12.dryRun,
      mode: x12.mode,
      create_missing: x12.createMissing,
      action_code: x12.actionCode,
      complete: x12.complete,
      termination_date: x12.terminationDate,
      sponsor: json(x12.sponsor),
      carrier_group_number: x12.carrierGroupNumber,
      file_bytes: x12.fileBytes,
      members_total: x12.membersTotal,
      to_create: json(x12.toCreate),
      missing: json(x12.missing),
      warnings: json(x12.warnings),
      created: json(NOTHING_CREATED),
      message: null,
      reference_number: null,
      started_at: null,
      finished_at: null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** The import, when the organization owns its group or holds a live grant for it. */
export async function findReachableX12Import(trx: Trx, organizationId: string, id: string): Promise<X12ImportRow | undefined> {
  return trx.selectFrom('x12_imports').selectAll().where('id', '=', id).where(reachableBy(organizationId, 'x12_imports')).executeTakeFirst();
}

export interface Targets {
  organizationId: string;
  groupId: string | null;
  coveragePeriodId: string | null;
  missing: Missing;
}

export interface Requested {
  callerOrganizationId: string;
  groupId?: string;
  coveragePeriodId?: string;
}

const digits = (value: string) => value.replace(/\D/g, '');
const refuse = (parameter: string, message: string, error_type = 'unprocessable.x12_file'): never => {
  throw Object.assign(new Error(message), { item: { error_type, message, parameter } satisfies ErrorItem });
};
export const refusalOf = (error: unknown): ErrorItem | undefined => (error as { item?: ErrorItem }).item;

/**
 * Finds where the file goes. Throws a refusal (see refusalOf) for what no `create_missing` can fix:
 * a file of several sponsors or group numbers, a named group or period that is not reachable, several
 * groups with the sponsor's FEIN.
 */
export async function findTargets(trx: Trx, facts: X12FileFacts, requested: Requested): Promise<Targets> {
  const missing: Missing = { group: null, coverage_periods: [], plans: [] };
  if (facts.sponsors.length > 1) refuse('body', `The file has ${facts.sponsors.length} sponsors (N1*P5); import one employer's file at a time`);
  if (facts.groupNumbers.length > 1) refuse('body', `The file names ${facts.groupNumbers.length} group numbers (REF*1L: ${facts.groupNumbers.join(', ')}); import one coverage period's file at a time`);
  const sponsor = facts.sponsors[0];
  const groupNumber = facts.groupNumbers[0] ?? null;
  const date = referenceDate(facts);

  let group: { id: string; organization_id: string } | undefined;
  if (requested.groupId) {
    group = await trx.selectFrom('groups').select(['id', 'organization_id']).where('id', '=', requested.groupId).where(reachableBy(requested.callerOrganizationId, 'groups', 'id')).executeTakeFirst();
    if (!group) refuse('id', 'No such group', 'not_found');
  } else {
    if (!sponsor) refuse('body', 'The file has no sponsor (N1*P5) to find the group by; name the group: POST /groups/{id}/x12_imports');
    const fein = digits(sponsor!.id);
    const candidates = await trx
      .selectFrom('groups')
      .select(['id', 'organization_id'])
      .where(sql<boolean>`regexp_replace(employer->>'fein', '[^0-9]', '', 'g') = ${fein}`)
      .where(reachableBy(requested.callerOrganizationId, 'groups', 'id'))
      .execute();
    if (candidates.length > 1 && groupNumber) {
      const withNumber = await trx.selectFrom('coverage_periods').select('group_id').distinct().where('group_id', 'in', candidates.map((c) => c.id)).where('carrier_group_number', '=', groupNumber).execute();
      const narrowed = candidates.filter((c) => withNumber.some((w) => w.group_id === c.id));
      if (narrowed.length) candidates.splice(0, candidates.length, ...narrowed);
    }
    if (candidates.length > 1) refuse('body', `${candidates.length} groups have the sponsor's FEIN ${sponsor!.id} and the group number does not tell them apart; name the group: POST /groups/{id}/x12_imports`);
    group = candidates[0];
    if (!group) missing.group = { name: sponsor!.name, fein: fein };
  }

  let period: { id: string } | undefined;
  if (requested.coveragePeriodId) {
    period = group ? await trx.selectFrom('coverage_periods').select('id').where('id', '=', requested.coveragePeriodId).where('group_id', '=', group.id).executeTakeFirst() : undefined;
    if (!period) refuse('coverage_period_id', 'coverage_period_id is not a coverage period of this group', 'unprocessable.coverage_period_not_found');
  } else if (group) {
    const periods = await trx.selectFrom('coverage_periods').select(['id', 'carrier_group_number', 'coverage_start_date', 'coverage_end_date']).where('group_id', '=', group.id).execute();
    const fits = (day: string | null) => periods.filter((p) => (!groupNumber || p.carrier_group_number === groupNumber) && (!day || isWithin(day, p.coverage_start_date, p.coverage_end_date)));
    // A verification file's coverage may begin before every period (it is clipped to the period's
    // start): then the period holding the file's own date (DTP*007, else BGN03) is the one it speaks for.
    let fitting = fits(date);
    if (!fitting.length && facts.fileDate && facts.fileDate !== date) fitting = fits(facts.fileDate);
    if (fitting.length > 1) refuse('coverage_period_id', `${fitting.length} coverage periods of the group fit the file${groupNumber ? ` (group number ${groupNumber})` : ''}; name one: ?coverage_period_id=`, 'unprocessable.coverage_period_ambiguous');
    period = fitting[0];
  }
  if (!period) {
    const dates = impliedCoveragePeriod(facts);
    if (!groupNumber || !dates) refuse('coverage_period_id', 'The file names no group number (REF*1L) or no coverage dates to find or create its coverage period by; name one: ?coverage_period_id=', 'unprocessable.coverage_period_not_found');
    missing.coverage_periods.push({ carrier_group_number: groupNumber!, ...dates! });
  }

  const plans = period ? await trx.selectFrom('plans').select(['id', 'coverage_period_id', 'product_line', 'external_identifier', 'plan_identifier']).where('coverage_period_id', '=', period.id).execute() : [];
  for (const implied of facts.plans) {
    const found = planForCoverage(implied.product_line, implied.plan_identifier ?? undefined, plans as Parameters<typeof planForCoverage>[2]);
    // Several plans of the line and an empty HD04 is the member's error to report, not a plan to create.
    if ('error' in found && !(implied.plan_identifier === null && plans.some((p) => p.product_line === implied.product_line))) missing.plans.push(implied);
  }
  return { organizationId: group?.organization_id ?? requested.callerOrganizationId, groupId: group?.id ?? null, coveragePeriodId: period?.id ?? null, missing };
}

export const hasMissing = (missing: Missing) => missing.group !== null || missing.coverage_periods.length > 0 || missing.plans.length > 0;

/** The plan made for an HD loop that names no plan of the period: HD04 is its plan_identifier. */
export function newPlanFor(plan: MissingPlan): NewPlan {
  const code = plan.insurance_line_code;
  const lineName = isCode(INSURANCE_LINE_CODES, code) ? INSURANCE_LINE_CODES[code] : code;
  return {
    external_identifier: plan.plan_identifier ?? code,
    description: `${plan.plan_identifier ?? lineName} (from an 834 file)`,
    product_line: plan.product_line,
    product_type: ['HMO', 'PPO', 'EPO', 'POS'].includes(code) ? code : null,
    plan_identifier: plan.plan_identifier,
  };
}

/**
 * Creates what the import stored to create, inside the import's transaction; answers where families go.
 * What an import queued before it already created (the same file uploaded twice) is found and used,
 * not created again: the group by its external identifier, the period by group number and dates, a
 * plan by its external identifier in the period.
 */
export async function createMissing(trx: Trx, organizationId: string, targets: { groupId: string | null; coveragePeriodId: string | null }, toCreate: ToCreate, created: Created): Promise<{ groupId: string; coveragePeriodId: string }> {
  let groupId = targets.groupId;
  if (!groupId) {
    const values = toCreate.group!;
    const existing = await trx.selectFrom('groups').select('id').where('organization_id', '=', organizationId).where('external_identifier', '=', values.external_identifier).executeTakeFirst();
    if (existing) groupId = existing.id;
    else {
      const group = await insertGroup(trx, organizationId, values);
      groupId = group.id;
      created.group = { id: group.id, name: group.name, external_identifier: group.external_identifier };
    }
  }
  const group = await trx.selectFrom('groups').select(['id', 'organization_id']).where('id', '=', groupId).executeTakeFirstOrThrow();
  let coveragePeriodId = targets.coveragePeriodId;
  if (!coveragePeriodId) {
    const { carrier_id, carrier_group_number, coverage_start_date, coverage_end_date } = toCreate.coverage_period!;
    const existing = await trx.selectFrom('coverage_periods').select('id').where('group_id', '=', group.id).where('carrier_group_number', '=', carrier_group_number).where('coverage_start_date', '=', coverage_start_date).where('coverage_end_date', '=', coverage_end_date).executeTakeFirst();
    if (existing) coveragePeriodId = existing.id;
    else {
      const period = await insertCoveragePeriod(trx, group, { carrier_id, carrier_group_number, coverage_start_date, coverage_end_date });
      coveragePeriodId = period.id;
      created.coverage_periods.push({ id: period.id, carrier_group_number, coverage_start_date, coverage_end_date });
    }
  }
  const period = { id: coveragePeriodId, organization_id: group.organization_id, group_id: group.id };
  const present = new Set((await trx.selectFrom('plans').select('external_identifier').where('coverage_period_id', '=', coveragePeriodId).execute()).map((p) => p.external_identifier));
  for (const plan of toCreate.plans.filter((p) => !present.has(p.external_identifier))) {
    const row = await insertPlan(trx, period, plan);
    created.plans.push({ id: row.id, product_line: row.product_line, external_identifier: row.external_identifier, plan_identifier: row.plan_identifier });
  }
  return { groupId, coveragePeriodId };
}
