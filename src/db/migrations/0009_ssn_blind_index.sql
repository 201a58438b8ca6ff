-- The same SSN on two people of one group is refused. SSNs are sealed with a random nonce, so equal
-- SSNs do not look equal: ssn_index holds a keyed blind index (HMAC-SHA256 of the nine digits, key
-- derived from ENROLL_ENCRYPTION_KEY) that does. SQL cannot compute it (the key is the application's),
-- so rows written before this migration keep NULL until they are written again; NULLs do not clash.
ALTER TABLE members ADD COLUMN ssn_index text;
CREATE UNIQUE INDEX members_group_ssn_index ON members (group_id, ssn_index) WHERE ssn_index IS NOT NULL;
