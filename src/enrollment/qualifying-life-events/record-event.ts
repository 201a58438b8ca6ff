// Recording a qualifying life event: load the family (one statement, locked before it by the tenant
// statement), let the pure rules judge the request and plan its effect, then write the plan — end rows
// by superseding them with an ended successor, start new rows — with the family's status, outbox,
// acknowledgement, audit and webhook events, in one more statement (applyFamilyChanges).
import { newId } from '../../db/ids.ts';
import { invalid, notFound, scopeMissing, unprocessable } from '../../http/errors.ts';
import type { WriteContext } from '../../http/tenant-transaction.ts';
import { planCoverageChanges } from '../coverage-changes.ts';
import type { PlanFacts, QualifyingLifeEventInput, CoveragePeriodFacts } from '../enrollment-facts.ts';
import { eventMemberId } from '../coverage-rules.ts';
import { validateQualifyingLifeEvent } from '../qualifying-life-event-rules.ts';
import { ageLimitViolations } from '../age-limit-rules.ts';
import { timeLimitViolations } from '../time-limit-rules.ts';
import { eligibilityViolations } from '../eligibility-rules.ts';
import { acknowledgementRows, toAcknowledgement } from '../acknowledgements/store.ts';
import { coverageFacts, subscriberFacts } from '../subscribers/family-facts.ts';
import { addCoverageChanges, emptyChanges, pendingAnnouncement, type EventRow } from '../families/family-change.ts';
import { applyFamilyChanges } from '../families/family-change-store.ts';
import { loadFamily, type FamilyLoad, type PeriodCarrier } from '../families/family-store.ts';
import { impliedElections, lossOfEligibilityEnd, lossOfEligibilityViolations, subscriberPatchOfEvent } from '../life-event-semantics.ts';
import { auditView } from '../subscribers/subscriber-writes.ts';
import { coverageLineReceivable, planLineNotReceivable } from '../plans/receivable.ts';
import { isProductLine, type ProductLine } from '../enrollment-facts.ts';
import type { QualifyingLifeEventBody } from './schema.ts';

const today = () => new Date().toISOString().slice(0, 10);

/**
 * An election under a line the period's carrier cannot receive (a life plan elected as voluntary_life
 * where the carrier names no code for it) would be left out of every file: refused like such a plan.
 */
function unreceivableElections(input: QualifyingLifeEventInput, carrier: PeriodCarrier | undefined) {
  if (!carrier) return [];
  return Object.entries(input.plan_elections ?? {})
    .filter(([line, election]) => election.type === 'election' && isProductLine(line) && !coverageLineReceivable(line, carrier.line_of_coverage_codes))
    .map(([line]) => {
      const error = planLineNotReceivable(line as ProductLine, carrier, `plan_elections.${line}`);
      return { ...error, message: error.message.replace('before creating the plan', 'before electing it') };
    });
}

function normalizedInput(body: QualifyingLifeEventBody): QualifyingLifeEventInput {
  // Ideon's guides name the event `event` (termination) and `type` (new hire): take either.
  const event = body.event ?? body.type;
  if (!event) throw invalid('qualifying_life_event.event', 'qualifying_life_event.event is missing and is required', 'invalid_request.parameter_required');
  if (body.event && body.type && body.event !== body.type) throw invalid('qualifying_life_event.type', 'event and type name different events; send one');
  const { type: _type, override_time_limits: _override, ...rest } = body;
  return { ...rest, event } as QualifyingLifeEventInput;
}

/**
 * `preloaded`: the family, loaded with the event's coverage period by a caller that had to load it
 * anyway (DELETE /dependents/:id reaches the family through the dependent).
 */
export async function recordQualifyingLifeEvent(context: WriteContext, subscriberId: string, body: QualifyingLifeEventBody, preloaded?: FamilyLoad) {
  const { trx, caller } = context;
  const submitted = normalizedInput(body);
  const load = preloaded ?? (await loadFamily(trx, caller.organizationId, subscriberId, { coveragePeriodId: submitted.coverage_period_id }));
  if (!load) throw notFound('subscriber');
  const { family, period } = load;
  const subscriber = family.subscriber;
  if (!period) {
    throw unprocessable([{ error_type: 'unprocessable.coverage_period_not_found', message: "coverage_period_id is not a coverage period of this subscriber's group", parameter: 'qualifying_life_event.coverage_period_id' }]);
  }
  const ctx = {
    subscriber: subscriberFacts(subscriber, family.dependents),
    coveragePeriod: period as unknown as CoveragePeriodFacts,
    plans: load.plans as PlanFacts[],
    existingCoverages: coverageFacts(family.coverages),
    today: today(),
  };
  const inEvent = <V extends { parameter: string | null }>(v: V) => ({ ...v, parameter: `qualifying_life_event.${v.parameter}` });
  // A birth, adoption or marriage may name lines (or, a birth or adoption, none) instead of restating
  // the family: the implied listing is judged and planned like a listed one.
  const implied = impliedElections(submitted, ctx);
  const input = implied.input;
  const violations = [...implied.violations, ...lossOfEligibilityViolations(input, ctx), ...validateQualifyingLifeEvent(input, ctx), ...ageLimitViolations(input, ctx), ...unreceivableElections(input, load.carrier)];
  if (violations.length) throw unprocessable(violations.map(inEvent));
  const plan = planCoverageChanges(input, ctx);
  // The class's eligibility rules judge what the event starts; no override: a class may not elect it.
  const ineligible = eligibilityViolations(input, plan, ctx, load.eligibility ?? { rules: [], classHistory: [] }).map(inEvent);
  if (ineligible.length) throw unprocessable(ineligible);
  // The time rules judge what the event would change; an admin key may set them aside, on the record.
  const override = body.override_time_limits === true;
  if (override && !caller.scopes.includes('admin')) throw scopeMissing('admin');
  const overridden = timeLimitViolations(input, plan, ctx).map(inEvent);
  if (overridden.length && !override) throw unprocessable(overridden);

  const changes = emptyChanges();
  const at = changes.at;
  const placement = { organization_id: subscriber.organization_id, group_id: subscriber.group_id };
  const event: EventRow = {
    id: newId(),
    ...placement,
    subscriber_id: subscriberId,
    coverage_period_id: period.id,
    event: input.event,
    event_date: input.date,
    eligibility_start_date: input.eligibility_start_date ?? null,
    external_identifier: input.external_identifier ?? null,
    member_id: input.member_id ?? null,
    // As submitted: the lines joined without restating are in the audit and the started coverages.
    plan_elections: (submitted.plan_elections ?? {}) as EventRow['plan_elections'],
    status: 'pending',
    status_at: at,
    created_at: at,
  };
  changes.events.push(event);
  const electionIds = new Map<string, string>();
  for (const [line, election] of Object.entries(input.plan_elections ?? {})) {
    const id = newId();
    electionIds.set(line, id);
    changes.elections.push({ id, ...placement, qualifying_life_event_id: event.id, subscriber_id: subscriberId, coverage_period_id: period.id, product_line: line, plan_id: election.plan_id ?? null, type: election.type, waiver_reason: election.waiver_reason ?? null });
  }

  const { ended, started } = addCoverageChanges(changes, plan, family.coverages, { ...placement, subscriber_id: subscriberId, coverage_period_id: period.id, eventId: event.id, electionIds });

  // A divorced spouse, a dependent who died or is no longer eligible is no longer part of the family
  // (from the day after removed_on; as-of reads before it still show them).
  const subject = eventMemberId(input, ctx.subscriber);
  const leaves = input.event === 'divorce' || input.event === 'death' || input.event === 'loss_of_eligibility';
  if (leaves && subject && subject !== subscriberId) {
    const member = family.dependents.find((row) => row.id === subject);
    const removedOn = input.event === 'loss_of_eligibility' ? lossOfEligibilityEnd(input, period.termination_rule) : input.date;
    if (member && !member.removed_on) changes.membersUpdated.push({ ...member, removed_on: removedOn, updated_at: at });
  }
  // A marriage sets the marital status, a termination the employment status and end date.
  const patch = subscriberPatchOfEvent(input, ctx, subscriber as never);
  if (Object.keys(patch).length) {
    const after = { ...subscriber, ...patch, updated_at: at } as typeof subscriber;
    changes.membersUpdated.push(after);
    await context.audit({ resource_type: 'subscriber', resource_id: subscriberId, action: 'update', before: auditView(subscriber), after: auditView(after) });
  }

  const familyPlacement = { subscriberId, organizationId: subscriber.organization_id, groupId: subscriber.group_id };
  changes.families.push({ ...familyPlacement, qualifyingLifeEventId: event.id });
  changes.webhookEvents.push(
    ...pendingAnnouncement(familyPlacement, family.status?.status ?? null),
    // The event's first status (pending) is announced like every later one.
    { organizationId: subscriber.organization_id, groupId: subscriber.group_id, type: 'qualifying_life_event.status_changed', data: { object: 'qualifying_life_event', id: event.id, status: 'pending', previous_status: null } },
  );
  await context.audit({ resource_type: 'qualifying_life_event', resource_id: event.id, action: 'create', after: { event: submitted, ...(implied.joined.length ? { lines_joined: implied.joined } : {}), coverages_ended: plan.ended, coverages_started: started.map((row) => row.id) } });
  if (overridden.length) {
    await context.audit({ resource_type: 'qualifying_life_event', resource_id: event.id, action: 'override_time_limits', after: { today: ctx.today, retroactive_days: period.retroactive_days ?? null, future_days: period.future_days ?? null, overridden } });
  }

  const touched = [...ended, ...started];
  const people = [...new Set([...touched.map((row) => row.member_id), ...(subject ? [subject] : [])])];
  const acknowledgementRowsOfEvent = acknowledgementRows({
    organizationId: caller.organizationId,
    groupId: subscriber.group_id,
    resource_type: 'qualifying_life_event',
    resource_id: event.id,
    action: 'created',
    people: people.map((memberId) => ({ resource_type: memberId === subscriberId ? 'subscriber' : 'dependent', resource_id: memberId, member_id: memberId, action: 'included' })),
    coverageItems: [
      ...ended.map((row) => ({ resource_type: 'coverage', resource_id: row.id, member_id: row.member_id, product_line: row.product_line, action: 'ended' })),
      ...started.map((row) => ({ resource_type: 'coverage', resource_id: row.id, member_id: row.member_id, product_line: row.product_line, action: 'started' })),
    ],
  });
  changes.acknowledgements.push(...acknowledgementRowsOfEvent);
  changes.audit.push(...context.takeAudit());
  await applyFamilyChanges(trx, changes);
  return { event, coverages: touched, acknowledgement: toAcknowledgement(acknowledgementRowsOfEvent, at) };
}
