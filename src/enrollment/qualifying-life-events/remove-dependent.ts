// DELETE /dependents/:id: a dependent who is no longer eligible, recorded as a loss_of_eligibility
// event (so the carriers hear of it as any event): the dependent's coverage ends on end_date and they
// leave the family from the day after, their rows kept (as-of reads before then still show them).
import { ApiError, notFound, unprocessable } from '../../http/errors.ts';
import type { WriteContext } from '../../http/tenant-transaction.ts';
import { compareDates } from '../dates.ts';
import { loadFamilyOfDependent } from '../families/family-store.ts';
import { recordQualifyingLifeEvent } from './record-event.ts';

export interface DependentRemoval {
  end_date: string;
  coverage_period_id?: string;
}

/**
 * With coverage_period_id the family is loaded once, with the period; without, the event is recorded in
 * the period of the dependent's latest coverage, which the first load shows (a second load follows).
 */
export async function removeDependent(context: WriteContext, dependentId: string, removal: DependentRemoval) {
  const { trx, caller } = context;
  const needs = removal.coverage_period_id ? { coveragePeriodId: removal.coverage_period_id } : {};
  const load = await loadFamilyOfDependent(trx, caller.organizationId, dependentId, needs);
  const dependent = load?.family.dependents.find((row) => row.id === dependentId);
  if (!load || !dependent) throw notFound('dependent');
  if (dependent.removed_on) {
    throw unprocessable([{ error_type: 'unprocessable.member_removed', message: `The dependent was removed from the subscriber on ${dependent.removed_on} already`, parameter: 'end_date' }]);
  }
  const latest = load.family.coverages.filter((row) => row.member_id === dependentId).sort((a, b) => compareDates(b.start_date, a.start_date))[0];
  const periodId = removal.coverage_period_id ?? latest?.coverage_period_id;
  if (!periodId) {
    throw unprocessable([{ error_type: 'invalid_request.parameter_required', message: 'The dependent has no coverage to tell a period by: send coverage_period_id', parameter: 'coverage_period_id' }]);
  }
  const subscriberId = load.family.subscriber.id;
  const body = { event: 'loss_of_eligibility' as const, date: removal.end_date, coverage_period_id: periodId, member_id: dependentId, coverage_end_date: removal.end_date };
  try {
    return await recordQualifyingLifeEvent(context, subscriberId, body, removal.coverage_period_id ? load : undefined);
  } catch (error) {
    // The event is ours, not the caller's: its errors name the query parameters the caller sent.
    if (error instanceof ApiError) throw new ApiError(error.statusCode, error.errors.map((item) => ({ ...item, parameter: removalParameter(item.parameter) })));
    throw error;
  }
}

const REMOVAL_PARAMETERS: Record<string, string> = {
  'qualifying_life_event.date': 'end_date',
  'qualifying_life_event.coverage_end_date': 'end_date',
  'qualifying_life_event.coverage_period_id': 'coverage_period_id',
  'qualifying_life_event.member_id': 'id',
};
const removalParameter = (parameter: string | null) => (parameter && REMOVAL_PARAMETERS[parameter]) ?? parameter;
