-- Rollcall schema, version 1: schools, calendar, pupils, marks, governors, users,
-- the document archive, report runs and the mail outbox.
-- Hibernate validates these tables against the entities; it never creates them.

CREATE TABLE school (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  urn         VARCHAR(10)  NOT NULL,
  name        VARCHAR(200) NOT NULL,
  phase       VARCHAR(20)  NOT NULL,
  created_at  DATETIME(3)  NOT NULL,
  updated_at  DATETIME(3)  NOT NULL,
  CONSTRAINT uq_school_urn UNIQUE (urn)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE academic_year (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  school_id   BIGINT      NOT NULL,
  label       VARCHAR(9)  NOT NULL,
  start_date  DATE        NOT NULL,
  end_date    DATE        NOT NULL,
  CONSTRAINT fk_year_school FOREIGN KEY (school_id) REFERENCES school (id),
  CONSTRAINT uq_year UNIQUE (school_id, label)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE term (
  id                BIGINT AUTO_INCREMENT PRIMARY KEY,
  academic_year_id  BIGINT      NOT NULL,
  name              VARCHAR(40) NOT NULL,
  start_date        DATE        NOT NULL,
  end_date          DATE        NOT NULL,
  CONSTRAINT fk_term_year FOREIGN KEY (academic_year_id) REFERENCES academic_year (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE pupil (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  school_id       BIGINT       NOT NULL,
  upn             VARCHAR(13)  NOT NULL,
  surname         VARCHAR(100) NOT NULL,
  forename        VARCHAR(100) NOT NULL,
  year_group      VARCHAR(3)   NOT NULL,
  form            VARCHAR(20)  NOT NULL,
  dob             DATE         NULL,
  gender          VARCHAR(1)   NULL,
  admission_date  DATE         NULL,
  leaving_date    DATE         NULL,
  fsm             BOOLEAN      NULL,
  disadvantaged   BOOLEAN      NULL,
  sen             VARCHAR(1)   NULL,
  eal             BOOLEAN      NULL,
  ethnicity       VARCHAR(10)  NULL,
  looked_after    BOOLEAN      NULL,
  child_in_need   BOOLEAN      NULL,
  young_carer     BOOLEAN      NULL,
  CONSTRAINT fk_pupil_school FOREIGN KEY (school_id) REFERENCES school (id),
  CONSTRAINT uq_pupil UNIQUE (school_id, upn)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One row per pupil per session. Kept narrow (no surrogate key) because a school holds about a
-- million of these over two years and an authority tens of millions.
CREATE TABLE session_mark (
  pupil_id      BIGINT      NOT NULL,
  mark_date     DATE        NOT NULL,
  session       CHAR(2)     NOT NULL,
  code          VARCHAR(2)  NOT NULL,
  minutes_late  SMALLINT    NULL,
  school_id     BIGINT      NOT NULL,
  PRIMARY KEY (pupil_id, mark_date, session),
  KEY ix_mark_school_date (school_id, mark_date),
  CONSTRAINT fk_mark_pupil FOREIGN KEY (pupil_id) REFERENCES pupil (id),
  CONSTRAINT ck_mark_session CHECK (session IN ('AM', 'PM'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE governor (
  id         BIGINT AUTO_INCREMENT PRIMARY KEY,
  school_id  BIGINT       NOT NULL,
  name       VARCHAR(200) NOT NULL,
  email      VARCHAR(320) NOT NULL,
  CONSTRAINT fk_governor_school FOREIGN KEY (school_id) REFERENCES school (id),
  CONSTRAINT uq_governor UNIQUE (school_id, email)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE app_user (
  id             BIGINT AUTO_INCREMENT PRIMARY KEY,
  username       VARCHAR(100) NOT NULL,
  password_hash  VARCHAR(100) NOT NULL,
  enabled        BIT(1)       NOT NULL DEFAULT 1,
  created_at     DATETIME(3)  NOT NULL,
  CONSTRAINT uq_user UNIQUE (username)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE app_user_role (
  user_id  BIGINT      NOT NULL,
  role     VARCHAR(30) NOT NULL,
  PRIMARY KEY (user_id, role),
  CONSTRAINT fk_role_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE,
  CONSTRAINT ck_role CHECK (role IN ('admin', 'attendance-lead', 'headteacher', 'governor', 'tutor'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- The archive: the bytes live on disk addressed by SHA-256; this row says what they are.
CREATE TABLE document (
  id            BIGINT AUTO_INCREMENT PRIMARY KEY,
  school_id     BIGINT       NOT NULL,
  kind          VARCHAR(30)  NOT NULL,
  title         VARCHAR(300) NOT NULL,
  term_label    VARCHAR(100) NOT NULL,
  period_from   DATE         NOT NULL,
  period_to     DATE         NOT NULL,
  created_at    DATETIME(3)  NOT NULL,
  created_by    VARCHAR(100) NOT NULL,
  size_bytes    BIGINT       NOT NULL,
  sha256        VARCHAR(64)  NOT NULL,
  content_type  VARCHAR(100) NOT NULL,
  CONSTRAINT fk_document_school FOREIGN KEY (school_id) REFERENCES school (id),
  KEY ix_document_sha (sha256)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE report_run (
  id             BIGINT AUTO_INCREMENT PRIMARY KEY,
  school_id      BIGINT        NOT NULL,
  kind           VARCHAR(30)   NOT NULL,
  period_from    DATE          NOT NULL,
  period_to      DATE          NOT NULL,
  status         VARCHAR(20)   NOT NULL,
  message        VARCHAR(1000) NULL,
  requested_by   VARCHAR(100)  NOT NULL,
  created_at     DATETIME(3)   NOT NULL,
  finished_at    DATETIME(3)   NULL,
  CONSTRAINT fk_run_school FOREIGN KEY (school_id) REFERENCES school (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE report_run_document (
  run_id       BIGINT NOT NULL,
  document_id  BIGINT NOT NULL,
  PRIMARY KEY (run_id, document_id),
  CONSTRAINT fk_rrd_run FOREIGN KEY (run_id) REFERENCES report_run (id),
  CONSTRAINT fk_rrd_document FOREIGN KEY (document_id) REFERENCES document (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The outbox: every email is written here first and sent from here, so none is lost while
-- no SMTP server is configured or reachable.
CREATE TABLE mail_message (
  id            BIGINT AUTO_INCREMENT PRIMARY KEY,
  school_id     BIGINT        NOT NULL,
  run_id        BIGINT        NULL,
  document_id   BIGINT        NULL,
  recipient     VARCHAR(320)  NOT NULL,
  subject       VARCHAR(300)  NOT NULL,
  body          TEXT          NOT NULL,
  status        VARCHAR(20)   NOT NULL,
  attempts      INT           NOT NULL DEFAULT 0,
  last_error    VARCHAR(1000) NULL,
  created_at    DATETIME(3)   NOT NULL,
  sent_at       DATETIME(3)   NULL,
  CONSTRAINT fk_mail_school FOREIGN KEY (school_id) REFERENCES school (id),
  CONSTRAINT fk_mail_run FOREIGN KEY (run_id) REFERENCES report_run (id),
  CONSTRAINT fk_mail_document FOREIGN KEY (document_id) REFERENCES document (id),
  KEY ix_mail_status (status)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Who generated, sent and downloaded what (data protection audit).
CREATE TABLE audit_event (
  id           BIGINT AUTO_INCREMENT PRIMARY KEY,
  occurred_at  DATETIME(3)   NOT NULL,
  actor        VARCHAR(100)  NOT NULL,
  action       VARCHAR(40)   NOT NULL,
  subject      VARCHAR(300)  NOT NULL,
  KEY ix_audit_time (occurred_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
