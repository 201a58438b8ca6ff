// Recording a qualifying life event: load the family's facts, let the pure rules judge the request
// and plan its effect, then apply that plan — end rows by superseding them with an ended successor,
// start new rows — with the family's status, acknowledgement and audit, all in the one transaction.
import type { Trx } from '../../db/database.ts';
import { json } from '../../db/database.ts';
import { newId } from '../../db/ids.ts';
import { invalid, notFound, unprocessable } from '../../http/errors.ts';
import type { WriteContext } from '../../http/tenant-transaction.ts';
import { planCoverageChanges, type CoverageChanges } from '../coverage-changes.ts';
import type { ExistingCoverage, PlanFacts, ProductLine, QualifyingLifeEventInput, CoveragePeriodFacts } from '../enrollment-facts.ts';
import { eventMemberId } from '../coverage-rules.ts';
import { reachableBy } from '../group-access.ts';
import { validateQualifyingLifeEvent } from '../qualifying-life-event-rules.ts';
import { recordAcknowledgement } from '../acknowledgements/store.ts';
import { subscriberFacts } from '../subscribers/family-facts.ts';
import { currentCoverages, findSubscriber, listDependents } from '../subscribers/store.ts';
import { markChanged } from '../subscribers/subscriber-status-store.ts';
import { recordStatusChange } from '../../webhooks/emit-event.ts';
import type { QualifyingLifeEventBody } from './schema.ts';

const today = () => new Date().toISOString().slice(0, 10);

async function findCoveragePeriod(trx: Trx, organizationId: string, id: string) {
  return trx.selectFrom('coverage_periods').selectAll().where('id', '=', id).where(reachableBy(organizationId, 'coverage_periods')).executeTakeFirst();
}

function normalizedInput(body: QualifyingLifeEventBody): QualifyingLifeEventInput {
  // Ideon's guides name the event `event` (termination) and `type` (new hire): take either.
  const event = body.event ?? body.type;
  if (!event) throw invalid('qualifying_life_event.event', 'qualifying_life_event.event is missing and is required', 'invalid_request.parameter_required');
  if (body.event && body.type && body.event !== body.type) throw invalid('qualifying_life_event.type', 'event and type name different events; send one');
  const { type: _type, ...rest } = body;
  return { ...rest, event } as QualifyingLifeEventInput;
}

export async function recordQualifyingLifeEvent(context: WriteContext, subscriberId: string, body: QualifyingLifeEventBody) {
  const { trx, caller } = context;
  const input = normalizedInput(body);
  const subscriber = await findSubscriber(trx, caller.organizationId, subscriberId, true);
  if (!subscriber) throw notFound('subscriber');
  const period = await findCoveragePeriod(trx, caller.organizationId, input.coverage_period_id);
  if (!period || period.group_id !== subscriber.group_id) {
    throw unprocessable([{ error_type: 'unprocessable.coverage_period_not_found', message: "coverage_period_id is not a coverage period of this subscriber's group", parameter: 'qualifying_life_event.coverage_period_id' }]);
  }
  const dependents = await listDependents(trx, subscriberId);
  const plans = await trx.selectFrom('plans').select(['id', 'coverage_period_id', 'product_line']).where('coverage_period_id', '=', period.id).execute();
  const rows = await currentCoverages(trx, subscriberId);
  const ctx = {
    subscriber: subscriberFacts(subscriber, dependents),
    coveragePeriod: period as CoveragePeriodFacts,
    plans: plans as PlanFacts[],
    existingCoverages: rows.map((row) => ({ ...row, product_line: row.product_line as ProductLine, volume: row.volume === null ? null : Number(row.volume) })) as ExistingCoverage[],
    today: today(),
  };
  const violations = validateQualifyingLifeEvent(input, ctx);
  if (violations.length) throw unprocessable(violations.map((v) => ({ ...v, parameter: `qualifying_life_event.${v.parameter}` })));
  const changes = planCoverageChanges(input, ctx);

  const placement = { organization_id: subscriber.organization_id, group_id: subscriber.group_id };
  const event = await trx
    .insertInto('qualifying_life_events')
    .values({
      id: newId(),
      ...placement,
      subscriber_id: subscriberId,
      coverage_period_id: period.id,
      event: input.event,
      event_date: input.date,
      eligibility_start_date: input.eligibility_start_date ?? null,
      external_identifier: input.external_identifier ?? null,
      member_id: input.member_id ?? null,
      plan_elections: json(input.plan_elections ?? {}),
    })
    .returningAll()
    .executeTakeFirstOrThrow();

  const electionIds = new Map<string, string>();
  for (const [line, election] of Object.entries(input.plan_elections ?? {})) {
    const id = newId();
    electionIds.set(line, id);
    await trx
      .insertInto('plan_elections')
      .values({ id, ...placement, qualifying_life_event_id: event.id, subscriber_id: subscriberId, coverage_period_id: period.id, product_line: line, plan_id: election.plan_id ?? null, type: election.type, waiver_reason: election.waiver_reason ?? null })
      .execute();
  }

  const applied = await applyCoverageChanges(trx, changes, rows, { ...placement, subscriber_id: subscriberId, coverage_period_id: period.id, event_id: event.id, electionIds });

  // A divorced spouse or a dependent who died is no longer part of the family.
  const subject = eventMemberId(input, ctx.subscriber);
  if ((input.event === 'divorce' || input.event === 'death') && subject && subject !== subscriberId) {
    await trx.updateTable('members').set({ removed_on: input.date, updated_at: new Date() }).where('id', '=', subject).where('subscriber_id', '=', subscriberId).execute();
  }

  await markChanged(trx, { subscriberId, organizationId: subscriber.organization_id, groupId: subscriber.group_id, qualifyingLifeEventId: event.id });
  // Webhooks: the event's first status (pending) is announced like every later one.
  await recordStatusChange(trx, { organizationId: subscriber.organization_id, groupId: subscriber.group_id, object: 'qualifying_life_event', id: event.id, status: event.status, previousStatus: null });
  await context.audit({ resource_type: 'qualifying_life_event', resource_id: event.id, action: 'create', after: { event: input, coverages_ended: changes.ended, coverages_started: applied.started.map((row) => row.id) } });

  const touched = [...applied.ended, ...applied.started];
  const people = [...new Set([...touched.map((row) => row.member_id), ...(subject ? [subject] : [])])];
  const acknowledgement = await recordAcknowledgement(trx, {
    organizationId: caller.organizationId,
    groupId: subscriber.group_id,
    resource_type: 'qualifying_life_event',
    resource_id: event.id,
    action: 'created',
    people: people.map((memberId) => ({ resource_type: memberId === subscriberId ? 'subscriber' : 'dependent', resource_id: memberId, member_id: memberId, action: 'included' })),
    coverageItems: [
      ...applied.ended.map((row) => ({ resource_type: 'coverage', resource_id: row.id, member_id: row.member_id, product_line: row.product_line, action: 'ended' })),
      ...applied.started.map((row) => ({ resource_type: 'coverage', resource_id: row.id, member_id: row.member_id, product_line: row.product_line, action: 'started' })),
    ],
  });
  return { event, coverages: touched, acknowledgement };
}

interface Placement {
  organization_id: string;
  group_id: string;
  subscriber_id: string;
  coverage_period_id: string;
  event_id: string;
  electionIds: Map<string, string>;
}

type CoverageRow = Awaited<ReturnType<typeof currentCoverages>>[number];

/** History is never rewritten: an ended row is superseded by a copy that carries the end date. */
async function applyCoverageChanges(trx: Trx, changes: CoverageChanges, current: CoverageRow[], placement: Placement) {
  const byId = new Map(current.map((row) => [row.id, row]));
  const ended: CoverageRow[] = [];
  const started: CoverageRow[] = [];
  for (const change of changes.ended) {
    const old = byId.get(change.coverage_id)!;
    const superseded = await trx
      .updateTable('coverages')
      .set({ superseded_at: new Date(), superseded_by_event_id: placement.event_id })
      .where('id', '=', old.id)
      .where('superseded_at', 'is', null)
      .executeTakeFirst();
    // The family row is locked, so this cannot race; if it ever did, fail rather than fork history.
    if (Number(superseded.numUpdatedRows) !== 1) throw new Error(`coverage ${old.id} was changed concurrently`);
    const { recorded_at: _r, superseded_at: _s, superseded_by_event_id: _b, ...copy } = old;
    ended.push(
      await trx
        .insertInto('coverages')
        .values({ ...copy, id: newId(), end_date: change.end_date, replaces_id: old.id, qualifying_life_event_id: placement.event_id })
        .returningAll()
        .executeTakeFirstOrThrow(),
    );
  }
  if (changes.started.length) {
    started.push(
      ...(await trx
        .insertInto('coverages')
        .values(
          changes.started.map((row) => ({
            id: newId(),
            organization_id: placement.organization_id,
            group_id: placement.group_id,
            subscriber_id: placement.subscriber_id,
            member_id: row.member_id,
            coverage_period_id: placement.coverage_period_id,
            plan_id: row.plan_id,
            product_line: row.product_line,
            status: row.status,
            start_date: row.start_date,
            end_date: row.end_date,
            volume: row.volume,
            plan_election_id: placement.electionIds.get(row.product_line) ?? null,
            qualifying_life_event_id: placement.event_id,
            replaces_id: null,
          })),
        )
        .returningAll()
        .execute()),
    );
  }
  return { ended, started };
}
