// Subscribers and dependents. Handlers: schema-validated input → one transaction → mapped output.
import { Type } from '@sinclair/typebox';
import type { App } from '../../http/app.ts';
import { notFound } from '../../http/errors.ts';
import { IdParams, DateTime, Uuid } from '../../http/common-schemas.ts';
import { decodeCursor, NextCursor, page } from '../../http/pagination.ts';
import { readAs, readOnce, writeOnce } from '../../http/tenant-transaction.ts';
import { findReachableGroup } from '../groups/store.ts';
import {
  AsOfQuery,
  CreateDependentBody,
  CreateSubscriberBody,
  DependentEnvelope,
  SubscriberEnvelope,
  SubscriberListQuery,
  SubscriberSearchQuery,
  SubscriberStatusLiteral,
  UpdateDependentBody,
  UpdateSubscriberBody,
} from './schema.ts';
import { listSubscribers, searchSubscribers, type SubscriberFilters, type SubscriberSearch } from './store.ts';
import { familyEnvelope, viewOptions } from './subscriber-record.ts';
import { familyOfRow, familyQuery, loadFamilyOfDependent } from '../families/family-store.ts';
import { toDependentView, toCoverage } from './subscriber-view.ts';
import { addDependent, createSubscriber, updateDependent, updateSubscriber } from './subscriber-writes.ts';

const SubscriberSummary = Type.Object({
  id: Uuid,
  group_id: Uuid,
  external_identifier: Type.String(),
  first_name: Type.String(),
  last_name: Type.String(),
  birth_date: Type.Union([Type.String(), Type.Null()]),
  status: SubscriberStatusLiteral,
  status_datetime: DateTime,
});

/** A list's row as the API shows it: a family with no status yet is pending since it was written. */
function toSubscriberSummary(row: SummaryRow) {
  return {
    id: row.id,
    group_id: row.group_id,
    external_identifier: row.external_identifier,
    first_name: row.first_name,
    last_name: row.last_name,
    birth_date: row.birth_date,
    status: row.status ?? 'pending',
    status_datetime: (row.status_at ?? row.updated_at).toISOString(),
  };
}

type SummaryRow = Awaited<ReturnType<typeof listSubscribers>>[number];

export function registerSubscriberRoutes(app: App): void {
  app.post('/groups/:id/subscribers', {
    config: { scope: 'write' },
    schema: {
      tags: ['subscribers'],
      summary: 'Enroll a subscriber (employee), with dependents nested; answers the record and an acknowledgement',
      params: IdParams,
      body: CreateSubscriberBody,
      response: { 201: SubscriberEnvelope },
    },
  }, async (request, reply) =>
    writeOnce(request, reply, async (context) => {
      const { family, acknowledgement } = await createSubscriber(context, request.server.services.cipher, request.params.id, request.body.subscriber);
      return { status: 201, body: { ...familyEnvelope(request, family), acknowledgement } };
    }),
  );

  app.get('/groups/:id/subscribers', {
    config: { scope: 'read' },
    schema: {
      tags: ['subscribers'],
      summary: 'List the subscribers of a group, by status, external_identifier or who was covered on a date',
      params: IdParams,
      querystring: SubscriberListQuery,
      response: { 200: Type.Object({ subscribers: Type.Array(SubscriberSummary), next_cursor: NextCursor }) },
    },
  }, async (request) => {
    const { limit = 100, cursor, ...filters } = request.query;
    const rows = await readAs(request, async (trx) => {
      const group = await findReachableGroup(trx, request.caller.organizationId, request.params.id);
      if (!group) throw notFound('group');
      return listSubscribers(trx, request.caller.organizationId, request.params.id, filters as SubscriberFilters, limit + 1, decodeCursor(cursor));
    });
    const { items, next_cursor } = page(rows, limit);
    return {
      subscribers: items.map(toSubscriberSummary),
      next_cursor,
    };
  });

  app.get('/subscribers', {
    config: { scope: 'read' },
    schema: {
      tags: ['subscribers'],
      summary: 'Find subscribers across every group this organization owns or is granted: by name, external identifier or SSN last four (q), status, group or who was covered on a date',
      querystring: SubscriberSearchQuery,
      response: { 200: Type.Object({ subscribers: Type.Array(SubscriberSummary), next_cursor: NextCursor }) },
    },
  }, async (request) => {
    const { limit = 100, cursor, ...search } = request.query;
    const rows = await readAs(request, (trx) => searchSubscribers(trx, request.caller.organizationId, search as SubscriberSearch, limit + 1, decodeCursor(cursor)));
    const { items, next_cursor } = page(rows, limit);
    return {
      subscribers: items.map(toSubscriberSummary),
      next_cursor,
    };
  });

  app.get('/subscribers/:id', {
    config: { scope: 'read' },
    schema: {
      tags: ['subscribers'],
      summary: "A subscriber's carrier status, record, dependents, coverages and qualifying life events; ?as_of= shows the coverages in force that day",
      params: IdParams,
      querystring: AsOfQuery,
      response: { 200: SubscriberEnvelope },
    },
  }, async (request) =>
    {
      // The record's most frequent read: its transaction and the family's one statement in one round trip.
      const [row] = await readOnce(request, familyQuery(request.caller.organizationId, request.params.id));
      const load = familyOfRow(row);
      if (!load) throw notFound('subscriber');
      return familyEnvelope(request, load.family, request.query.as_of);
    },
  );

  app.put('/subscribers/:id', {
    config: { scope: 'write' },
    schema: {
      tags: ['subscribers'],
      summary: 'Update the fields given (address, name, demographics, employment); the status becomes pending',
      params: IdParams,
      body: UpdateSubscriberBody,
      response: { 200: SubscriberEnvelope },
    },
  }, async (request, reply) =>
    writeOnce(request, reply, async (context) => {
      const { family, acknowledgement } = await updateSubscriber(context, request.server.services.cipher, request.params.id, request.body.subscriber);
      return { status: 200, body: { ...familyEnvelope(request, family), acknowledgement } };
    }, { lockSubscriberId: request.params.id }),
  );

  app.post('/subscribers/:id/dependents', {
    config: { scope: 'write' },
    schema: { tags: ['subscribers'], summary: 'Add a dependent to a subscriber', params: IdParams, body: CreateDependentBody, response: { 201: DependentEnvelope } },
  }, async (request, reply) =>
    writeOnce(request, reply, async (context) => {
      const { dependent, acknowledgement } = await addDependent(context, request.server.services.cipher, request.params.id, request.body.dependent);
      return { status: 201, body: { dependent: toDependentView(dependent, [], viewOptions(request)), acknowledgement } };
    }, { lockSubscriberId: request.params.id }),
  );

  app.get('/dependents/:id', {
    config: { scope: 'read' },
    schema: { tags: ['subscribers'], summary: 'A dependent and its coverages', params: IdParams, querystring: AsOfQuery, response: { 200: DependentEnvelope } },
  }, async (request) =>
    readAs(request, async (trx) => {
      const load = await loadFamilyOfDependent(trx, request.caller.organizationId, request.params.id);
      const dependent = load?.family.dependents.find((row) => row.id === request.params.id);
      if (!load || !dependent) throw notFound('dependent');
      const coverages = load.family.coverages.filter((row) => row.member_id === dependent.id);
      return { dependent: toDependentView(dependent, coverages.map(toCoverage), viewOptions(request, request.query.as_of)) };
    }),
  );

  app.put('/dependents/:id', {
    config: { scope: 'write' },
    schema: { tags: ['subscribers'], summary: "Update the fields given of a dependent; the family's status becomes pending", params: IdParams, body: UpdateDependentBody, response: { 200: DependentEnvelope } },
  }, async (request, reply) =>
    writeOnce(request, reply, async (context) => {
      const { dependent, coverages, acknowledgement } = await updateDependent(context, request.server.services.cipher, request.params.id, request.body.dependent);
      return { status: 200, body: { dependent: toDependentView(dependent, coverages.map(toCoverage), viewOptions(request)), acknowledgement } };
    }, { lockFamilyOfDependentId: request.params.id }),
  );
}
