-- Parent printouts and staff data (issue 9): the school's details the letters need, the staff who
-- receive staff data, what each archived document is about, and a run's progress and limits.

-- One row per school, created on the first PUT that carries any detail. Address lines are kept
-- one per line (newline-separated), in the order they are printed.
CREATE TABLE school_details (
  school_id        BIGINT        PRIMARY KEY,
  address          VARCHAR(1000) NULL,
  phone            VARCHAR(40)   NULL,
  email            VARCHAR(320)  NULL,
  website          VARCHAR(300)  NULL,
  headteacher      VARCHAR(200)  NULL,
  champion_name    VARCHAR(200)  NULL,
  champion_email   VARCHAR(320)  NULL,
  champion_phone   VARCHAR(40)   NULL,
  CONSTRAINT fk_details_school FOREIGN KEY (school_id) REFERENCES school (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE staff_member (
  id         BIGINT AUTO_INCREMENT PRIMARY KEY,
  school_id  BIGINT       NOT NULL,
  name       VARCHAR(200) NOT NULL,
  email      VARCHAR(320) NOT NULL,
  username   VARCHAR(100) NULL,
  CONSTRAINT fk_staff_school FOREIGN KEY (school_id) REFERENCES school (id),
  CONSTRAINT uq_staff UNIQUE (school_id, email)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- What a member of staff receives: a form ('7A') or a year group ('7', 'R').
CREATE TABLE staff_assignment (
  staff_id  BIGINT      NOT NULL,
  kind      VARCHAR(4)  NOT NULL,
  value     VARCHAR(20) NOT NULL,
  PRIMARY KEY (staff_id, kind, value),
  CONSTRAINT fk_assignment_staff FOREIGN KEY (staff_id) REFERENCES staff_member (id) ON DELETE CASCADE,
  CONSTRAINT ck_assignment_kind CHECK (kind IN ('FORM', 'YEAR'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A document about one pupil, form or year group says so (the governor pack leaves them empty).
ALTER TABLE document
  ADD COLUMN upn         VARCHAR(13) NULL,
  ADD COLUMN form        VARCHAR(20) NULL,
  ADD COLUMN year_group  VARCHAR(3)  NULL;

-- Progress while a run goes, the limits it was asked for, and its Jakarta Batch execution.
ALTER TABLE report_run
  ADD COLUMN progress_done     INT           NOT NULL DEFAULT 0,
  ADD COLUMN progress_total    INT           NOT NULL DEFAULT 0,
  ADD COLUMN forms             VARCHAR(1000) NULL,
  ADD COLUMN year_groups       VARCHAR(200)  NULL,
  ADD COLUMN job_execution_id  BIGINT        NULL;
