-- A pupil's individual attendance target for one term, set by the school over the default rule
-- (statistics.TargetRule). The term is named by its first day.
CREATE TABLE pupil_target (
  pupil_id    BIGINT        NOT NULL,
  term_start  DATE          NOT NULL,
  target      DECIMAL(5,2)  NOT NULL,
  set_by      VARCHAR(100)  NOT NULL,
  set_at      DATETIME(3)   NOT NULL,
  PRIMARY KEY (pupil_id, term_start),
  CONSTRAINT fk_target_pupil FOREIGN KEY (pupil_id) REFERENCES pupil (id) ON DELETE CASCADE,
  CONSTRAINT ck_target_range CHECK (target > 0 AND target <= 100)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
