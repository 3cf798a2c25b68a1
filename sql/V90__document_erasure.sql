-- Issue 11: retention. An erased document keeps its row (run, letter and outbox rows point at it) with a
-- tombstone here saying when and why; its file is deleted once no live document shares its SHA-256,
-- and the row's personal details (the title names the pupil, the UPN) are scrubbed.
CREATE TABLE document_erasure (
  document_id  BIGINT       NOT NULL PRIMARY KEY,
  erased_at    DATETIME(3)  NOT NULL,
  erased_by    VARCHAR(100) NOT NULL,
  reason       VARCHAR(300) NOT NULL,
  CONSTRAINT fk_erasure_document FOREIGN KEY (document_id) REFERENCES document (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The daily erasure looks for documents of a kind created before a date.
CREATE INDEX ix_document_kind_created ON document (kind, created_at);
