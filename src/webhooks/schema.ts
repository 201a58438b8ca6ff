import { Type, type Static } from '@sinclair/typebox';
import { DateTime, Nullable, Uuid } from '../http/common-schemas.ts';
import { NextCursor } from '../http/pagination.ts';
import { EVENT_TYPES, SUBSCRIBABLE_EVENT_TYPES } from './emit-event.ts';

export const SubscribableEventType = Type.Union(SUBSCRIBABLE_EVENT_TYPES.map((type) => Type.Literal(type)), { description: 'An event type an endpoint can subscribe to' });
export const EventType = Type.Union(EVENT_TYPES.map((type) => Type.Literal(type)));

const Url = Type.String({
  format: 'uri',
  maxLength: 2048,
  description: 'Where events are POSTed. https:// in production; http:// is accepted (for local development). Addresses in private networks are refused unless the server allows them.',
  examples: ['https://platform.example.com/hooks/open-enrollment'],
});
const Events = Type.Array(SubscribableEventType, { minItems: 1, uniqueItems: true, examples: [['subscriber.status_changed', 'carrier_error.created']] });
const Description = Type.String({ maxLength: 500, examples: ['Status sync for the payroll platform'] });

export const WebhookEndpoint = Type.Object({
  id: Uuid,
  url: Type.String(),
  description: Type.String(),
  events: Type.Array(SubscribableEventType),
  enabled: Type.Boolean({ description: 'false when turned off through the API or disabled automatically after days of failed deliveries' }),
  disabled_reason: Nullable(Type.String()),
  disabled_at: Nullable(DateTime),
  created_at: DateTime,
  updated_at: DateTime,
});
export type WebhookEndpoint = Static<typeof WebhookEndpoint>;

export const CreateWebhookEndpointBody = Type.Object(
  { webhook_endpoint: Type.Object({ url: Url, events: Events, description: Type.Optional(Description) }, { additionalProperties: false }) },
  { additionalProperties: false, examples: [{ webhook_endpoint: { url: 'https://platform.example/hooks/enrollment', events: ['subscriber.status_changed', 'carrier_error.created'], description: 'Enrollment status for our HR platform' } }] },
);
export type CreateWebhookEndpointBody = Static<typeof CreateWebhookEndpointBody>;

export const UpdateWebhookEndpointBody = Type.Object(
  {
    webhook_endpoint: Type.Object(
      {
        url: Type.Optional(Url),
        events: Type.Optional(Events),
        description: Type.Optional(Description),
        enabled: Type.Optional(Type.Boolean({ description: 'true re-enables a disabled endpoint; its pending deliveries resume' })),
      },
      { additionalProperties: false, minProperties: 1 },
    ),
  },
  { additionalProperties: false, examples: [{ webhook_endpoint: { enabled: true } }] },
);
export type UpdateWebhookEndpointBody = Static<typeof UpdateWebhookEndpointBody>;

export const CreatedWebhookEndpoint = Type.Object({
  webhook_endpoint: Type.Composite([
    WebhookEndpoint,
    Type.Object({ secret: Type.String({ description: 'The signing secret. Shown this once; keep it to verify Open-Enrollment-Signature.' }) }),
  ]),
});

export const WebhookAttempt = Type.Object({
  attempted_at: DateTime,
  http_status: Nullable(Type.Integer({ description: 'The receiver’s HTTP status; null when no answer came (timeout, refused, connection error)' })),
  latency_ms: Type.Integer(),
  error: Nullable(Type.String({ description: 'Why the attempt failed; null on a 2xx' })),
});

export const WebhookDelivery = Type.Object({
  id: Uuid,
  event_id: Uuid,
  event_type: EventType,
  status: Type.Union([Type.Literal('pending'), Type.Literal('succeeded'), Type.Literal('failed')]),
  attempt_count: Type.Integer(),
  next_attempt_at: Nullable(DateTime),
  last_error: Nullable(Type.String()),
  created_at: DateTime,
  delivered_at: Nullable(DateTime),
  attempts: Type.Array(WebhookAttempt, { description: 'Every attempt, oldest first' }),
});

export const WebhookDeliveryList = Type.Object({ webhook_deliveries: Type.Array(WebhookDelivery), next_cursor: NextCursor });

export const TestEventAnswer = Type.Object({
  event: Type.Object({ id: Uuid, type: Type.Literal('test.ping'), created_at: DateTime }),
  webhook_delivery_id: Uuid,
});
