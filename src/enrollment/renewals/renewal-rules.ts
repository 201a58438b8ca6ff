// Renewal's rules (issue 15), pure: the next plan year's dates, the plans of the new period from the old
// ones and the mapping body, and what one family's current elections become in the new period.
import type { ErrorItem } from '../../http/errors.ts';
import { coverageLimitOf } from '../age-limit-rules.ts';
import type { StartedCoverage } from '../coverage-changes.ts';
import { addDays, compareDates, dayAfter, type IsoDate } from '../dates.ts';
import type { ProductLine } from '../enrollment-facts.ts';
import type { CoverageRow } from '../families/family-change.ts';
import type { LoadedFamily } from '../families/family-store.ts';
import { memberFacts } from '../subscribers/family-facts.ts';

export interface OldPlan {
  id: string;
  external_identifier: string;
  description: string;
  product_line: string;
  product_type: string | null;
  plan_identifier: string | null;
  voluntary: boolean;
}

/** One entry of the mapping body: where an old plan's elections go. A plan not listed is renewed as it is. */
export interface PlanMappingInput {
  from_plan_id: string;
  /** Its elections are not renewed (the plan is not offered next year). */
  drop?: boolean;
  external_identifier?: string;
  description?: string;
  plan_identifier?: string | null;
  product_type?: string | null;
}

/** A plan of the new period: the old one's fields, as renewed or as its mapping entry says, with a new id. */
export type NewPlan = OldPlan;

export interface RenewalPlans {
  plans: NewPlan[];
  mapping: Array<{ from_plan_id: string; to_plan_id: string | null }>;
  errors: ErrorItem[];
}

/**
 * The new period's plans: each old plan renewed as it is or as its mapping entry says; entries that
 * name one external identifier become one plan (two old plans merged), which must keep one product line.
 */
export function renewalPlans(oldPlans: readonly OldPlan[], inputs: readonly PlanMappingInput[], newId: () => string): RenewalPlans {
  const errors: ErrorItem[] = [];
  const byId = new Map(oldPlans.map((plan) => [plan.id, plan]));
  const entryOf = new Map<string, PlanMappingInput>();
  inputs.forEach((input, i) => {
    const parameter = `renewal.plans[${i}].from_plan_id`;
    if (!byId.has(input.from_plan_id)) errors.push({ error_type: 'unprocessable.plan_not_found', message: `Plan ${input.from_plan_id} is not a plan of the coverage period being renewed`, parameter });
    else if (entryOf.has(input.from_plan_id)) errors.push({ error_type: 'invalid_request.parameter_invalid', message: `Plan ${input.from_plan_id} is mapped twice`, parameter });
    else entryOf.set(input.from_plan_id, input);
  });
  const plans = new Map<string, NewPlan>();
  const mapping: RenewalPlans['mapping'] = [];
  oldPlans.forEach((old) => {
    const entry = entryOf.get(old.id);
    if (entry?.drop) {
      mapping.push({ from_plan_id: old.id, to_plan_id: null });
      return;
    }
    const externalIdentifier = entry?.external_identifier ?? old.external_identifier;
    let plan = plans.get(externalIdentifier);
    if (plan && plan.product_line !== old.product_line) {
      const i = inputs.findIndex((input) => input.from_plan_id === old.id);
      errors.push({ error_type: 'unprocessable.plan_product_line_differs', message: `Plans of two product lines (${plan.product_line}, ${old.product_line}) cannot become one plan ${externalIdentifier}`, parameter: i >= 0 ? `renewal.plans[${i}].external_identifier` : 'renewal.plans' });
      return;
    }
    if (!plan) {
      plan = {
        id: newId(),
        external_identifier: externalIdentifier,
        description: entry?.description ?? old.description,
        product_line: old.product_line,
        product_type: entry?.product_type !== undefined ? entry.product_type : old.product_type,
        plan_identifier: entry?.plan_identifier !== undefined ? entry.plan_identifier : old.plan_identifier,
        voluntary: old.voluntary,
      };
      plans.set(externalIdentifier, plan);
    }
    mapping.push({ from_plan_id: old.id, to_plan_id: plan.id });
  });
  return { plans: [...plans.values()], mapping, errors };
}

export interface PeriodDates {
  coverage_start_date: IsoDate;
  coverage_end_date: IsoDate;
}

/** The next plan year: from the day after the old one ends, a year long, unless the body says otherwise. */
export function nextPeriodDates(old: PeriodDates, input: Partial<PeriodDates>): { dates: PeriodDates; errors: ErrorItem[] } {
  const start = input.coverage_start_date ?? dayAfter(old.coverage_end_date);
  const [year, month, day] = start.split('-');
  const end = input.coverage_end_date ?? addDays(`${Number(year) + 1}-${month}-${month === '02' && day === '29' ? '28' : day}`, -1);
  const errors: ErrorItem[] = [];
  if (compareDates(start, old.coverage_end_date) <= 0) errors.push({ error_type: 'unprocessable.renewal_overlaps', message: `The renewed period must begin after ${old.coverage_end_date}, the last day of the period it renews`, parameter: 'renewal.coverage_start_date' });
  if (compareDates(end, start) < 0) errors.push({ error_type: 'unprocessable.end_date_before_start_date', message: `coverage_end_date ${end} is before coverage_start_date ${start}`, parameter: 'renewal.coverage_end_date' });
  return { dates: { coverage_start_date: start, coverage_end_date: end }, errors };
}

/** A row in force on the old period's last day: the election that rolls forward. */
const inForceOn = (row: CoverageRow, day: IsoDate) => compareDates(row.start_date, day) <= 0 && (row.end_date === null || compareDates(row.end_date, day) >= 0);

/**
 * One family's renewal: every coverage in force on the old period's last day, in a plan that is
 * renewed, starts again in the new period in the mapped plan — the same members, status and volume.
 * A member removed from the family by then is not renewed; a child's coverage ends at the age limit
 * (the end of the month of the 26th birthday), and is not renewed when the limit comes first.
 */
export function renewedCoverages(family: LoadedFamily, oldEnd: IsoDate, next: PeriodDates, mapping: ReadonlyMap<string, string | null>): { started: StartedCoverage[]; notRenewed: number } {
  const members = new Map([family.subscriber, ...family.dependents].map((member) => [member.id, member]));
  const started: StartedCoverage[] = [];
  let notRenewed = 0;
  for (const row of family.coverages) {
    if (!inForceOn(row, oldEnd)) continue;
    const member = members.get(row.member_id);
    const toPlan = mapping.get(row.plan_id) ?? null;
    const limit = member ? coverageLimitOf(memberFacts(member)) : null;
    const removed = member?.removed_on && compareDates(member.removed_on, next.coverage_start_date) <= 0;
    if (!member || !toPlan || removed || (limit !== null && compareDates(limit, next.coverage_start_date) < 0)) {
      notRenewed++;
      continue;
    }
    started.push({
      member_id: row.member_id,
      plan_id: toPlan,
      product_line: row.product_line as ProductLine,
      status: row.status,
      start_date: next.coverage_start_date,
      end_date: limit !== null && compareDates(limit, next.coverage_end_date) < 0 ? limit : null,
      volume: row.volume,
    });
  }
  return { started, notRenewed };
}
