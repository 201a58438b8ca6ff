-- A directory carrier's folders may not be another carrier's, in any organization. Row-level security
-- rightly hides other organizations' carriers from a tenant, so the check reads them through this
-- SECURITY DEFINER function. It first takes a transaction-scoped advisory lock: two registrations of
-- the same folder at once are serialized, and the second sees the first once it has committed.
CREATE FUNCTION enroll_directory_folders_in_use(p_except_carrier_id uuid)
  RETURNS TABLE (outbound_path text, inbound_path text)
  LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$
  BEGIN
    PERFORM pg_advisory_xact_lock(8345013);
    RETURN QUERY
      SELECT c.connection->>'outbound_path', c.connection->>'inbound_path'
      FROM carriers c
      WHERE c.connection->>'type' = 'directory' AND (p_except_carrier_id IS NULL OR c.id <> p_except_carrier_id);
  END
  $$;

-- Request counts of the abuse limits on PostgreSQL, shared by every API process: one row per limited
-- key (a hash of an address, or an API key id) and fixed window. Not tenant data: only the server
-- (never enroll_app) reads and writes it; rows are short-lived and swept as they expire.
CREATE TABLE rate_limit_windows (
  key text PRIMARY KEY,
  hits integer NOT NULL,
  resets_at timestamptz NOT NULL
);
REVOKE ALL ON rate_limit_windows FROM enroll_app;
