// Creating and changing subscribers and dependents, each in the caller's one write transaction:
// rules first (nothing written when one fails), then the rows, the family's status, the
// acknowledgement and the audit events.
import { newId } from '../../db/ids.ts';
import { conflict, notFound, unprocessable, type ErrorItem } from '../../http/errors.ts';
import type { WriteContext } from '../../http/tenant-transaction.ts';
import type { PersonalDataCipher } from '../../security/personal-data-cipher.ts';
import { validateDependentRelationships } from '../dependent-rules.ts';
import { reachableBy } from '../group-access.ts';
import { recordAcknowledgement } from '../acknowledgements/store.ts';
import { memberFacts } from './family-facts.ts';
import { memberPatch, newDependentRow, newSubscriberRow } from './member-input.ts';
import type { DependentInput, DependentUpdate, SubscriberInput, SubscriberUpdate } from './schema.ts';
import { findDependent, findSubscriber, insertMembers, listDependents, takenSsnIndexes, updateMember, type MemberRow, type NewMember } from './store.ts';
import { markChanged } from './subscriber-status-store.ts';
import { compareDates } from '../dates.ts';
import { duplicateSsnParameters, duplicateSsnViolation, latestCalendarDate, personViolations, type PersonFields } from '../person-rules.ts';

const UNIQUE_VIOLATION = '23505';
const SSN_INDEX = 'members_group_ssn_index';

/**
 * A taken external_identifier is a 409 naming the field, not a 500; an SSN taken meanwhile (by a
 * request that committed between our check and our write) a 422 like the check's.
 */
async function uniqueExternalIdentifier<T>(parameter: string, work: () => Promise<T>, ssnParameter = parameter.replace(/external_identifier$/, 'social_security_number')): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if ((error as { code?: string }).code === UNIQUE_VIOLATION) {
      if ((error as { constraint?: string }).constraint === SSN_INDEX) throw unprocessable([duplicateSsnViolation(ssnParameter)]);
      throw conflict('external_identifier_taken', 'Another record of this group (or subscriber) already has this external_identifier', parameter);
    }
    throw error;
  }
}

/** personViolations with the request's path in front. */
const personRules = (person: PersonFields, prefix: string): ErrorItem[] =>
  personViolations(person, latestCalendarDate()).map((v) => ({ ...v, parameter: `${prefix}.${v.parameter}`, message: v.message.replace(v.parameter, `${prefix}.${v.parameter}`) }));

/**
 * The same SSN twice in the request, or on someone else of the group: one violation per SSN at fault.
 * `rows` are the rows about to be written, each with the parameter its SSN came from.
 */
async function ssnViolations(context: WriteContext, groupId: string, rows: Array<{ row: Pick<NewMember, 'ssn_index'>; parameter: string }>, exceptId?: string): Promise<ErrorItem[]> {
  const entries = rows.filter((r) => r.row.ssn_index).map((r) => ({ parameter: r.parameter, index: r.row.ssn_index! }));
  const twice = new Set(duplicateSsnParameters(entries));
  const taken = await takenSsnIndexes(context.trx, groupId, entries.map((e) => e.index), exceptId);
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

async function groupLocations(context: WriteContext, groupId: string) {
  return context.trx
    .selectFrom('groups')
    .select(['id', 'organization_id', 'primary_location', 'secondary_locations'])
    .where('id', '=', groupId)
    .where(reachableBy(context.caller.organizationId, 'groups', 'id'))
    .executeTakeFirst();
}

function locationViolations(group: { primary_location: unknown; secondary_locations: unknown }, locationId: string | null | undefined): ErrorItem[] {
  if (!locationId) return [];
  const ids = [group.primary_location, ...((group.secondary_locations as unknown[]) ?? [])].map((location) => (location as { id?: string })?.id);
  return ids.includes(locationId) ? [] : [{ error_type: 'unprocessable.location_not_found', message: "location_id is not one of this group's locations", parameter: 'subscriber.location_id' }];
}

const prefixed = (violations: ErrorItem[], prefix: string) => violations.map((v) => ({ ...v, parameter: `${prefix}.${v.parameter}` }));

export async function createSubscriber(context: WriteContext, cipher: PersonalDataCipher, groupId: string, input: SubscriberInput) {
  const group = await groupLocations(context, groupId);
  if (!group) throw notFound('group');
  const subscriberId = newId();
  const placement = { organizationId: group.organization_id, groupId };
  const dependentRows = (input.dependents ?? []).map((dependent) => newDependentRow(dependent, { ...placement, id: newId(), subscriberId }, cipher));
  const subscriberRow = newSubscriberRow(input, { ...placement, id: subscriberId, subscriberId: null }, cipher);
  const violations = [
    ...locationViolations(group, input.location_id),
    ...employmentViolations(input.employment_details, 'subscriber'),
    ...personRules(input, 'subscriber'),
    ...(input.dependents ?? []).flatMap((dependent, i) => personRules(dependent, `subscriber.dependents[${i}]`)),
    ...prefixed(validateDependentRelationships(dependentRows.map((row) => memberFacts(row as MemberRow))), 'subscriber'),
    ...duplicateExternalIds(input.dependents ?? []),
    ...(await ssnViolations(context, groupId, [
      { row: subscriberRow, parameter: 'subscriber.social_security_number' },
      ...dependentRows.map((row, i) => ({ row, parameter: `subscriber.dependents[${i}].social_security_number` })),
    ])),
  ];
  if (violations.length) throw unprocessable(violations);

  const [subscriber] = await uniqueExternalIdentifier('subscriber.external_identifier', () => insertMembers(context.trx, [subscriberRow]));
  const dependents = await uniqueExternalIdentifier('subscriber.dependents', () => insertMembers(context.trx, dependentRows), 'subscriber.dependents');
  await markChanged(context.trx, { subscriberId, organizationId: group.organization_id, groupId });
  for (const row of [subscriber!, ...dependents]) {
    await context.audit({ resource_type: row.subscriber_id ? 'dependent' : 'subscriber', resource_id: row.id, action: 'create', after: auditView(row) });
  }
  const acknowledgement = await recordAcknowledgement(context.trx, {
    organizationId: context.caller.organizationId,
    groupId,
    resource_type: 'subscriber',
    resource_id: subscriberId,
    action: 'created',
    people: [subscriber!, ...dependents].map((row) => ({ resource_type: row.subscriber_id ? 'dependent' : 'subscriber', resource_id: row.id, member_id: row.id, action: 'created' })),
    coverageItems: [],
  });
  return { subscriber: subscriber!, acknowledgement };
}

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

export async function updateSubscriber(context: WriteContext, cipher: PersonalDataCipher, id: string, input: SubscriberUpdate) {
  const before = await findSubscriber(context.trx, context.caller.organizationId, id, true);
  if (!before) throw notFound('subscriber');
  const group = (await groupLocations(context, before.group_id))!;
  const details = input.employment_details;
  const patch = memberPatch(input, cipher);
  const violations = [
    ...locationViolations(group, input.location_id),
    ...employmentViolations(details, 'subscriber'),
    ...personRules(input, 'subscriber'),
    ...(await ssnViolations(context, before.group_id, [{ row: patch, parameter: 'subscriber.social_security_number' }], id)),
  ];
  if (violations.length) throw unprocessable(violations);
  const after = await uniqueExternalIdentifier('subscriber.external_identifier', () => updateMember(context.trx, id, patch));
  await markChanged(context.trx, { subscriberId: id, organizationId: before.organization_id, groupId: before.group_id });
  await context.audit({ resource_type: 'subscriber', resource_id: id, action: 'update', before: auditView(before), after: auditView(after) });
  const acknowledgement = await recordAcknowledgement(context.trx, {
    organizationId: context.caller.organizationId,
    groupId: before.group_id,
    resource_type: 'subscriber',
    resource_id: id,
    action: 'updated',
    people: [{ resource_type: 'subscriber', resource_id: id, member_id: id, action: 'updated' }],
    coverageItems: [],
  });
  return { subscriber: after, acknowledgement };
}

export async function addDependent(context: WriteContext, cipher: PersonalDataCipher, subscriberId: string, input: DependentInput) {
  const subscriber = await findSubscriber(context.trx, context.caller.organizationId, subscriberId, true);
  if (!subscriber) throw notFound('subscriber');
  const existing = await listDependents(context.trx, subscriberId);
  const row = newDependentRow(input, { id: newId(), organizationId: subscriber.organization_id, groupId: subscriber.group_id, subscriberId }, cipher);
  const family = [...existing, row as MemberRow].map(memberFacts);
  const violations = [
    ...personRules(input, 'dependent'),
    ...validateDependentRelationships(family)
      .filter((v) => v.parameter.startsWith(`dependents[${family.length - 1}]`))
      .map((v) => ({ ...v, parameter: 'dependent.subscriber_relationship' })),
    ...(await ssnViolations(context, subscriber.group_id, [{ row, parameter: 'dependent.social_security_number' }])),
  ];
  if (violations.length) throw unprocessable(violations);
  const [dependent] = await uniqueExternalIdentifier('dependent.external_identifier', () => insertMembers(context.trx, [row]));
  await markChanged(context.trx, { subscriberId, organizationId: subscriber.organization_id, groupId: subscriber.group_id });
  await context.audit({ resource_type: 'dependent', resource_id: dependent!.id, action: 'create', after: auditView(dependent!) });
  const acknowledgement = await recordAcknowledgement(context.trx, {
    organizationId: context.caller.organizationId,
    groupId: subscriber.group_id,
    resource_type: 'dependent',
    resource_id: dependent!.id,
    action: 'created',
    people: [{ resource_type: 'dependent', resource_id: dependent!.id, member_id: dependent!.id, action: 'created' }],
    coverageItems: [],
  });
  return { dependent: dependent!, acknowledgement };
}

export async function updateDependent(context: WriteContext, cipher: PersonalDataCipher, id: string, input: DependentUpdate) {
  const before = await findDependent(context.trx, context.caller.organizationId, id);
  if (!before) throw notFound('dependent');
  await findSubscriber(context.trx, context.caller.organizationId, before.subscriber_id!, true);
  const patch = memberPatch(input, cipher);
  const own = [...personRules(input, 'dependent'), ...(await ssnViolations(context, before.group_id, [{ row: patch, parameter: 'dependent.social_security_number' }], id))];
  if (own.length) throw unprocessable(own);
  if (input.subscriber_relationship && input.subscriber_relationship !== before.subscriber_relationship) {
    const family = (await listDependents(context.trx, before.subscriber_id!)).map((row) => (row.id === id ? { ...row, subscriber_relationship: input.subscriber_relationship! } : row));
    const index = family.findIndex((row) => row.id === id);
    // The changed dependent goes last, so a clash is reported against it.
    const ordered = [...family.filter((_, i) => i !== index), family[index]!];
    const violations = validateDependentRelationships(ordered.map(memberFacts))
      .filter((v) => v.parameter.startsWith(`dependents[${ordered.length - 1}]`))
      .map((v) => ({ ...v, parameter: 'dependent.subscriber_relationship' }));
    if (violations.length) throw unprocessable(violations);
  }
  const after = await uniqueExternalIdentifier('dependent.external_identifier', () => updateMember(context.trx, id, patch));
  await markChanged(context.trx, { subscriberId: before.subscriber_id!, organizationId: before.organization_id, groupId: before.group_id });
  await context.audit({ resource_type: 'dependent', resource_id: id, action: 'update', before: auditView(before), after: auditView(after) });
  const acknowledgement = await recordAcknowledgement(context.trx, {
    organizationId: context.caller.organizationId,
    groupId: before.group_id,
    resource_type: 'dependent',
    resource_id: id,
    action: 'updated',
    people: [{ resource_type: 'dependent', resource_id: id, member_id: id, action: 'updated' }],
    coverageItems: [],
  });
  return { dependent: after, acknowledgement };
}
