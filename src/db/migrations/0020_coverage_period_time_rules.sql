-- Time rules of a coverage period (issue 15): how many days back (retroactive_days) and ahead
-- (future_days) of the request's day a change may take effect. NULL is no limit: periods created before
-- this migration, and periods created without the fields, keep accepting any date.
ALTER TABLE coverage_periods ADD COLUMN retroactive_days integer CHECK (retroactive_days BETWEEN 0 AND 3660);
ALTER TABLE coverage_periods ADD COLUMN future_days integer CHECK (future_days BETWEEN 0 AND 3660);
