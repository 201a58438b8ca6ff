// The daily age-out job (issue 15): the worker ends the coverage of each dependent whose age limit has
// come (age-limit-rules.ts: the end of the month of the 26th birthday, unless handicapped), as an
// `age_out` qualifying life event of its own, so the carriers' next files carry the termination
// (024, reason 07). Once a day per group: the run's row (age_out_runs) is claimed in the group's own
// tenant transaction — row-level security of its organization — with the changes, through the one
// family write path (applyFamilyChanges). Running twice changes nothing the second time: the day's row
// is there, and a coverage already ended at the limit is not ended again (ageOutEnds).
import type { Logger } from 'pino';
import type { Db } from '../../db/database.ts';
import { newId } from '../../db/ids.ts';
import { inTenant } from '../../db/tenant.ts';
import { ageOutEnds, coverageLimitOf } from '../age-limit-rules.ts';
import type { EndedCoverage } from '../coverage-changes.ts';
import type { IsoDate } from '../dates.ts';
import { addCoverageChanges, emptyChanges, pendingAnnouncement, type EventRow, type FamilyChanges } from '../families/family-change.ts';
import { applyFamilyChanges } from '../families/family-change-store.ts';
import { loadFamily, type LoadedFamily } from '../families/family-store.ts';
import { coverageFacts, memberFacts } from '../subscribers/family-facts.ts';
import { claimAgeOutRun, finishAgeOutRun, groupsDueForAgeOut, listUpcomingAgeOuts } from './store.ts';

/** Dependents one group's run ages out at most; the rest wait for the next day's run. */
const MAX_PER_GROUP_RUN = 1000;
/** Groups one worker pass runs at most, so one pass never runs away. */
const GROUPS_PER_PASS = 50;

export interface AgeOutOptions {
  db: Db;
  logger?: Logger;
  /** The day of the run (tests set it); default today, UTC. */
  today?: IsoDate;
}

export interface AgeOutSummary {
  groups: number;
  dependents: number;
}

/** The worker's step: each group not yet run today, each in its owner's tenant transaction. */
export async function runAgeOutsOnce(options: AgeOutOptions): Promise<AgeOutSummary> {
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const summary: AgeOutSummary = { groups: 0, dependents: 0 };
  for (const group of await groupsDueForAgeOut(options.db, today, GROUPS_PER_PASS)) {
    try {
      const agedOut = await ageOutGroup(options.db, group, today);
      if (agedOut === null) continue;
      summary.groups++;
      summary.dependents += agedOut;
    } catch (error) {
      // Ids only: no personal data in a log line. The group's run rolled back; the next pass tries again.
      options.logger?.error({ err: error, group_id: group.id }, 'the age-out run of a group failed; the next pass tries again');
    }
  }
  return summary;
}

/** One group's run of the day: the dependents it aged out, or null when it had run already. */
export async function ageOutGroup(db: Db, group: { id: string; organization_id: string }, today: IsoDate): Promise<number | null> {
  return inTenant(db, group.organization_id, async (trx) => {
    if (!(await claimAgeOutRun(trx, group.organization_id, group.id, today))) return null;
    const due = await listUpcomingAgeOuts(trx, group.organization_id, group.id, today, MAX_PER_GROUP_RUN);
    const changes = emptyChanges();
    let agedOut = 0;
    for (const subscriberId of new Set(due.map((row) => row.subscriber_id))) {
      const load = await loadFamily(trx, group.organization_id, subscriberId);
      if (load) agedOut += addAgeOuts(changes, load.family, today);
    }
    if (agedOut) await applyFamilyChanges(trx, changes);
    await finishAgeOutRun(trx, group.id, today, agedOut);
    return agedOut;
  });
}

/**
 * A family's age-outs as rows of the change: per dependent past the limit, an age_out event dated the
 * last covered day, its rows ended there (superseded by ended successors: history is kept). The family
 * is pending again and queued for its carriers once, whatever the number of its dependents aged out.
 */
function addAgeOuts(changes: FamilyChanges, family: LoadedFamily, today: IsoDate): number {
  const { subscriber } = family;
  const placement = { organization_id: subscriber.organization_id, group_id: subscriber.group_id, subscriber_id: subscriber.id };
  const ends = ageOutEnds(family.dependents.filter((d) => !d.removed_on).map(memberFacts), coverageFacts(family.coverages), today);
  const byMember = new Map<string, EndedCoverage[]>();
  const rowOf = new Map(family.coverages.map((row) => [row.id, row]));
  for (const end of ends) {
    const memberId = rowOf.get(end.coverage_id)!.member_id;
    byMember.set(memberId, [...(byMember.get(memberId) ?? []), end]);
  }
  let firstEventId: string | null = null;
  for (const [memberId, ended] of byMember) {
    const dependent = family.dependents.find((d) => d.id === memberId)!;
    const limit = coverageLimitOf(memberFacts(dependent))!;
    const periodId = rowOf.get(ended[0]!.coverage_id)!.coverage_period_id;
    const event: EventRow = {
      id: newId(),
      ...placement,
      coverage_period_id: periodId,
      event: 'age_out',
      event_date: limit,
      eligibility_start_date: null,
      external_identifier: null,
      member_id: memberId,
      plan_elections: {} as EventRow['plan_elections'],
      status: 'pending',
      status_at: changes.at,
      created_at: changes.at,
    };
    changes.events.push(event);
    firstEventId ??= event.id;
    addCoverageChanges(changes, { ended, started: [], waived: [] }, family.coverages, { ...placement, coverage_period_id: periodId, eventId: event.id });
    changes.audit.push({
      organization_id: subscriber.organization_id,
      api_key_id: null,
      resource_type: 'qualifying_life_event',
      resource_id: event.id,
      action: 'create',
      before: null,
      after: { event: { event: 'age_out', date: limit, member_id: memberId, coverage_period_id: periodId }, coverages_ended: ended, recorded_by: 'age_out_job' },
    });
    changes.webhookEvents.push({ organizationId: subscriber.organization_id, groupId: subscriber.group_id, type: 'qualifying_life_event.status_changed', data: { object: 'qualifying_life_event', id: event.id, status: 'pending', previous_status: null } });
  }
  if (firstEventId === null) return 0;
  const familyPlacement = { subscriberId: subscriber.id, organizationId: subscriber.organization_id, groupId: subscriber.group_id };
  changes.families.push({ ...familyPlacement, qualifyingLifeEventId: firstEventId });
  changes.webhookEvents.push(...pendingAnnouncement(familyPlacement, family.status?.status ?? null));
  return byMember.size;
}
