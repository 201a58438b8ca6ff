// Upcoming age-outs in SQL: the group's current, not handicapped, age-limited dependents whose limit
// (end of the month of the 26th birthday) falls on or before a day, with their coverage rows that run
// past it. One statement; the limit is computed as ageLimitEndDate does (age-limit-rules.ts).
import { sql } from 'kysely';
import type { Trx } from '../../db/database.ts';
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
