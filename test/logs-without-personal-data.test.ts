// A database error carries the values of the statement that failed (pg's detail "Failing row
// contains (...)", "Key (...)=(...)", PGlite's params, a message quoting the rejected value). Logged
// errors keep what failed — code, message, constraint — and none of the family's data.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/http/app.ts';
import { json } from '../src/db/database.ts';
import { newId } from '../src/db/ids.ts';
import { createLogger } from '../src/logger.ts';
import { scrubErrorMessage, serializeError } from '../src/logged-error.ts';
import { client, createGroup } from './support/enrollment-fixtures.ts';
import { startTestApp, type Tenant, type TestApp } from './support/test-app.ts';

const PERSONAL = {
  first_name: 'Anastasia',
  last_name: 'Quimbyfield',
  birth_date: '1979-04-17',
  ssn: '123-45-6789',
  street: '742 Evergreen Terrace',
};
const PERSONAL_VALUES = Object.values(PERSONAL);

let t: TestApp;
let employer: Tenant;
let groupId: string;

beforeAll(async () => {
  t = await startTestApp();
  employer = await t.tenant();
  groupId = (await createGroup(client(t, () => employer))).id;
});
afterAll(() => t?.close());

/** A logger writing into an array, as the server's writes to standard output. */
function capturedLogger() {
  const lines: string[] = [];
  const logger = createLogger('info', { write: (line: string) => void lines.push(line) });
  return { logger, text: () => lines.join(''), records: () => lines.map((line) => JSON.parse(line)) };
}

/** An insert of a member with personal data in every column, made to fail in the way given. */
async function failingMemberInsert(failure: 'check' | 'unique' | 'bad_date'): Promise<unknown> {
  const db = t.testDb.database.db;
  const row = (id: string) => ({
    id,
    organization_id: employer.organizationId,
    group_id: groupId,
    subscriber_id: null,
    // A dependent without a subscriber breaks the CHECK: the whole row is in the error's detail.
    subscriber_relationship: failure === 'check' ? 'spouse' : 'self',
    external_identifier: PERSONAL.ssn,
    first_name: PERSONAL.first_name,
    last_name: PERSONAL.last_name,
    birth_date: failure === 'bad_date' ? `${PERSONAL.birth_date.slice(0, 5)}13-45 ${PERSONAL.last_name}` : PERSONAL.birth_date,
    residential_address: json({ address_line_1: PERSONAL.street, city: 'Springfield', state: 'IL', zip: '62701' }),
  });
  try {
    if (failure === 'unique') await db.insertInto('members').values(row(newId()) as never).execute();
    await db.insertInto('members').values(row(newId()) as never).execute();
  } catch (error) {
    return error;
  }
  throw new Error('the insert was expected to fail');
}

describe('errors in logs', () => {
  it.each([
    ['a CHECK violation (the failing row in detail)', 'check' as const, '23514', 'violates check constraint'],
    ['a unique violation (Key (...)=(...) in detail)', 'unique' as const, '23505', 'duplicate key value violates unique constraint'],
    ['a malformed date (the value quoted in the message)', 'bad_date' as const, '22007', 'invalid input syntax for type date'],
  ])('log %s with its code and message and without the personal data', async (_label, failure, code, message) => {
    const error = await failingMemberInsert(failure);
    // The raw error does carry the data: this is what must not reach the log.
    expect(JSON.stringify({ ...(error as object), message: (error as Error).message })).toMatch(new RegExp(PERSONAL_VALUES.map((v) => v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')));

    const log = capturedLogger();
    log.logger.error({ err: error }, 'insert failed');
    log.logger.warn({ err: new Error('wrapped', { cause: error }) }, 'insert failed, wrapped');
    for (const value of PERSONAL_VALUES) expect(log.text()).not.toContain(value);
    const [direct, wrapped] = log.records();
    expect(direct.err).toMatchObject({ code, message: expect.stringContaining(message), stack: expect.stringContaining(message) });
    expect(direct.err).not.toHaveProperty('detail');
    expect(direct.err).not.toHaveProperty('params');
    expect(direct.err).not.toHaveProperty('parameters');
    expect(direct.err).not.toHaveProperty('query');
    expect(wrapped.err.cause).toMatchObject({ code, message: expect.stringContaining(message) });
  });

  it("logs a failing insert in a request through the app's error handler: a 500 without the data", async () => {
    const log = capturedLogger();
    const app = await buildApp(t.app.services, { logger: log.logger });
    app.post('/test/failing-insert', { config: { public: true } }, async () => {
      throw await failingMemberInsert('check');
    });
    await app.ready();
    try {
      const res = await app.inject({ method: 'POST', url: '/test/failing-insert', payload: { first_name: PERSONAL.first_name } });
      expect(res.statusCode).toBe(500);
      expect(res.json().errors[0].error_type).toBe('internal_error');
      for (const value of PERSONAL_VALUES) {
        expect(res.body).not.toContain(value);
        expect(log.text()).not.toContain(value);
      }
      const logged = log.records().find((record) => record.msg === 'unhandled error');
      expect(logged?.err).toMatchObject({ code: '23514', message: expect.stringContaining('violates check constraint'), constraint: expect.any(String), table: 'members' });
    } finally {
      await app.close();
    }
  });

  it('scrubs values PostgreSQL quotes in messages, and keeps identifiers', () => {
    expect(scrubErrorMessage('Key (group_id, external_identifier)=(1, 123-45-6789) already exists.')).toBe('Key (group_id, external_identifier)=(…)');
    expect(scrubErrorMessage('invalid input syntax for type uuid: "Quimbyfield"', '22P02')).toBe('invalid input syntax for type uuid');
    expect(scrubErrorMessage('invalid input value for enum kind: "Anastasia"')).toBe('invalid input value for enum kind: "…"');
    expect(scrubErrorMessage('relation "members" does not exist', '42P01')).toBe('relation "members" does not exist');
    expect(serializeError('a string thrown with 123-45-6789')).toEqual({ type: 'string', message: 'a non-Error value was thrown' });
  });
});
