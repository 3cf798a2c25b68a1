-- A school's term schedule: which runs it wants at which points of its calendar. A school
-- without a row here has the documented defaults (see README, "Term schedule").
CREATE TABLE school_schedule (
  school_id       BIGINT        NOT NULL PRIMARY KEY,
  -- dates before this are never caught up: a school that sets its schedule in December
  -- does not want September's runs made then
  effective_from  DATETIME(3)   NOT NULL,
  updated_at      DATETIME(3)   NOT NULL,
  updated_by      VARCHAR(100)  NOT NULL,
  CONSTRAINT fk_schedule_school FOREIGN KEY (school_id) REFERENCES school (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE school_schedule_entry (
  school_id           BIGINT       NOT NULL,
  position            INT          NOT NULL,
  kind                VARCHAR(30)  NOT NULL,
  at_point            VARCHAR(20)  NOT NULL,
  offset_school_days  INT          NOT NULL,
  window_kind         VARCHAR(20)  NOT NULL,
  term_name           VARCHAR(40)  NULL,
  PRIMARY KEY (school_id, position),
  CONSTRAINT fk_schedule_entry_school FOREIGN KEY (school_id) REFERENCES school (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One row per run the schedule made: the unique key makes "exactly once per school, kind and
-- window" hold with any number of servers on this database (the second insert fails).
CREATE TABLE scheduled_run (
  id           BIGINT AUTO_INCREMENT PRIMARY KEY,
  school_id    BIGINT        NOT NULL,
  kind         VARCHAR(30)   NOT NULL,
  window_from  DATE          NOT NULL,
  window_to    DATE          NOT NULL,
  due_on       DATE          NOT NULL,
  claimed_by   VARCHAR(200)  NOT NULL,
  claimed_at   DATETIME(3)   NOT NULL,
  run_id       BIGINT        NULL,
  message      VARCHAR(1000) NULL,
  CONSTRAINT uq_scheduled_run UNIQUE (school_id, kind, window_from, window_to),
  CONSTRAINT fk_scheduled_school FOREIGN KEY (school_id) REFERENCES school (id),
  CONSTRAINT fk_scheduled_run FOREIGN KEY (run_id) REFERENCES report_run (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
