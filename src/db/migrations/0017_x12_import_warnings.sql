-- What the 834 reader normalized (ZIP+4 hyphens, lower-case codes, trailing spaces) and what it read and
-- did not store (provider loops 2310, COB 2320, DTP/REF qualifiers), one entry per kind with a count:
-- [{"code": "...", "message": "...", "count": n}]. Read from the file when it is accepted; no personal data.
ALTER TABLE x12_imports ADD COLUMN warnings jsonb NOT NULL DEFAULT '[]'::jsonb;
