// Upcoming age-outs in SQL: the group's current, not handicapped, age-limited dependents whose limit
// (end of the month of the 26th birthday) falls on or before a day, with their coverage rows that run
// past it. One statement; the limit is computed as ageLimitEndDate does (age-limit-rules.ts).
import { sql } from 'kysely';
import type { Db, Trx } from '../../db/database.ts';
import { AGE_LIMITED_RELATIONSHIPS, DEPENDENT_AGE_LIMIT_YEARS } from '../age-limit-rules.ts';
import { reachableBy } from '../group-access.ts';

export interface UpcomingAgeOutRow {
  dependent_id: string;
  subscriber_id: string;
  first_name: string;
  last_name: string;
  subscriber_relationship: string;
  birth_date: string;
  coverage_end_date: string;
  coverages: Array<{ id: string; coverage_period_id: string; product_line: string; start_date: string; end_date: string | null }>;
}

export async function listUpcomingAgeOuts(trx: Trx, organizationId: string, groupId: string, until: string, limit: number): Promise<UpcomingAgeOutRow[]> {
  const { rows } = await sql<UpcomingAgeOutRow>`
    SELECT d.id AS dependent_id, d.subscriber_id, d.first_name, d.last_name, d.subscriber_relationship,
           to_char(d.birth_date, 'YYYY-MM-DD') AS birth_date, to_char(lim.end_date, 'YYYY-MM-DD') AS coverage_end_date,
           json_agg(json_build_object('id', c.id, 'coverage_period_id', c.coverage_period_id, 'product_line', c.product_line, 'start_date', c.start_date, 'end_date', c.end_date)
                    ORDER BY c.coverage_period_id, c.product_line, c.start_date) AS coverages
      FROM members d
      CROSS JOIN LATERAL (
        SELECT (date_trunc('month', d.birth_date + make_interval(years => ${DEPENDENT_AGE_LIMIT_YEARS})) + interval '1 month' - interval '1 day')::date AS end_date
      ) lim
      JOIN coverages c ON c.member_id = d.id AND c.superseded_at IS NULL
       AND (c.end_date IS NULL OR (c.end_date > lim.end_date AND c.end_date >= c.start_date))
     WHERE d.group_id = ${groupId} AND ${reachableBy(organizationId, 'd')}
       AND d.subscriber_id IS NOT NULL AND d.removed_on IS NULL AND d.handicapped IS NOT TRUE AND d.birth_date IS NOT NULL
       AND d.subscriber_relationship = ANY(${[...AGE_LIMITED_RELATIONSHIPS]}::text[])
       AND lim.end_date <= ${until}::date
     GROUP BY d.id, lim.end_date
     ORDER BY lim.end_date, d.id
     LIMIT ${limit}`.execute(trx);
  return rows;
}

/**
 * The groups whose age-out run of `runDate` has not happened, for the worker (which reads outside any
 * tenant: ids only; each group then runs as its owner). Once every group ran, one cheap statement a pass.
 */
export async function groupsDueForAgeOut(db: Db, runDate: string, limit: number): Promise<Array<{ id: string; organization_id: string }>> {
  const { rows } = await sql<{ id: string; organization_id: string }>`
    SELECT g.id, g.organization_id FROM groups g
     WHERE NOT EXISTS (SELECT 1 FROM age_out_runs r WHERE r.group_id = g.id AND r.run_date = ${runDate}::date)
     ORDER BY g.id LIMIT ${limit}`.execute(db);
  return rows;
}

/**
 * Claims the group's run of the day, in the tenant transaction that ages its dependents out: false when
 * it ran already (a concurrent claim waits for the other transaction, then finds its row), or when the
 * group is not this organization's own (row-level security hides it; a grantee does not run it).
 */
export async function claimAgeOutRun(trx: Trx, organizationId: string, groupId: string, runDate: string): Promise<boolean> {
  const { rows } = await sql<{ group_id: string }>`
    INSERT INTO age_out_runs (group_id, run_date, organization_id)
    SELECT g.id, ${runDate}::date, g.organization_id FROM groups g WHERE g.id = ${groupId} AND g.organization_id = ${organizationId}
    ON CONFLICT (group_id, run_date) DO NOTHING RETURNING group_id`.execute(trx);
  return rows.length === 1;
}

export async function finishAgeOutRun(trx: Trx, groupId: string, runDate: string, agedOut: number): Promise<void> {
  await sql`UPDATE age_out_runs SET dependents_aged_out = ${agedOut}, finished_at = now() WHERE group_id = ${groupId} AND run_date = ${runDate}::date`.execute(trx);
}

/** The group's runs, newest first (the operator's and the tests' view). */
export async function listAgeOutRuns(trx: Trx, groupId: string) {
  const { rows } = await sql<{ run_date: string; dependents_aged_out: number; finished_at: Date | null }>`
    SELECT to_char(run_date, 'YYYY-MM-DD') AS run_date, dependents_aged_out, finished_at FROM age_out_runs WHERE group_id = ${groupId} ORDER BY run_date DESC`.execute(trx);
  return rows;
}
