-- GET /subscribers?q=: subscribers found across an organization by name prefix (case-insensitive),
-- external identifier or the SSN's last four digits. The sealed SSN cannot be searched; its last four
-- are kept beside it in ssn_last4, written with the SSN by every write path (API, census, 834 import)
-- since 0002, so existing rows need no backfill.
CREATE INDEX members_search_last_name ON members (organization_id, lower(last_name) text_pattern_ops) WHERE subscriber_id IS NULL;
CREATE INDEX members_search_first_name ON members (organization_id, lower(first_name) text_pattern_ops) WHERE subscriber_id IS NULL;
CREATE INDEX members_search_external ON members (organization_id, external_identifier) WHERE subscriber_id IS NULL;
CREATE INDEX members_search_ssn_last4 ON members (organization_id, ssn_last4) WHERE subscriber_id IS NULL;
