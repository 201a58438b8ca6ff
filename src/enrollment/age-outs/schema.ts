// Upcoming age-outs: the dependents whose coverage the dependent age limit ends soon (age-limit-rules.ts).
import { Type } from '@sinclair/typebox';
import { DateString, Nullable, Uuid } from '../../http/common-schemas.ts';
import { DEPENDENT_AGE_LIMIT_YEARS } from '../age-limit-rules.ts';

export const UpcomingAgeOutsQuery = Type.Object(
  {
    within_days: Type.Optional(Type.Integer({ minimum: 0, maximum: 366, default: 60, description: 'List the dependents whose coverage ends within this many days from today (default 60)' })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000, default: 100, description: 'At most this many dependents, the earliest first' })),
  },
  { additionalProperties: false },
);

export const UpcomingAgeOut = Type.Object({
  dependent_id: Uuid,
  subscriber_id: Uuid,
  first_name: Type.String(),
  last_name: Type.String(),
  subscriber_relationship: Type.String(),
  birth_date: DateString,
  coverage_end_date: Type.String({ format: 'date', description: `The last covered day: the end of the month of the ${DEPENDENT_AGE_LIMIT_YEARS}th birthday. Before today when the limit has passed and the coverage has not been ended yet.` }),
  coverages: Type.Array(
    Type.Object({ id: Uuid, coverage_period_id: Uuid, product_line: Type.String(), start_date: DateString, end_date: Nullable(DateString) }),
    { description: 'The current coverage rows that run past the limit, as they stand' },
  ),
});

export const UpcomingAgeOutList = Type.Object({ upcoming_age_outs: Type.Array(UpcomingAgeOut) });
