// Webhook endpoints and their delivery log. The secret is generated here, sealed before it is
// stored, and returned to the caller once.
import { randomBytes } from 'node:crypto';
import type { Selectable } from 'kysely';
import type { Trx } from '../db/database.ts';
import { newId } from '../db/ids.ts';
import type { WebhookDeliveriesTable, WebhookDeliveryAttemptsTable, WebhookEndpointsTable } from '../db/tables.ts';
import type { PersonalDataCipher } from '../security/personal-data-cipher.ts';

export type WebhookEndpointRow = Omit<Selectable<WebhookEndpointsTable>, 'secret_sealed'>;
export type WebhookDeliveryRow = Selectable<WebhookDeliveriesTable>;
export type WebhookAttemptRow = Selectable<WebhookDeliveryAttemptsTable>;

const COLUMNS = ['id', 'organization_id', 'url', 'description', 'events', 'enabled', 'disabled_reason', 'disabled_at', 'created_at', 'updated_at'] as const;

export function generateWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString('base64url')}`;
}

export async function createEndpoint(
  trx: Trx,
  cipher: PersonalDataCipher,
  organizationId: string,
  input: { url: string; events: string[]; description?: string | undefined },
): Promise<{ row: WebhookEndpointRow; secret: string }> {
  const secret = generateWebhookSecret();
  const row = await trx
    .insertInto('webhook_endpoints')
    .values({ id: newId(), organization_id: organizationId, url: input.url, description: input.description ?? '', events: input.events, secret_sealed: cipher.seal(secret), disabled_reason: null, disabled_at: null })
    .returning(COLUMNS)
    .executeTakeFirstOrThrow();
  return { row, secret };
}

export async function listEndpoints(trx: Trx, organizationId: string, limit: number, after?: string): Promise<WebhookEndpointRow[]> {
  let query = trx.selectFrom('webhook_endpoints').select(COLUMNS).where('organization_id', '=', organizationId);
  if (after) query = query.where('id', '>', after);
  return query.orderBy('id').limit(limit).execute();
}

export async function findEndpoint(trx: Trx, organizationId: string, id: string): Promise<WebhookEndpointRow | undefined> {
  return trx.selectFrom('webhook_endpoints').select(COLUMNS).where('organization_id', '=', organizationId).where('id', '=', id).executeTakeFirst();
}

export async function updateEndpoint(
  trx: Trx,
  organizationId: string,
  id: string,
  patch: { url?: string | undefined; events?: string[] | undefined; description?: string | undefined; enabled?: boolean | undefined },
): Promise<WebhookEndpointRow | undefined> {
  const now = new Date();
  return trx
    .updateTable('webhook_endpoints')
    .set({
      ...(patch.url !== undefined ? { url: patch.url } : {}),
      ...(patch.events !== undefined ? { events: patch.events } : {}),
      ...(patch.description !== undefined ? { description: patch.description } : {}),
      ...(patch.enabled === true ? { enabled: true, disabled_reason: null, disabled_at: null } : {}),
      ...(patch.enabled === false ? { enabled: false, disabled_reason: 'Disabled through the API', disabled_at: now } : {}),
      updated_at: now,
    })
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .returning(COLUMNS)
    .executeTakeFirst();
}

/** Deletes the endpoint with its deliveries and their attempts. */
export async function deleteEndpoint(trx: Trx, organizationId: string, id: string): Promise<boolean> {
  const deleted = await trx.deleteFrom('webhook_endpoints').where('organization_id', '=', organizationId).where('id', '=', id).returning('id').executeTakeFirst();
  return Boolean(deleted);
}

/** The delivery an event made: a test ping names one endpoint, so it made exactly one. */
export async function findDeliveryOfEvent(trx: Trx, eventId: string): Promise<Pick<WebhookDeliveryRow, 'id' | 'created_at'>> {
  return trx.selectFrom('webhook_deliveries').select(['id', 'created_at']).where('event_id', '=', eventId).executeTakeFirstOrThrow();
}

/** Newest first: the deliveries of an endpoint, each with its attempts. */
export async function listDeliveries(
  trx: Trx,
  organizationId: string,
  endpointId: string,
  limit: number,
  before?: string,
): Promise<Array<WebhookDeliveryRow & { attemptRows: WebhookAttemptRow[] }>> {
  let query = trx.selectFrom('webhook_deliveries').selectAll().where('organization_id', '=', organizationId).where('endpoint_id', '=', endpointId);
  if (before) query = query.where('id', '<', before);
  const deliveries = await query.orderBy('id', 'desc').limit(limit).execute();
  if (!deliveries.length) return [];
  const attempts = await trx
    .selectFrom('webhook_delivery_attempts')
    .selectAll()
    .where('delivery_id', 'in', deliveries.map((d) => d.id))
    .orderBy('id')
    .execute();
  return deliveries.map((delivery) => ({ ...delivery, attemptRows: attempts.filter((a) => a.delivery_id === delivery.id) }));
}
