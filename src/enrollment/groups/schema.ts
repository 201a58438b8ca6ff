// Groups (employers enrolled through us), their locations, and the access grants that let a broker,
// administrator, partner or platform reach a group it does not own.
import { Type, type Static } from '@sinclair/typebox';
import { AddressFields, DateTime, Uuid } from '../../http/common-schemas.ts';
import { NextCursor } from '../../http/pagination.ts';

export const GROUP_STATUSES = ['active', 'inactive', 'terminated'] as const;
export type GroupStatus = (typeof GROUP_STATUSES)[number];
// No schema `default`: the validator fills defaults in, and on an update that would reset the field.
const GroupStatus = Type.Union(GROUP_STATUSES.map((status) => Type.Literal(status)), { description: 'active when a group is created without one' });

/** Organization kinds that act for employers and so may be granted a group (an employer may not). */
export const GRANTEE_KINDS = ['broker', 'administrator', 'partner', 'platform'] as const;

export const Employer = Type.Object(
  {
    organization_name: Type.String({ minLength: 1, maxLength: 60, examples: ['Acme Widgets, Inc.'] }),
    // The 834 sponsor (N1*P5) carries it as 9 digits; the dash is accepted as people write it.
    fein: Type.String({ pattern: '^[0-9]{2}-?[0-9]{7}$', description: 'Federal EIN, 9 digits, optionally 12-3456789', examples: ['12-3456789'] }),
  },
  { additionalProperties: false },
);
export type Employer = Static<typeof Employer>;

const LocationName = Type.String({ minLength: 1, maxLength: 60, examples: ['Headquarters'] });

/** A location as a client sends it: `id` only to keep an existing location's id across an update. */
export const LocationInput = Type.Object(
  {
    id: Type.Optional(Type.String({ ...Uuid, description: "An existing location's id, sent back on update to keep it" })),
    name: Type.Optional(LocationName),
    ...AddressFields,
  },
  { additionalProperties: false },
);
export type LocationInput = Static<typeof LocationInput>;

export const Location = Type.Object({ id: Uuid, name: Type.Optional(LocationName), ...AddressFields });
export type Location = Static<typeof Location>;

const groupFields = {
  external_identifier: Type.String({ minLength: 1, maxLength: 100, description: "The client's own id for the group, unique per organization", examples: ['acme-001'] }),
  name: Type.String({ minLength: 1, maxLength: 60, examples: ['Acme Widgets'] }),
  employer: Employer,
  primary_location: LocationInput,
  secondary_locations: Type.Array(LocationInput, { maxItems: 500 }),
  status: GroupStatus,
};

const exampleLocation = { name: 'Headquarters', address_line_1: '100 Main St', city: 'Springfield', state: 'IL', zip: '62701' };
const exampleGroup = {
  external_identifier: 'acme-001',
  name: 'Acme Widgets',
  employer: { organization_name: 'Acme Widgets, Inc.', fein: '12-3456789' },
  primary_location: exampleLocation,
  secondary_locations: [{ name: 'Warehouse', address_line_1: '2 Dock Rd', city: 'Peoria', state: 'IL', zip: '61602' }],
};

export const CreateGroupBody = Type.Object(
  {
    group: Type.Object(
      {
        external_identifier: groupFields.external_identifier,
        // Ideon's group body has no name: the employer's name stands in for it.
        name: Type.Optional({ ...groupFields.name, description: "Defaults to employer.organization_name (Ideon's group body has no name)" }),
        employer: groupFields.employer,
        primary_location: groupFields.primary_location,
        secondary_locations: Type.Optional(groupFields.secondary_locations),
        status: Type.Optional(groupFields.status),
      },
      { additionalProperties: false },
    ),
  },
  { additionalProperties: false, examples: [{ group: exampleGroup }] },
);
export type CreateGroupBody = Static<typeof CreateGroupBody>;

export const UpdateGroupBody = Type.Object(
  {
    group: Type.Partial(Type.Object(groupFields, { additionalProperties: false }), {
      additionalProperties: false,
      minProperties: 1,
      description: 'Only the fields given change; a location sent with its id keeps that id',
    }),
  },
  { additionalProperties: false, examples: [{ group: { name: 'Acme Widgets Holdings', status: 'active' } }] },
);
export type UpdateGroupBody = Static<typeof UpdateGroupBody>;

export const Group = Type.Object({
  id: Uuid,
  external_identifier: Type.String(),
  name: Type.String(),
  employer: Employer,
  primary_location: Location,
  secondary_locations: Type.Array(Location),
  status: Type.Union(GROUP_STATUSES.map((status) => Type.Literal(status))),
  created_at: DateTime,
  updated_at: DateTime,
});
export type Group = Static<typeof Group>;

export const GroupAnswer = Type.Object({ group: Group });
export const GroupList = Type.Object({ groups: Type.Array(Group), next_cursor: NextCursor });

export const AccessGrant = Type.Object({
  id: Uuid,
  group_id: Uuid,
  organization_id: Type.String({ ...Uuid, description: 'The organization granted access' }),
  created_at: DateTime,
  revoked_at: Type.Union([DateTime, Type.Null()]),
});
export type AccessGrant = Static<typeof AccessGrant>;

export const CreateAccessGrantBody = Type.Object(
  {
    access_grant: Type.Object(
      { organization_id: Type.String({ ...Uuid, description: 'A broker, administrator, partner or platform organization' }) },
      { additionalProperties: false },
    ),
  },
  { additionalProperties: false, examples: [{ access_grant: { organization_id: '0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80' } }] },
);
export type CreateAccessGrantBody = Static<typeof CreateAccessGrantBody>;

export const AccessGrantAnswer = Type.Object({ access_grant: AccessGrant });
export const AccessGrantList = Type.Object({ access_grants: Type.Array(AccessGrant), next_cursor: NextCursor });
export const AccessGrantParams = Type.Object({ id: Uuid, grant_id: Uuid }, { additionalProperties: false });
