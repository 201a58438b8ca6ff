-- Reconciliation's other inputs (issue 13): a carrier's census CSV, and the full 834s that arrive in a
-- carrier's inbound folder (kind '834'), each of which records a reconciliation of the coverage period
-- it names — the inbound file keeps that run's id, or in `problem` the reason none was run.
ALTER TABLE reconciliations DROP CONSTRAINT reconciliations_source_check;
ALTER TABLE reconciliations ADD CONSTRAINT reconciliations_source_check CHECK (source IN ('x12_834', 'census_csv'));

ALTER TABLE inbound_files DROP CONSTRAINT inbound_files_kind_check;
ALTER TABLE inbound_files ADD CONSTRAINT inbound_files_kind_check CHECK (kind IN ('999', '997', 'ta1', 'results', '834', 'unknown'));
ALTER TABLE inbound_files ADD COLUMN reconciliation_id uuid REFERENCES reconciliations (id);
