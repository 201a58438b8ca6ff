// The `enroll` command as a process: exit codes, and output without a terminal (plain progress
// lines, no escape codes). The data is set up through the API on the same database first.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../src/db/database.ts';
import { migrate } from '../src/db/migrate.ts';
import { buildApp } from '../src/http/app.ts';
import { createCipher } from '../src/security/personal-data-cipher.ts';
import { createApiKey, createOrganization } from '../src/organizations/store.ts';
import { read834 } from '../src/carriers/x12/index.ts';
import { censusText } from '../src/imports/census/testing/generate-census.ts';
import { x12Text } from '../src/imports/x12/testing/generate-834.ts';
import { runEnroll } from './support/server-process.ts';
import { createTestDatabase, onPostgres, type TestDatabase } from './support/test-database.ts';

let dir: string;
let env: Record<string, string>;
let testDb: TestDatabase | undefined;
let ids: { group: string; period: string };
const year = 2026;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'oe-cli-'));
  const key = randomBytes(32).toString('hex');
  let database;
  if (onPostgres) {
    testDb = await createTestDatabase();
    env = { DATABASE_URL: testDb.url!, ENROLL_ENCRYPTION_KEY: key };
    database = testDb.database;
  } else {
    env = { DATABASE_URL: '', ENROLL_DATA_DIR: path.join(dir, 'data'), ENROLL_ENCRYPTION_KEY: key };
    database = await openDatabase({ dataDir: env.ENROLL_DATA_DIR });
    await migrate(database);
  }
  const app = await buildApp({ db: database.db, databaseKind: database.kind, cipher: createCipher(Buffer.from(key, 'hex')), config: { bodyLimit: 1 << 20, uploadDir: dir } });
  const org = await createOrganization(database.db, 'CLI Employer', 'employer');
  const { key: apiKey } = await createApiKey(database.db, org.id, 'cli', ['read', 'write', 'pii', 'admin']);
  const post = async (url: string, payload: object) => {
    const res = await app.inject({ method: 'POST', url, headers: { authorization: `Bearer ${apiKey}` }, payload });
    expect(res.statusCode, res.body).toBe(201);
    return res.json();
  };
  const carrier = (await post('/carriers', { carrier: { name: 'CLI Health', payer_identifier: '123456789', interchange: { sender_qualifier: 'ZZ', sender_id: 'OPENENROLL', receiver_qualifier: 'ZZ', receiver_id: 'CLIHEALTH' }, connection: { type: 'sandbox' } } })).carrier;
  const group = (await post('/groups', { group: { external_identifier: 'CLI', name: 'CLI Corp', employer: { organization_name: 'CLI Corp', fein: '123456789' }, primary_location: { address_line_1: '1 Main St', city: 'Springfield', state: 'IL', zip: '62701' } } })).group;
  const period = (await post(`/groups/${group.id}/coverage_periods`, { coverage_period: { carrier_id: carrier.id, carrier_group_number: 'G-CLI', coverage_start_date: `${year}-01-01`, coverage_end_date: `${year}-12-31` } })).coverage_period;
  await post(`/coverage_periods/${period.id}/plans`, { plan: { external_identifier: 'MED', description: 'Medical', product_line: 'medical', plan_identifier: 'MEDPPO' } });
  ids = { group: group.id, period: period.id };
  await app.close();
  if (!onPostgres) await database.close();
}, 90_000);
afterAll(async () => {
  await testDb?.drop();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('enroll import census', () => {
  it('imports a file, printing plain progress lines when not on a terminal, and exits 0', async () => {
    const file = path.join(dir, 'census.csv');
    fs.writeFileSync(file, censusText({ subscribers: 300, coverageStartDate: `${year}-01-01`, plans: { medical: 'MED' } }));
    const run = runEnroll(['import', 'census', file, '--group', ids.group, '--coverage-period', ids.period], env);
    expect(await run.exited, run.output()).toBe(0);
    const output = run.output();
    expect(output).toMatch(/census: [\d,]+\/[\d,]+ rows, [\d,]+ rows\/s/);
    expect(output).toMatch(/completed: \d+ rows; families created 300, changed 0, unchanged 0, terminated 0/);
    expect(output).not.toContain('\u001b[');
    expect(output).not.toContain('\r');
  }, 60_000);

  it('exits 1 and prints each bad row when the file is refused', async () => {
    const file = path.join(dir, 'bad.csv');
    const text = censusText({ subscribers: 3, coverageStartDate: `${year}-01-01`, plans: { medical: 'MED' }, prefix: 'BAD' }).replace(/,(19\d\d)-\d\d-\d\d,/, ',$1-13-01,');
    fs.writeFileSync(file, text);
    const run = runEnroll(['import', 'census', file, '--group', ids.group, '--coverage-period', ids.period], env);
    expect(await run.exited).toBe(1);
    expect(run.output()).toMatch(/row 2, birth_date: invalid_request.parameter_invalid/);
    expect(run.output()).toMatch(/failed: .*nothing was written/s);
  }, 60_000);

  it('exits 2 on a usage error, saying what is missing', async () => {
    const run = runEnroll(['import', 'census', path.join(dir, 'census.csv')], env);
    expect(await run.exited).toBe(2);
    expect(run.output()).toContain('--group ID and --coverage-period ID');
  }, 30_000);
});

describe('enroll import 834', () => {
  it('loads an 834 into the named group and coverage period, and exits 0', async () => {
    const file = path.join(dir, 'in.834');
    fs.writeFileSync(file, x12Text({ families: 5, coverageStartDate: `${year}-01-01`, plans: { HLT: 'MEDPPO' }, groupNumber: 'G-CLI', sponsor: { name: 'CLI CORP', id: '123456789' } }));
    const run = runEnroll(['import', '834', file, '--group', ids.group, '--coverage-period', ids.period], env);
    expect(await run.exited, run.output()).toBe(0);
    expect(run.output()).toMatch(/completed: .*families created 5/);
  }, 60_000);

  // Issue 11: the CLI matches the API.
  const spec = { families: 3, coverageStartDate: `${year}-01-01`, plans: { HLT: 'MEDPPO' }, groupNumber: 'G-CLI', sponsor: { name: 'CLI CORP', id: '12-3456789' }, prefix: 'FIND', firstSsn: 720_000_000 };

  it('finds the group from the file (sponsor FEIN, group number) on the database, without --group; --dry-run writes nothing', async () => {
    const file = path.join(dir, 'find.834');
    fs.writeFileSync(file, x12Text(spec));
    const run = runEnroll(['import', '834', file, '--mode', 'all-or-nothing', '--dry-run'], env);
    expect(await run.exited, run.output()).toBe(0);
    expect(run.output()).toMatch(/validated: 6 rows; families created 3/);
  }, 60_000);

  it('exits 1 on a refused file, in the words of its flags (not query strings), and 2 on a bad --mode', async () => {
    const stranger = path.join(dir, 'stranger.834');
    fs.writeFileSync(stranger, x12Text({ ...spec, sponsor: { name: 'NOBODY INC', id: '999999999' } }));
    const missing = runEnroll(['import', '834', stranger], env);
    expect(await missing.exited, missing.output()).toBe(1);
    expect(missing.output()).toMatch(/^enroll: No group has the sponsor's FEIN 999999999 \(N1\*P5\); name the group \(--group ID\)/m);
    const old = path.join(dir, 'old.834');
    fs.writeFileSync(old, x12Text(spec).replaceAll('005010X220A1', '004010X095A1'));
    const refused = runEnroll(['import', '834', old, '--group', ids.group], env);
    expect(await refused.exited, refused.output()).toBe(1);
    expect(refused.output()).toContain('GS08/ST03 004010X095A1 is version 4010');
    expect(refused.output()).toContain('(FILE)');
    expect(refused.output()).not.toMatch(/\?[a-z_]+=|x12_imports/);
    const mode = runEnroll(['import', '834', old, '--mode', 'sometimes'], env);
    expect(await mode.exited).toBe(2);
    expect(mode.output()).toContain('--mode takes all-or-nothing or per-member');
  }, 60_000);
});

describe('enroll export 834 and status', () => {
  it('writes the coverage period as a full 834 that reads back whole', async () => {
    const out = path.join(dir, 'full.834');
    const run = runEnroll(['export', '834', '--coverage-period', ids.period, '--full', '-o', out], env);
    expect(await run.exited, run.output()).toBe(0);
    const read = read834(fs.readFileSync(out, 'utf8'));
    expect(read.issues.filter((issue) => issue.severity === 'error')).toEqual([]);
    expect(read.members.filter((m) => m.isSubscriber)).toHaveLength(305);
    expect(read.transactionSets[0]!.header.actionCode).toBe('4');
    expect(run.output()).toMatch(/305 families/);
  }, 60_000);

  it('reconciles a carrier’s full 834: exit 0 when it matches ours, 1 naming each kind of difference', async () => {
    const ours = path.join(dir, 'full.834');
    const same = runEnroll(['reconcile', ours, '--coverage-period', ids.period], env);
    expect(await same.exited, same.output()).toBe(0);
    expect(same.output()).toMatch(/: [1-9]\d* members in the file, 0 difference\(s\)/);
    // The carrier holds another birth date for the first member.
    const text = fs.readFileSync(ours, 'utf8');
    const dmg = /DMG\*D8\*(\d{8})/.exec(text)!;
    const theirs = path.join(dir, 'carrier-full.834');
    fs.writeFileSync(theirs, text.replace(dmg[0], `DMG*D8*${dmg[1] === '19700101' ? '19700102' : '19700101'}`));
    const differs = runEnroll(['reconcile', theirs, '--coverage-period', ids.period, '--json'], env);
    expect(await differs.exited, differs.output()).toBe(1);
    const run = JSON.parse(differs.output().trim().split('\n').at(-1)!).reconciliation;
    expect(Object.entries(run.counts).filter(([, n]) => (n as number) > 0)).toEqual([['demographics_differ', 1]]);
    const refused = runEnroll(['reconcile', theirs.replace('carrier-full', 'missing'), '--coverage-period', ids.period], env);
    expect(await refused.exited).toBe(2);
  }, 90_000);

  it('prints a family’s status and coverages', async () => {
    const list = runEnroll(['export', '834', '--coverage-period', ids.period], env);
    expect(await list.exited).toBe(0);
    const subscriberId = /INS\*Y\*[^]*?REF\*23\*([0-9a-f-]{36})/.exec(list.output())![1]!;
    const run = runEnroll(['status', subscriberId], env);
    expect(await run.exited, run.output()).toBe(0);
    expect(run.output()).toContain(`${subscriberId}: pending since`);
    expect(run.output()).toMatch(/medical employer_sponsored 2026-01-01 → open/);
  }, 60_000);
});

describe('enroll transmit', () => {
  it('runs one worker pass — files built, sent, answers read — prints it, and the families are synced', async () => {
    const list = runEnroll(['export', '834', '--coverage-period', ids.period], env);
    expect(await list.exited).toBe(0);
    const subscriberId = /INS\*Y\*[^]*?REF\*23\*([0-9a-f-]{36})/.exec(list.output())![1]!;
    const run = runEnroll(['transmit'], env);
    expect(await run.exited, run.output()).toBe(0);
    expect(run.output()).toMatch(/built 1 834 file, made 1 send attempt, read [1-9]\d* carrier answers?/);
    const status = runEnroll(['status', subscriberId], env);
    expect(await status.exited).toBe(0);
    expect(status.output()).toContain(`${subscriberId}: synced since`);
    const again = runEnroll(['transmit'], env);
    expect(await again.exited).toBe(0);
    expect(again.output()).toMatch(/nothing was waiting/);
  }, 90_000);
});

describe('enroll --help and mistakes', () => {
  it('lists every command with its flags, the global options and the exit codes', async () => {
    const run = runEnroll(['--help'], env);
    expect(await run.exited).toBe(0);
    const help = run.output();
    for (const usage of ['start', 'serve', 'worker', 'transmit', 'sandbox-carrier --outbound DIR --inbound DIR', 'migrate', 'keys create --organization NAME', 'keys list', 'keys revoke --prefix PREFIX',
      'import census FILE --group ID --coverage-period ID', 'import 834 FILE [--group ID] [--coverage-period ID] [--dry-run] [--url URL]', '[--mode all-or-nothing|per-member] [--create-missing] [--carrier ID]', 'export 834 --coverage-period ID', 'status SUBSCRIBER_ID', 'reconcile FILE --coverage-period ID [--json] [--url URL]', '--no-color']) {
      expect(help).toMatch(new RegExp(`^ +${usage.replace(/[[\]|]/g, '\\$&')}`, 'm'));
    }
    expect(help).toMatch(/Exit codes:\n\s+0 +done\n\s+1 +refused or failed[\s\S]*\n\s+2 +a usage error/);
    // A command's --help is the same text, and does not run the command.
    const sub = runEnroll(['import', '834', '--help'], env);
    expect(await sub.exited).toBe(0);
    expect(sub.output()).toBe(help);
  }, 30_000);

  it('answers a malformed id with a clear message and exit code 2, never a stack trace', async () => {
    for (const args of [['status', 'nope'], ['export', '834', '--coverage-period', 'nope'], ['import', '834', path.join(dir, 'in.834'), '--group', 'nope'], ['status', ids.group, '--frobnicate'], ['frobnicate']]) {
      const run = runEnroll(args, env);
      expect(await run.exited, `${args.join(' ')}: ${run.output()}`).toBe(2);
      expect(run.output()).toMatch(/^enroll: /);
      expect(run.output()).not.toMatch(/\n\s+at /);
    }
    const run = runEnroll(['status', 'nope'], env);
    await run.exited;
    expect(run.output()).toContain('SUBSCRIBER_ID, which must be a UUID');
    expect(run.output()).toContain('"nope"');
  }, 60_000);

  it('says a database it cannot reach is unreachable, with exit code 1 and no stack trace', async () => {
    const run = runEnroll(['transmit'], { ...env, DATABASE_URL: 'postgres://postgres@127.0.0.1:1/none', ENROLL_ENCRYPTION_KEY: randomBytes(32).toString('hex') });
    expect(await run.exited).toBe(1);
    expect(run.output()).toMatch(/^enroll: could not reach the database/m);
    expect(run.output()).not.toMatch(/\n\s+at /);
  }, 30_000);
});
