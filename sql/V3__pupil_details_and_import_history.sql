-- Version 3: what the MIS imports need beyond the skeleton.
-- Enrolment spells (a pupil can leave and rejoin), contacts, closures in the calendar, the
-- history of changed marks and of every import.

-- Characteristics as BIT(1), the type the entity mapping validates against.
ALTER TABLE pupil
  MODIFY fsm BIT(1) NULL, MODIFY disadvantaged BIT(1) NULL, MODIFY eal BIT(1) NULL,
  MODIFY looked_after BIT(1) NULL, MODIFY child_in_need BIT(1) NULL, MODIFY young_carer BIT(1) NULL;

-- One row per spell on roll. Statistics count a mark only inside a spell; a pupil with no spell
-- recorded (older data) counts throughout. pupil.admission_date / leaving_date mirror the latest spell.
CREATE TABLE enrolment (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  pupil_id        BIGINT NOT NULL,
  admission_date  DATE   NOT NULL,
  leaving_date    DATE   NULL,
  CONSTRAINT fk_enrolment_pupil FOREIGN KEY (pupil_id) REFERENCES pupil (id) ON DELETE CASCADE,
  CONSTRAINT uq_enrolment UNIQUE (pupil_id, admission_date)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Parents and carers who receive correspondence about a pupil.
CREATE TABLE contact (
  id                       BIGINT AUTO_INCREMENT PRIMARY KEY,
  pupil_id                 BIGINT       NOT NULL,
  name                     VARCHAR(200) NOT NULL,
  relationship             VARCHAR(60)  NOT NULL,
  email                    VARCHAR(320) NULL,
  address                  VARCHAR(500) NULL,
  priority                 INT          NOT NULL,
  receives_correspondence  BIT(1)       NOT NULL,
  channel                  VARCHAR(10)  NOT NULL,
  CONSTRAINT fk_contact_pupil FOREIGN KEY (pupil_id) REFERENCES pupil (id) ON DELETE CASCADE,
  CONSTRAINT ck_contact_channel CHECK (channel IN ('EMAIL', 'POST'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Days in a school's calendar when it is not open although in term: planned closures (#), INSET
-- days, bank holidays. Half-terms are ranges within a term.
ALTER TABLE term ADD COLUMN half_term_start DATE NULL, ADD COLUMN half_term_end DATE NULL;

CREATE TABLE closure (
  id                BIGINT AUTO_INCREMENT PRIMARY KEY,
  academic_year_id  BIGINT       NOT NULL,
  closure_date      DATE         NOT NULL,
  kind              VARCHAR(20)  NOT NULL,
  description       VARCHAR(200) NULL,
  CONSTRAINT fk_closure_year FOREIGN KEY (academic_year_id) REFERENCES academic_year (id) ON DELETE CASCADE,
  CONSTRAINT uq_closure UNIQUE (academic_year_id, closure_date)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Every import, applied or refused: what came in, what it did, and its errors.
CREATE TABLE import_record (
  id            BIGINT AUTO_INCREMENT PRIMARY KEY,
  school_id     BIGINT        NOT NULL,
  kind          VARCHAR(20)   NOT NULL,
  file_name     VARCHAR(300)  NOT NULL,
  sha256        VARCHAR(64)   NOT NULL,
  source        VARCHAR(20)   NOT NULL,
  status        VARCHAR(20)   NOT NULL,
  rows_read     INT           NOT NULL DEFAULT 0,
  added         INT           NOT NULL DEFAULT 0,
  changed       INT           NOT NULL DEFAULT 0,
  unchanged     INT           NOT NULL DEFAULT 0,
  error_count   INT           NOT NULL DEFAULT 0,
  summary       TEXT          NULL,
  started_at    DATETIME(3)   NOT NULL,
  finished_at   DATETIME(3)   NULL,
  imported_by   VARCHAR(100)  NOT NULL,
  CONSTRAINT fk_import_school FOREIGN KEY (school_id) REFERENCES school (id),
  KEY ix_import_school_time (school_id, started_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A mark that an import changed: when, by which import, old and new code.
CREATE TABLE mark_change (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  import_id   BIGINT      NOT NULL,
  pupil_id    BIGINT      NOT NULL,
  mark_date   DATE        NOT NULL,
  session     CHAR(2)     NOT NULL,
  old_code    VARCHAR(2)  NOT NULL,
  new_code    VARCHAR(2)  NOT NULL,
  changed_at  DATETIME(3) NOT NULL,
  CONSTRAINT fk_change_import FOREIGN KEY (import_id) REFERENCES import_record (id),
  CONSTRAINT fk_change_pupil FOREIGN KEY (pupil_id) REFERENCES pupil (id) ON DELETE CASCADE,
  KEY ix_change_pupil (pupil_id, mark_date)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
