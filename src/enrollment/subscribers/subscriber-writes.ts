// Creating and changing subscribers and dependents, each in the caller's one write transaction and
// one unit of work: the family loaded in one statement (locked by the tenant statement before it),
// rules first (nothing written when one fails), then the rows, the family's status, carrier outbox,
// acknowledgement, audit and webhook events written together by applyFamilyChanges.
import { newId } from '../../db/ids.ts';
import { conflict, notFound, unprocessable, type ErrorItem } from '../../http/errors.ts';
import type { WriteContext } from '../../http/tenant-transaction.ts';
import type { PersonalDataCipher } from '../../security/personal-data-cipher.ts';
import { validateDependentRelationships } from '../dependent-rules.ts';
import { acknowledgementRows, toAcknowledgement, type Submission } from '../acknowledgements/store.ts';
import { emptyChanges, pendingAfter, pendingAnnouncement, pendingSince, type FamilyChanges } from '../families/family-change.ts';
import { applyFamilyChanges } from '../families/family-change-store.ts';
import { loadFamily, loadFamilyOfDependent, loadGroupForNewFamily, type LoadedFamily } from '../families/family-store.ts';
import { memberFacts } from './family-facts.ts';
import { memberPatch, memberRow, newDependentRow, newSubscriberRow, patchedMember } from './member-input.ts';
import type { DependentInput, DependentUpdate, SubscriberInput, SubscriberUpdate } from './schema.ts';
import type { MemberRow, NewMember } from './store.ts';
import { compareDates } from '../dates.ts';
import { duplicateSsnParameters, duplicateSsnViolation, latestCalendarDate, personViolations, type PersonFields } from '../person-rules.ts';

const UNIQUE_VIOLATION = '23505';
const SSN_INDEX = 'members_group_ssn_index';
const SUBSCRIBER_EXTERNAL = 'members_subscriber_external';

interface UniqueParameters {
  /** The parameter of a subscriber's external_identifier taken, and of a dependent's. */
  subscriber: string;
  dependent: string;
  /** The SSN parameter of each written row, by its blind index (an SSN taken by a request that committed meanwhile). */
  ssnByIndex: Map<string, string>;
}

/**
 * Writes the change. A taken external_identifier is a 409 naming the field, not a 500; an SSN taken
 * meanwhile (by a request that committed between our check and our write) a 422 like the check's.
 */
async function commit(context: WriteContext, changes: FamilyChanges, unique: UniqueParameters): Promise<void> {
  changes.audit.push(...context.takeAudit());
  try {
    await applyFamilyChanges(context.trx, changes);
  } catch (error) {
    const { code, constraint, detail } = error as { code?: string; constraint?: string; detail?: string };
    if (code !== UNIQUE_VIOLATION) throw error;
    if (constraint === SSN_INDEX) {
      const parameter = [...unique.ssnByIndex].find(([index]) => detail?.includes(index))?.[1] ?? [...unique.ssnByIndex.values()][0]!;
      throw unprocessable([duplicateSsnViolation(parameter)]);
    }
    throw conflict('external_identifier_taken', 'Another record of this group (or subscriber) already has this external_identifier', constraint === SUBSCRIBER_EXTERNAL ? unique.subscriber : unique.dependent);
  }
}

const ssnParameters = (rows: Array<{ row: Pick<NewMember, 'ssn_index'>; parameter: string }>) =>
  new Map(rows.filter((r) => r.row.ssn_index).map((r) => [r.row.ssn_index!, r.parameter]));

/** The family made pending by this change, with the announcement of its status and the acknowledgement. */
function familyChanged(changes: FamilyChanges, family: { subscriberId: string; organizationId: string; groupId: string }, previousStatus: LoadedFamily['status'], submission: Omit<Submission, 'organizationId' | 'groupId'>, callerOrganizationId: string) {
  changes.families.push({ ...family, qualifyingLifeEventId: null });
  changes.webhookEvents.push(...pendingAnnouncement(family, previousStatus?.status ?? null));
  const rows = acknowledgementRows({ ...submission, organizationId: callerOrganizationId, groupId: family.groupId });
  changes.acknowledgements.push(...rows);
  return toAcknowledgement(rows, changes.at);
}

/** personViolations with the request's path in front. */
const personRules = (person: PersonFields, prefix: string): ErrorItem[] =>
  personViolations(person, latestCalendarDate()).map((v) => ({ ...v, parameter: `${prefix}.${v.parameter}`, message: v.message.replace(v.parameter, `${prefix}.${v.parameter}`) }));

/**
 * The same SSN twice in the request, or on someone else of the group (`taken`, loaded with the family):
 * one violation per SSN at fault. `rows` are the rows about to be written, each with its SSN's parameter.
 */
function ssnViolations(taken: Set<string>, rows: Array<{ row: Pick<NewMember, 'ssn_index'>; parameter: string }>): ErrorItem[] {
  const entries = rows.filter((r) => r.row.ssn_index).map((r) => ({ parameter: r.parameter, index: r.row.ssn_index! }));
  const twice = new Set(duplicateSsnParameters(entries));
  return entries
    .filter((e) => twice.has(e.parameter) || taken.has(e.index))
    .map((e) => duplicateSsnViolation(e.parameter, twice.has(e.parameter) ? 'this request' : 'this group'));
}

/** The audit log never holds a full SSN: the sealed value is not a view, and the view masks it. */
export const auditView = (row: MemberRow) => {
  const { ssn_sealed: _sealed, ssn_index: _index, ...rest } = row;
  return rest;
};

function employmentViolations(details: SubscriberUpdate['employment_details'], prefix: string): ErrorItem[] {
  if (details?.end_date && compareDates(details.end_date, details.start_date) < 0) {
    return [{ error_type: 'invalid_request.end_date_before_start_date', message: 'The employment end date is before its start date', parameter: `${prefix}.employment_details.end_date` }];
  }
  return [];
}

function locationViolations(group: { primary_location: unknown; secondary_locations: unknown }, locationId: string | null | undefined): ErrorItem[] {
  if (!locationId) return [];
  const ids = [group.primary_location, ...((group.secondary_locations as unknown[]) ?? [])].map((location) => (location as { id?: string })?.id);
  return ids.includes(locationId) ? [] : [{ error_type: 'unprocessable.location_not_found', message: "location_id is not one of this group's locations", parameter: 'subscriber.location_id' }];
}

const prefixed = (violations: ErrorItem[], prefix: string) => violations.map((v) => ({ ...v, parameter: `${prefix}.${v.parameter}` }));

function duplicateExternalIds(dependents: DependentInput[]): ErrorItem[] {
  const seen = new Set<string>();
  const violations: ErrorItem[] = [];
  dependents.forEach((dependent, index) => {
    if (seen.has(dependent.external_identifier)) {
      violations.push({ error_type: 'invalid_request.duplicate_external_identifier', message: 'Two dependents of this subscriber have the same external_identifier', parameter: `subscriber.dependents[${index}].external_identifier` });
    }
    seen.add(dependent.external_identifier);
  });
  return violations;
}

export async function createSubscriber(context: WriteContext, cipher: PersonalDataCipher, groupId: string, input: SubscriberInput) {
  const subscriberId = newId();
  const dependentInputs = input.dependents ?? [];
  // Built before the group is loaded (the SSNs' blind indexes are part of its load); the group's owner
  // is set on the rows once known.
  const placement = { organizationId: context.caller.organizationId, groupId };
  const built = {
    subscriber: newSubscriberRow(input, { ...placement, id: subscriberId, subscriberId: null }, cipher),
    dependents: dependentInputs.map((dependent) => newDependentRow(dependent, { ...placement, id: newId(), subscriberId }, cipher)),
  };
  const indexes = [built.subscriber, ...built.dependents].map((row) => row.ssn_index).filter((index): index is string => Boolean(index));
  const group = await loadGroupForNewFamily(context.trx, context.caller.organizationId, groupId, indexes);
  if (!group) throw notFound('group');
  const owned = (row: NewMember) => ({ ...row, organization_id: group.organization_id });
  const rows = { subscriber: owned(built.subscriber), dependents: built.dependents.map(owned) };
  const ssnRowsWithParameters = [
    { row: rows.subscriber, parameter: 'subscriber.social_security_number' },
    ...rows.dependents.map((row, i) => ({ row, parameter: `subscriber.dependents[${i}].social_security_number` })),
  ];
  const violations = [
    ...locationViolations(group, input.location_id),
    ...employmentViolations(input.employment_details, 'subscriber'),
    ...personRules(input, 'subscriber'),
    ...dependentInputs.flatMap((dependent, i) => personRules(dependent, `subscriber.dependents[${i}]`)),
    ...prefixed(validateDependentRelationships(rows.dependents.map((row) => memberFacts(row as MemberRow))), 'subscriber'),
    ...duplicateExternalIds(dependentInputs),
    ...ssnViolations(group.takenSsnIndexes, ssnRowsWithParameters),
  ];
  if (violations.length) throw unprocessable(violations);

  const changes = emptyChanges();
  const subscriber = memberRow(rows.subscriber, changes.at);
  const dependents = rows.dependents.map((row) => memberRow(row, changes.at));
  changes.membersInserted.push(subscriber, ...dependents);
  for (const row of [subscriber, ...dependents]) {
    await context.audit({ resource_type: row.subscriber_id ? 'dependent' : 'subscriber', resource_id: row.id, action: 'create', after: auditView(row) });
  }
  const acknowledgement = familyChanged(changes, { subscriberId, organizationId: group.organization_id, groupId }, null, {
    resource_type: 'subscriber',
    resource_id: subscriberId,
    action: 'created',
    people: [subscriber, ...dependents].map((row) => ({ resource_type: row.subscriber_id ? 'dependent' : 'subscriber', resource_id: row.id, member_id: row.id, action: 'created' })),
    coverageItems: [],
  }, context.caller.organizationId);
  await commit(context, changes, { subscriber: 'subscriber.external_identifier', dependent: 'subscriber.dependents', ssnByIndex: ssnParameters(ssnRowsWithParameters.map((r, i) => ({ ...r, parameter: i === 0 ? r.parameter : 'subscriber.dependents' }))) });
  const family: LoadedFamily = { subscriber, dependents, coverages: [], events: [], status: { subscriber_id: subscriberId, organization_id: group.organization_id, group_id: groupId, ...pendingSince(changes.at) }, carrierStatuses: [] };
  return { family, acknowledgement };
}

export async function updateSubscriber(context: WriteContext, cipher: PersonalDataCipher, id: string, input: SubscriberUpdate) {
  const patch = memberPatch(input, cipher);
  const load = await loadFamily(context.trx, context.caller.organizationId, id, { groupLocations: true, ssnIndexes: patch.ssn_index ? [patch.ssn_index as string] : [], ssnExceptId: id });
  if (!load) throw notFound('subscriber');
  const before = load.family.subscriber;
  const ssnRowsWithParameters = [{ row: patch as Pick<NewMember, 'ssn_index'>, parameter: 'subscriber.social_security_number' }];
  const violations = [
    ...locationViolations(load.groupLocations!, input.location_id),
    ...employmentViolations(input.employment_details, 'subscriber'),
    ...personRules(input, 'subscriber'),
    ...ssnViolations(load.takenSsnIndexes, ssnRowsWithParameters),
  ];
  if (violations.length) throw unprocessable(violations);
  const changes = emptyChanges();
  const after = patchedMember(before, patch, changes.at);
  changes.membersUpdated.push(after);
  await context.audit({ resource_type: 'subscriber', resource_id: id, action: 'update', before: auditView(before), after: auditView(after) });
  const acknowledgement = familyChanged(changes, { subscriberId: id, organizationId: before.organization_id, groupId: before.group_id }, load.family.status, {
    resource_type: 'subscriber',
    resource_id: id,
    action: 'updated',
    people: [{ resource_type: 'subscriber', resource_id: id, member_id: id, action: 'updated' }],
    coverageItems: [],
  }, context.caller.organizationId);
  await commit(context, changes, { subscriber: 'subscriber.external_identifier', dependent: 'subscriber.external_identifier', ssnByIndex: ssnParameters(ssnRowsWithParameters) });
  const family = pendingAfter({ ...load.family, subscriber: after }, changes.at);
  return { family, acknowledgement };
}

export async function addDependent(context: WriteContext, cipher: PersonalDataCipher, subscriberId: string, input: DependentInput) {
  const probe = newDependentRow(input, { id: newId(), organizationId: context.caller.organizationId, groupId: '', subscriberId }, cipher);
  const load = await loadFamily(context.trx, context.caller.organizationId, subscriberId, { ssnIndexes: probe.ssn_index ? [probe.ssn_index] : [] });
  if (!load) throw notFound('subscriber');
  const subscriber = load.family.subscriber;
  const row = { ...probe, organization_id: subscriber.organization_id, group_id: subscriber.group_id };
  const family = [...load.family.dependents, row as MemberRow].map(memberFacts);
  const ssnRowsWithParameters = [{ row, parameter: 'dependent.social_security_number' }];
  const violations = [
    ...personRules(input, 'dependent'),
    ...validateDependentRelationships(family)
      .filter((v) => v.parameter.startsWith(`dependents[${family.length - 1}]`))
      .map((v) => ({ ...v, parameter: 'dependent.subscriber_relationship' })),
    ...ssnViolations(load.takenSsnIndexes, ssnRowsWithParameters),
  ];
  if (violations.length) throw unprocessable(violations);
  const changes = emptyChanges();
  const dependent = memberRow(row, changes.at);
  changes.membersInserted.push(dependent);
  await context.audit({ resource_type: 'dependent', resource_id: dependent.id, action: 'create', after: auditView(dependent) });
  const acknowledgement = familyChanged(changes, { subscriberId, organizationId: subscriber.organization_id, groupId: subscriber.group_id }, load.family.status, {
    resource_type: 'dependent',
    resource_id: dependent.id,
    action: 'created',
    people: [{ resource_type: 'dependent', resource_id: dependent.id, member_id: dependent.id, action: 'created' }],
    coverageItems: [],
  }, context.caller.organizationId);
  await commit(context, changes, { subscriber: 'dependent.external_identifier', dependent: 'dependent.external_identifier', ssnByIndex: ssnParameters(ssnRowsWithParameters) });
  return { dependent, coverages: [], acknowledgement };
}

export async function updateDependent(context: WriteContext, cipher: PersonalDataCipher, id: string, input: DependentUpdate) {
  const patch = memberPatch(input, cipher);
  const load = await loadFamilyOfDependent(context.trx, context.caller.organizationId, id, { ssnIndexes: patch.ssn_index ? [patch.ssn_index as string] : [], ssnExceptId: id });
  const before = load?.family.dependents.find((row) => row.id === id);
  if (!load || !before) throw notFound('dependent');
  const ssnRowsWithParameters = [{ row: patch as Pick<NewMember, 'ssn_index'>, parameter: 'dependent.social_security_number' }];
  const own = [...personRules(input, 'dependent'), ...ssnViolations(load.takenSsnIndexes, ssnRowsWithParameters)];
  if (own.length) throw unprocessable(own);
  if (input.subscriber_relationship && input.subscriber_relationship !== before.subscriber_relationship) {
    const family = load.family.dependents.map((row) => (row.id === id ? { ...row, subscriber_relationship: input.subscriber_relationship! } : row));
    const index = family.findIndex((row) => row.id === id);
    // The changed dependent goes last, so a clash is reported against it.
    const ordered = [...family.filter((_, i) => i !== index), family[index]!];
    const violations = validateDependentRelationships(ordered.map(memberFacts))
      .filter((v) => v.parameter.startsWith(`dependents[${ordered.length - 1}]`))
      .map((v) => ({ ...v, parameter: 'dependent.subscriber_relationship' }));
    if (violations.length) throw unprocessable(violations);
  }
  const changes = emptyChanges();
  const after = patchedMember(before, patch, changes.at);
  changes.membersUpdated.push(after);
  await context.audit({ resource_type: 'dependent', resource_id: id, action: 'update', before: auditView(before), after: auditView(after) });
  const subscriber = load.family.subscriber;
  const acknowledgement = familyChanged(changes, { subscriberId: subscriber.id, organizationId: before.organization_id, groupId: before.group_id }, load.family.status, {
    resource_type: 'dependent',
    resource_id: id,
    action: 'updated',
    people: [{ resource_type: 'dependent', resource_id: id, member_id: id, action: 'updated' }],
    coverageItems: [],
  }, context.caller.organizationId);
  await commit(context, changes, { subscriber: 'dependent.external_identifier', dependent: 'dependent.external_identifier', ssnByIndex: ssnParameters(ssnRowsWithParameters) });
  return { dependent: after, coverages: load.family.coverages.filter((row) => row.member_id === id), acknowledgement };
}
