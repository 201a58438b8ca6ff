-- Inbound 834 imports answer per member transaction (applied, unchanged, rejected with its errors),
-- and choose between all-or-nothing (a full file's default) and per-member (a change file's default).
ALTER TABLE x12_imports ADD COLUMN mode text NOT NULL DEFAULT 'all-or-nothing' CHECK (mode IN ('all-or-nothing', 'per-member'));
ALTER TABLE x12_imports ADD COLUMN members jsonb NOT NULL DEFAULT '[]';
