// Shared set-up for the census benchmarks: a database with an organization, a carrier, a group, a
// coverage period and plans, and a generated census file on disk.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Database } from '../src/db/database.ts';
import { newId } from '../src/db/ids.ts';
import { json } from '../src/db/database.ts';
import { createOrganization } from '../src/organizations/store.ts';
import { censusLines } from '../src/imports/census/testing/generate-census.ts';

export interface CensusTarget {
  organizationId: string;
  groupId: string;
  periodId: string;
}

export const YEAR = 2026;
export const PLANS = { medical: 'MED-PPO', dental: 'DEN-1' } as const;

export async function censusTarget(database: Database, name: string): Promise<CensusTarget> {
  const org = await createOrganization(database.db, `${name}-${newId().slice(-8)}`, 'employer');
  const carrierId = newId();
  await database.db.insertInto('carriers').values({ id: carrierId, organization_id: org.id, name: 'Bench Health', payer_identifier: '123456789', interchange: json({ sender_qualifier: 'ZZ', sender_id: 'BENCH', receiver_qualifier: 'ZZ', receiver_id: 'CARRIER', usage_indicator: 'T' }), connection: json({ type: 'none' }), line_of_coverage_codes: '{}' }).execute();
  const groupId = newId();
  await database.db.insertInto('groups').values({ id: groupId, organization_id: org.id, external_identifier: 'BENCH', name: 'Bench Corp', employer: json({ organization_name: 'Bench Corp', fein: '123456789' }), primary_location: json({ id: newId(), address_line_1: '1 Main St', city: 'Springfield', state: 'IL', zip: '62701' }), secondary_locations: '[]', status: 'active' }).execute();
  const periodId = newId();
  await database.db.insertInto('coverage_periods').values({ id: periodId, organization_id: org.id, group_id: groupId, carrier_id: carrierId, carrier_group_number: 'G-BENCH', coverage_start_date: `${YEAR}-01-01`, coverage_end_date: `${YEAR}-12-31`, open_enrollment_start_date: null, open_enrollment_end_date: null, termination_rule: 'end_of_month', birth_enrollment_window_days: 60 }).execute();
  for (const [line, external] of Object.entries(PLANS)) {
    await database.db.insertInto('plans').values({ id: newId(), organization_id: org.id, group_id: groupId, coverage_period_id: periodId, external_identifier: external, description: line, product_line: line, product_type: null, plan_identifier: external, voluntary: false }).execute();
  }
  return { organizationId: org.id, groupId, periodId };
}

export async function writeCensusFile(subscribers: number): Promise<{ file: string; rows: number }> {
  const file = path.join(os.tmpdir(), `oe-bench-census-${subscribers}.csv`);
  let rows = -1;
  const out = fs.createWriteStream(file);
  for (const line of censusLines({ subscribers, seed: 1, coverageStartDate: `${YEAR}-01-01`, plans: PLANS })) {
    rows++;
    if (!out.write(line + '\n')) await new Promise<void>((resolve) => { out.once('drain', () => resolve()); });
  }
  await new Promise<void>((resolve) => { out.end(() => resolve()); });
  return { file, rows };
}
