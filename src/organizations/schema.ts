import { Type, type Static } from '@sinclair/typebox';
import { SCOPES } from '../security/api-key-secret.ts';
import { NextCursor } from '../http/pagination.ts';
import { Uuid } from '../http/common-schemas.ts';

export const ORGANIZATION_KINDS = ['employer', 'broker', 'administrator', 'partner', 'platform'] as const;
export const OrganizationKind = Type.Union(ORGANIZATION_KINDS.map((kind) => Type.Literal(kind)));
export const ScopeSchema = Type.Union(SCOPES.map((scope) => Type.Literal(scope)));

export const Organization = Type.Object({
  id: Uuid,
  name: Type.String(),
  kind: OrganizationKind,
  created_at: Type.String({ format: 'date-time' }),
});

export const ApiKey = Type.Object({
  id: Uuid,
  name: Type.String(),
  prefix: Type.String({ description: 'The public part of the key: `enr_<prefix>_...`' }),
  scopes: Type.Array(ScopeSchema),
  created_at: Type.String({ format: 'date-time' }),
  last_used_at: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  revoked_at: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
});
export type ApiKey = Static<typeof ApiKey>;

export const CreateApiKeyBody = Type.Object(
  {
    api_key: Type.Object(
      {
        name: Type.String({ minLength: 1, maxLength: 200, examples: ['payroll integration'] }),
        scopes: Type.Array(ScopeSchema, { minItems: 1, uniqueItems: true, examples: [['read', 'write']] }),
      },
      { additionalProperties: false },
    ),
  },
  { additionalProperties: false, examples: [{ api_key: { name: 'payroll integration', scopes: ['read', 'write'] } }] },
);

export const CreatedApiKey = Type.Object({
  api_key: Type.Composite([ApiKey, Type.Object({ key: Type.String({ description: 'The whole key. Shown this once; only its hash is kept.' }) })]),
});

export const AuditEvent = Type.Object({
  id: Type.Integer(),
  api_key_id: Type.Union([Uuid, Type.Null()]),
  occurred_at: Type.String({ format: 'date-time' }),
  resource_type: Type.String(),
  resource_id: Type.String(),
  action: Type.String(),
  before: Type.Unknown(),
  after: Type.Unknown(),
});

export const AuditQuery = Type.Object(
  {
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 100 })),
    cursor: Type.Optional(Type.String({ pattern: '^[0-9]{1,18}$', description: 'next_cursor of the previous page' })),
    resource_id: Type.Optional(Type.String()),
  },
  { additionalProperties: false },
);

export const AuditEventList = Type.Object({ audit_events: Type.Array(AuditEvent), next_cursor: NextCursor });
