// Who reaches a group's rows: its owner, and organizations holding a live access grant for it.
// The queries say so explicitly (first line); row-level security says it again (second line).
import { sql, type RawBuilder } from 'kysely';

/** A WHERE condition for a table with organization_id (the group's owner) and a group id column. */
export function reachableBy(organizationId: string, table: string, groupColumn = 'group_id'): RawBuilder<boolean> {
  return sql<boolean>`(${sql.ref(`${table}.organization_id`)} = ${organizationId} OR EXISTS (
    SELECT 1 FROM access_grants g
    WHERE g.group_id = ${sql.ref(`${table}.${groupColumn}`)}
      AND g.grantee_organization_id = ${organizationId}
      AND g.revoked_at IS NULL))`;
}
