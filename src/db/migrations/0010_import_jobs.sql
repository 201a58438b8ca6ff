-- Imports as jobs: the uploaded file lives in the database (its bytes in chunks of about 1 MB, so any
-- worker on any host can read it) and a job row says which import is still to run, who runs it now
-- (a lease, renewed while it runs) and how many attempts it took. The job is queued in the transaction
-- that creates the import's row; the file's chunks are deleted when the import finishes.
CREATE TABLE import_uploads (
  id uuid PRIMARY KEY,
  -- The organization that uploaded it: the import runs as this tenant.
  organization_id uuid NOT NULL REFERENCES organizations (id),
  file_bytes bigint NOT NULL DEFAULT 0,
  chunk_count integer NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX import_uploads_created ON import_uploads (created_at);

CREATE TABLE import_upload_chunks (
  upload_id uuid NOT NULL REFERENCES import_uploads (id) ON DELETE CASCADE,
  seq integer NOT NULL,
  organization_id uuid NOT NULL,
  data bytea NOT NULL,
  PRIMARY KEY (upload_id, seq)
);

CREATE TABLE import_jobs (
  -- The import's own id (census_imports.id or x12_imports.id).
  id uuid PRIMARY KEY,
  kind text NOT NULL CHECK (kind IN ('census', 'x12')),
  organization_id uuid NOT NULL REFERENCES organizations (id),
  upload_id uuid REFERENCES import_uploads (id) ON DELETE SET NULL,
  state text NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'running', 'done')),
  -- Claims so far; also the fencing token: only the holder of the latest claim may finish the job.
  attempts integer NOT NULL DEFAULT 0,
  leased_by text,
  leased_until timestamptz,
  last_error text,
  created_at timestamptz NOT NULL DEFAULT now(),
  finished_at timestamptz
);
CREATE INDEX import_jobs_due ON import_jobs (created_at) WHERE state <> 'done';
CREATE INDEX import_jobs_upload ON import_jobs (upload_id);

ALTER TABLE import_uploads ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant ON import_uploads USING (organization_id = enroll_current_organization());
ALTER TABLE import_upload_chunks ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant ON import_upload_chunks USING (organization_id = enroll_current_organization());
ALTER TABLE import_jobs ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant ON import_jobs USING (organization_id = enroll_current_organization());
