// Statements with parameters run as prepared statements of their connection (db/database.ts), and
// writes plan them once (generic plans). One connection serving two organizations in turn must still
// show each only its own rows: the plan PostgreSQL keeps is re-made when the role changes, and the
// organization is read at run time, never planned in.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, sql, type Database } from '../src/db/database.ts';
import { inTenant } from '../src/db/tenant.ts';
import { startTestApp, type TestApp, type Tenant } from './support/test-app.ts';
import { client, createGroup, SUBSCRIBER, type Client } from './support/enrollment-fixtures.ts';
import { onPostgres } from './support/test-database.ts';

let t: TestApp;
let api: Client;
let a: Tenant;
let b: Tenant;
let single: Database;

beforeAll(async () => {
  t = await startTestApp();
  a = await t.tenant({ name: 'Org A' });
  b = await t.tenant({ name: 'Org B' });
  api = client(t, () => a);
  for (const [tenant, last] of [[a, 'Alpha'], [b, 'Bravo']] as const) {
    const group = await createGroup(api, tenant);
    const created = await api.post(`/groups/${group.id}/subscribers`, { subscriber: { ...SUBSCRIBER, last_name: last } }, tenant);
    expect(created.status).toBe(201);
  }
  // One connection for every statement below, so the same prepared statement serves both organizations.
  single = onPostgres ? await openDatabase({ databaseUrl: t.testDb.url!, poolSize: 1 }) : t.testDb.database;
});

afterAll(async () => {
  if (onPostgres) await single.close();
  await t.close();
});

describe('prepared statements and row-level security', () => {
  const lastNames = (organizationId: string, genericPlans: boolean) =>
    inTenant(single.db, organizationId, async (trx) => {
      // Without an organization filter of its own: only row-level security keeps the other's rows out.
      const rows = await trx.selectFrom('members').select('last_name').where('subscriber_id', 'is', null).where('birth_date', '=', SUBSCRIBER.birth_date).execute();
      return [...new Set(rows.map((row) => row.last_name))];
    }, { genericPlans });

  it('shows each organization only its own rows, turn by turn on one connection, with custom and generic plans', async () => {
    for (const genericPlans of [false, true]) {
      // More than five runs: PostgreSQL considers a generic plan after five custom ones.
      for (let i = 0; i < 7; i++) {
        expect(await lastNames(a.organizationId, genericPlans)).toEqual(['Alpha']);
        expect(await lastNames(b.organizationId, genericPlans)).toEqual(['Bravo']);
      }
    }
  });

  it.runIf(onPostgres)('keeps the statement prepared on the connection', async () => {
    await lastNames(a.organizationId, true);
    const prepared = await single.db.connection().execute((c) => sql<{ statement: string }>`SELECT statement FROM pg_prepared_statements WHERE statement LIKE '%birth_date%'`.execute(c));
    expect(prepared.rows.length).toBe(1);
  });
});
