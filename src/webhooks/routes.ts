// Webhook endpoints: register, read, change, delete, test, and the delivery log. All need the admin
// scope: an endpoint receives news of every subscriber of the organization and holds a signing secret,
// so pointing one somewhere is a privilege like making an API key.
import { Type } from '@sinclair/typebox';
import type { FastifyRequest } from 'fastify';
import type { App } from '../http/app.ts';
import { IdParams } from '../http/common-schemas.ts';
import { ApiError, notFound, unprocessable } from '../http/errors.ts';
import { decodeCursor, NextCursor, page, PageQuery } from '../http/pagination.ts';
import { readAs, writeOnce } from '../http/tenant-transaction.ts';
import { recordEvent, type EventType } from './emit-event.ts';
import { CreatedWebhookEndpoint, CreateWebhookEndpointBody, TestEventAnswer, UpdateWebhookEndpointBody, WebhookDeliveryList, WebhookEndpoint } from './schema.ts';
import { createEndpoint, deleteEndpoint, findDeliveryOfEvent, findEndpoint, listDeliveries, listEndpoints, updateEndpoint, type WebhookAttemptRow, type WebhookDeliveryRow, type WebhookEndpointRow } from './store.ts';
import { checkWebhookUrl } from './url-safety.ts';

const iso = (date: Date | null) => (date ? date.toISOString() : null);

export const toWebhookEndpoint = (row: WebhookEndpointRow): WebhookEndpoint => ({
  id: row.id,
  url: row.url,
  description: row.description,
  events: row.events as WebhookEndpoint['events'],
  enabled: row.enabled,
  disabled_reason: row.disabled_reason,
  disabled_at: iso(row.disabled_at),
  created_at: row.created_at.toISOString(),
  updated_at: row.updated_at.toISOString(),
});

const toWebhookDelivery = (row: WebhookDeliveryRow & { attemptRows: WebhookAttemptRow[] }) => ({
  id: row.id,
  event_id: row.event_id,
  event_type: row.event_type as EventType,
  status: row.status,
  attempt_count: row.attempts,
  next_attempt_at: row.status === 'pending' ? row.next_attempt_at.toISOString() : null,
  last_error: row.last_error,
  created_at: row.created_at.toISOString(),
  delivered_at: iso(row.delivered_at),
  attempts: row.attemptRows.map((a) => ({ attempted_at: a.attempted_at.toISOString(), http_status: a.http_status, latency_ms: a.latency_ms, error: a.error })),
});

/** Checked before the transaction: a DNS lookup must not hold the database connection. */
async function assertCallable(request: FastifyRequest, url: string): Promise<void> {
  const problem = await checkWebhookUrl(url, { allowPrivate: request.server.services.config.allowPrivateWebhookUrls ?? false });
  if (!problem) return;
  if (problem.kind === 'invalid') throw new ApiError(400, [{ error_type: 'invalid_request.parameter_invalid', message: problem.message, parameter: 'webhook_endpoint.url' }]);
  throw unprocessable([{ error_type: 'unprocessable.webhook_url_refused', message: problem.message, parameter: 'webhook_endpoint.url' }]);
}

export function registerWebhookRoutes(app: App): void {
  const tags = ['webhooks'];

  app.post('/webhook_endpoints', {
    config: { scope: 'admin' },
    schema: { tags, summary: 'Register a webhook endpoint; its signing secret is shown once', body: CreateWebhookEndpointBody, response: { 201: CreatedWebhookEndpoint } },
  }, async (request, reply) => {
    await assertCallable(request, request.body.webhook_endpoint.url);
    return writeOnce(request, reply, async ({ trx, caller, audit }) => {
      const { row, secret } = await createEndpoint(trx, request.server.services.cipher, caller.organizationId, request.body.webhook_endpoint);
      await audit({ resource_type: 'webhook_endpoint', resource_id: row.id, action: 'create', after: toWebhookEndpoint(row) });
      return { status: 201, body: { webhook_endpoint: { ...toWebhookEndpoint(row), secret } } };
    });
  });

  app.get('/webhook_endpoints', {
    config: { scope: 'admin' },
    schema: { tags, summary: 'The webhook endpoints of this organization (never their secrets)', querystring: PageQuery, response: { 200: Type.Object({ webhook_endpoints: Type.Array(WebhookEndpoint), next_cursor: NextCursor }) } },
  }, async (request) => {
    const limit = request.query.limit ?? 100;
    const rows = await readAs(request, (trx) => listEndpoints(trx, request.caller.organizationId, limit + 1, decodeCursor(request.query.cursor)));
    const { items, next_cursor } = page(rows, limit);
    return { webhook_endpoints: items.map(toWebhookEndpoint), next_cursor };
  });

  app.get('/webhook_endpoints/:id', {
    config: { scope: 'admin' },
    schema: { tags, summary: 'One webhook endpoint (never its secret)', params: IdParams, response: { 200: Type.Object({ webhook_endpoint: WebhookEndpoint }) } },
  }, async (request) => {
    const row = await readAs(request, (trx) => findEndpoint(trx, request.caller.organizationId, request.params.id));
    if (!row) throw notFound('webhook endpoint');
    return { webhook_endpoint: toWebhookEndpoint(row) };
  });

  app.put('/webhook_endpoints/:id', {
    config: { scope: 'admin' },
    schema: { tags, summary: 'Change a webhook endpoint’s URL, events or description, or enable or disable it', params: IdParams, body: UpdateWebhookEndpointBody, response: { 200: Type.Object({ webhook_endpoint: WebhookEndpoint }) } },
  }, async (request, reply) => {
    const patch = request.body.webhook_endpoint;
    if (patch.url !== undefined) await assertCallable(request, patch.url);
    return writeOnce(request, reply, async ({ trx, caller, audit }) => {
      const before = await findEndpoint(trx, caller.organizationId, request.params.id);
      if (!before) throw notFound('webhook endpoint');
      const row = (await updateEndpoint(trx, caller.organizationId, request.params.id, patch))!;
      await audit({ resource_type: 'webhook_endpoint', resource_id: row.id, action: 'update', before: toWebhookEndpoint(before), after: toWebhookEndpoint(row) });
      return { status: 200, body: { webhook_endpoint: toWebhookEndpoint(row) } };
    });
  });

  app.delete('/webhook_endpoints/:id', {
    config: { scope: 'admin' },
    schema: { tags, summary: 'Delete a webhook endpoint, its pending deliveries and its delivery log', params: IdParams, response: { 204: Type.Null({ description: 'Deleted' }) } },
  }, async (request, reply) =>
    writeOnce(request, reply, async ({ trx, caller, audit }) => {
      const before = await findEndpoint(trx, caller.organizationId, request.params.id);
      if (!before) throw notFound('webhook endpoint');
      await deleteEndpoint(trx, caller.organizationId, request.params.id);
      await audit({ resource_type: 'webhook_endpoint', resource_id: before.id, action: 'delete', before: toWebhookEndpoint(before) });
      return { status: 204, body: null };
    }),
  );

  app.post('/webhook_endpoints/:id/test', {
    config: { scope: 'admin' },
    schema: {
      tags,
      summary: 'Send a test.ping event to this endpoint (delivered by the worker like any event; see its deliveries)',
      params: IdParams,
      response: { 202: TestEventAnswer },
    },
  }, async (request, reply) =>
    writeOnce(request, reply, async ({ trx, caller, audit }) => {
      const endpoint = await findEndpoint(trx, caller.organizationId, request.params.id);
      if (!endpoint) throw notFound('webhook endpoint');
      if (!endpoint.enabled) {
        throw unprocessable([{ error_type: 'unprocessable.webhook_endpoint_disabled', message: `The endpoint is disabled (${endpoint.disabled_reason ?? 'no reason given'}); enable it first`, parameter: 'webhook_endpoint.enabled' }]);
      }
      const event = await recordEvent(trx, {
        organizationId: caller.organizationId,
        type: 'test.ping',
        data: { object: 'webhook_endpoint', id: endpoint.id, status: null, previous_status: null },
        endpointId: endpoint.id,
      });
      const delivery = await findDeliveryOfEvent(trx, event.id);
      await audit({ resource_type: 'webhook_endpoint', resource_id: endpoint.id, action: 'test', after: { event_id: event.id } });
      return { status: 202, body: { event: { id: event.id, type: 'test.ping' as const, created_at: delivery.created_at.toISOString() }, webhook_delivery_id: delivery.id } };
    }),
  );

  app.get('/webhook_endpoints/:id/deliveries', {
    config: { scope: 'admin' },
    schema: { tags, summary: 'The deliveries to this endpoint, newest first, each with every attempt: time, HTTP status, latency, error', params: IdParams, querystring: PageQuery, response: { 200: WebhookDeliveryList } },
  }, async (request) => {
    const limit = request.query.limit ?? 100;
    const before = decodeCursor(request.query.cursor);
    const rows = await readAs(request, async (trx) => {
      if (!(await findEndpoint(trx, request.caller.organizationId, request.params.id))) throw notFound('webhook endpoint');
      return listDeliveries(trx, request.caller.organizationId, request.params.id, limit + 1, before);
    });
    const { items, next_cursor } = page(rows, limit);
    return { webhook_deliveries: items.map(toWebhookDelivery), next_cursor };
  });
}
