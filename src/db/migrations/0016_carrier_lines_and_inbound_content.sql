-- What a carrier must keep receiving, and what it answered.
--
-- A plan may exist only for a product line its carrier's 834 can carry (an HD03 code: the guide's
-- default or the carrier's line_of_coverage_codes), so a carrier's codes may not lose a line its plans
-- or current coverages need. Its periods may lie in groups its organization reaches only through a
-- grant, which row-level security hides once the grant is revoked; the check reads them through this
-- SECURITY DEFINER function, for the caller's own carrier only: of p_lines (the lines a change of codes
-- would lose), those a plan or a current coverage of the carrier's periods is for. It takes a transaction lock on the
-- carrier's lines, which creating a plan takes too (pg_advisory_xact_lock with the same keys), so a
-- plan created while the codes change sees the codes that commit.
CREATE FUNCTION enroll_carrier_lines_in_use(p_carrier_id uuid, p_lines text[])
  RETURNS TABLE (product_line text)
  LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$
  BEGIN
    IF NOT EXISTS (SELECT 1 FROM carriers c WHERE c.id = p_carrier_id AND c.organization_id = enroll_current_organization()) THEN
      RETURN;
    END IF;
    PERFORM pg_advisory_xact_lock(8345016, hashtext(p_carrier_id::text));
    RETURN QUERY
      SELECT l.line FROM unnest(p_lines) AS l(line)
      WHERE EXISTS (SELECT 1 FROM plans pl JOIN coverage_periods p ON p.id = pl.coverage_period_id
                    WHERE p.carrier_id = p_carrier_id AND pl.product_line = l.line)
         OR EXISTS (SELECT 1 FROM coverages cv JOIN coverage_periods p ON p.id = cv.coverage_period_id
                    WHERE p.carrier_id = p_carrier_id AND cv.product_line = l.line AND cv.superseded_at IS NULL);
  END
  $$;

-- The answers a carrier sent (TA1, 999, result files), sealed like the files we send: shown with the
-- file they answer (GET /file_deliveries/{id}/content). Null for answers received before this.
ALTER TABLE inbound_files ADD COLUMN content_sealed text;
