-- Issue 12: who a document is about and whom it was made for (subject access; staff data audience).
-- The printouts branch (issue 11, migrations V40-V49) adds the same columns; IF NOT EXISTS makes this
-- a no-op after it, and gives a branch without it the columns the export and the audience rule read.
ALTER TABLE document
  ADD COLUMN IF NOT EXISTS upn        VARCHAR(13) NULL,
  ADD COLUMN IF NOT EXISTS form       VARCHAR(20) NULL,
  ADD COLUMN IF NOT EXISTS year_group VARCHAR(3)  NULL;
CREATE INDEX IF NOT EXISTS ix_document_upn ON document (upn);
