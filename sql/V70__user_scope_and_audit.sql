-- Issue 12: a user's roles apply only in their schools (admin everywhere); tutors and heads of year
-- are narrowed further to forms and year groups. Kept as plain strings: a grant may name a school
-- that is not loaded yet (the lead is set up before the first import).
CREATE TABLE app_user_school (
  user_id  BIGINT     NOT NULL,
  urn      VARCHAR(8) NOT NULL,
  PRIMARY KEY (user_id, urn),
  CONSTRAINT fk_user_school_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE app_user_form (
  user_id  BIGINT      NOT NULL,
  form     VARCHAR(20) NOT NULL,
  PRIMARY KEY (user_id, form),
  CONSTRAINT fk_user_form_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE app_user_year_group (
  user_id     BIGINT     NOT NULL,
  year_group  VARCHAR(3) NOT NULL,
  PRIMARY KEY (user_id, year_group),
  CONSTRAINT fk_user_year_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Failed logins per user name: the count drives a growing delay; the last address is recorded.
CREATE TABLE login_failure (
  username      VARCHAR(100) NOT NULL PRIMARY KEY,
  failures      INT          NOT NULL,
  last_failed   DATETIME(3)  NOT NULL,
  last_address  VARCHAR(64)  NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- The audit trail says which school and which pupil an event was about, and from which address.
ALTER TABLE audit_event
  ADD COLUMN urn     VARCHAR(8)  NULL,
  ADD COLUMN upn     VARCHAR(13) NULL,
  ADD COLUMN address VARCHAR(64) NULL,
  ADD KEY ix_audit_urn (urn, occurred_at),
  ADD KEY ix_audit_upn (upn);
