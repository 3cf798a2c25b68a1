-- Self-evaluation: frameworks (versioned reference data), the guidance library, audit rounds with
-- several respondents, agreed scores and action plans. Frameworks and guidance are loaded by the
-- migrations that follow (V21 to V24); a new framework version is a new framework row, so old
-- rounds keep pointing at the version they were scored against.

-- A framework version. Every framework is scored on a whole-number scale (1-12 for the RAG
-- framework; 1-3 standing for Red, Amber, Green in the audit and the five foundations).
CREATE TABLE framework (
  id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
  framework_key        VARCHAR(40)  NOT NULL,
  version              INT          NOT NULL,
  name                 VARCHAR(200) NOT NULL,
  source               VARCHAR(200) NOT NULL,
  rating               VARCHAR(10)  NOT NULL,
  scale_min            INT          NOT NULL,
  scale_max            INT          NOT NULL,
  disagreement_spread  INT          NOT NULL,
  description          TEXT         NULL,
  CONSTRAINT uq_framework UNIQUE (framework_key, version),
  CONSTRAINT ck_framework_rating CHECK (rating IN ('SCALE', 'RAG')),
  CONSTRAINT ck_framework_scale CHECK (scale_min < scale_max)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- How the framework's scale maps to Red, Amber and Green, with what each level means.
CREATE TABLE framework_band (
  id            BIGINT AUTO_INCREMENT PRIMARY KEY,
  framework_id  BIGINT      NOT NULL,
  rag           VARCHAR(5)  NOT NULL,
  score_from    INT         NOT NULL,
  score_to      INT         NOT NULL,
  description   TEXT        NULL,
  CONSTRAINT fk_band_framework FOREIGN KEY (framework_id) REFERENCES framework (id),
  CONSTRAINT uq_band UNIQUE (framework_id, rag),
  CONSTRAINT ck_band_rag CHECK (rag IN ('RED', 'AMBER', 'GREEN'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The guidance library ("Addressing Absence"): per chevron, expectations with examples and links
-- to the DfES approaches and the Ofsted ECM outcomes.
CREATE TABLE dfes_approach (
  id           BIGINT AUTO_INCREMENT PRIMARY KEY,
  code         VARCHAR(30)  NOT NULL,
  name         VARCHAR(200) NOT NULL,
  position     INT          NOT NULL,
  CONSTRAINT uq_dfes_approach UNIQUE (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE ecm_outcome (
  id           BIGINT AUTO_INCREMENT PRIMARY KEY,
  code         VARCHAR(10)  NOT NULL,
  name         VARCHAR(200) NOT NULL,
  descriptor   TEXT         NOT NULL,
  position     INT          NOT NULL,
  CONSTRAINT uq_ecm_outcome UNIQUE (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE guidance_chevron (
  id            BIGINT AUTO_INCREMENT PRIMARY KEY,
  guidance_key  VARCHAR(40)  NOT NULL,
  title         VARCHAR(200) NOT NULL,
  position      INT          NOT NULL,
  CONSTRAINT uq_guidance_chevron UNIQUE (guidance_key)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE guidance_expectation (
  id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
  guidance_chevron_id  BIGINT  NOT NULL,
  position             INT     NOT NULL,
  expectation          TEXT    NOT NULL,
  resources            TEXT    NULL,
  CONSTRAINT fk_expectation_chevron FOREIGN KEY (guidance_chevron_id) REFERENCES guidance_chevron (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- depth 1 is a point of its own, depth 2 a sub-point of the one before.
CREATE TABLE guidance_example (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  expectation_id  BIGINT  NOT NULL,
  position        INT     NOT NULL,
  depth           INT     NOT NULL,
  body            TEXT    NOT NULL,
  CONSTRAINT fk_example_expectation FOREIGN KEY (expectation_id) REFERENCES guidance_expectation (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE guidance_expectation_approach (
  expectation_id  BIGINT  NOT NULL,
  position        INT     NOT NULL,
  approach_id     BIGINT  NOT NULL,
  PRIMARY KEY (expectation_id, position),
  CONSTRAINT fk_gea_expectation FOREIGN KEY (expectation_id) REFERENCES guidance_expectation (id),
  CONSTRAINT fk_gea_approach FOREIGN KEY (approach_id) REFERENCES dfes_approach (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE guidance_expectation_outcome (
  expectation_id  BIGINT  NOT NULL,
  position        INT     NOT NULL,
  outcome_id      BIGINT  NOT NULL,
  PRIMARY KEY (expectation_id, position),
  CONSTRAINT fk_geo_expectation FOREIGN KEY (expectation_id) REFERENCES guidance_expectation (id),
  CONSTRAINT fk_geo_outcome FOREIGN KEY (outcome_id) REFERENCES ecm_outcome (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Headings group items: the RAG framework's four headings (in two parts), the audit's one list,
-- the five foundations. reconstructed = the seed lost this text and it was rebuilt.
CREATE TABLE framework_heading (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  framework_id    BIGINT       NOT NULL,
  position        INT          NOT NULL,
  part            INT          NOT NULL,
  code            VARCHAR(10)  NOT NULL,
  title           VARCHAR(200) NOT NULL,
  description     TEXT         NULL,
  reconstructed   BIT(1)       NOT NULL DEFAULT 0,
  CONSTRAINT fk_heading_framework FOREIGN KEY (framework_id) REFERENCES framework (id),
  CONSTRAINT uq_heading UNIQUE (framework_id, code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- What is scored: a chevron, a statement or a KPI. guidance_key links a chevron to its guidance.
CREATE TABLE framework_item (
  id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
  heading_id           BIGINT        NOT NULL,
  position             INT           NOT NULL,
  code                 VARCHAR(10)   NOT NULL,
  title                VARCHAR(200)  NOT NULL,
  statement            TEXT          NULL,
  guidance_key         VARCHAR(40)   NULL,
  reconstructed        BIT(1)        NOT NULL DEFAULT 0,
  reconstruction_note  VARCHAR(400)  NULL,
  CONSTRAINT fk_item_heading FOREIGN KEY (heading_id) REFERENCES framework_heading (id),
  CONSTRAINT fk_item_guidance FOREIGN KEY (guidance_key) REFERENCES guidance_chevron (guidance_key)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A chevron's example questions, each row with the Red and Green descriptor beside it in the seed.
CREATE TABLE framework_question (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  item_id     BIGINT  NOT NULL,
  position    INT     NOT NULL,
  question    TEXT    NOT NULL,
  red         TEXT    NULL,
  green       TEXT    NULL,
  CONSTRAINT fk_question_item FOREIGN KEY (item_id) REFERENCES framework_item (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A round of self-evaluation at one school against one framework version.
-- status: SCORING (respondents score alone) -> REVIEW (scores visible, agreed scores) -> CLOSED.
CREATE TABLE audit_round (
  id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
  school_id          BIGINT        NOT NULL,
  framework_id       BIGINT        NOT NULL,
  title              VARCHAR(200)  NOT NULL,
  held_on            DATE          NOT NULL,
  status             VARCHAR(10)   NOT NULL,
  opened_by          VARCHAR(100)  NOT NULL,
  opened_at          DATETIME(3)   NOT NULL,
  scoring_closed_at  DATETIME(3)   NULL,
  closed_at          DATETIME(3)   NULL,
  CONSTRAINT fk_round_school FOREIGN KEY (school_id) REFERENCES school (id),
  CONSTRAINT fk_round_framework FOREIGN KEY (framework_id) REFERENCES framework (id),
  CONSTRAINT ck_round_status CHECK (status IN ('SCORING', 'REVIEW', 'CLOSED'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_round_school ON audit_round (school_id, framework_id, status);

-- username: the login of a respondent who scores as themselves; null for someone (a parent, a
-- pupil) whose answers the lead enters.
CREATE TABLE audit_respondent (
  id         BIGINT AUTO_INCREMENT PRIMARY KEY,
  round_id   BIGINT        NOT NULL,
  name       VARCHAR(200)  NOT NULL,
  kind       VARCHAR(10)   NOT NULL,
  username   VARCHAR(100)  NULL,
  CONSTRAINT fk_respondent_round FOREIGN KEY (round_id) REFERENCES audit_round (id),
  CONSTRAINT uq_respondent_name UNIQUE (round_id, name),
  CONSTRAINT uq_respondent_user UNIQUE (round_id, username),
  CONSTRAINT ck_respondent_kind CHECK (kind IN ('STAFF', 'PARENT', 'PUPIL', 'PARTNER'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One score per respondent per item; entered_by differs from the respondent's username when the
-- lead entered it on their behalf.
CREATE TABLE audit_response (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  respondent_id   BIGINT        NOT NULL,
  item_id         BIGINT        NOT NULL,
  score           INT           NOT NULL,
  evidence        TEXT          NULL,
  action_needed   TEXT          NULL,
  entered_by      VARCHAR(100)  NOT NULL,
  entered_at      DATETIME(3)   NOT NULL,
  CONSTRAINT fk_response_respondent FOREIGN KEY (respondent_id) REFERENCES audit_respondent (id),
  CONSTRAINT fk_response_item FOREIGN KEY (item_id) REFERENCES framework_item (id),
  CONSTRAINT uq_response UNIQUE (respondent_id, item_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE audit_agreed_score (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  round_id    BIGINT        NOT NULL,
  item_id     BIGINT        NOT NULL,
  score       INT           NOT NULL,
  note        TEXT          NULL,
  agreed_by   VARCHAR(100)  NOT NULL,
  agreed_at   DATETIME(3)   NOT NULL,
  CONSTRAINT fk_agreed_round FOREIGN KEY (round_id) REFERENCES audit_round (id),
  CONSTRAINT fk_agreed_item FOREIGN KEY (item_id) REFERENCES framework_item (id),
  CONSTRAINT uq_agreed UNIQUE (round_id, item_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The action plan of a round (seed 001, step 6).
CREATE TABLE plan_action (
  id               BIGINT AUTO_INCREMENT PRIMARY KEY,
  round_id         BIGINT        NOT NULL,
  item_id          BIGINT        NOT NULL,
  description      TEXT          NOT NULL,
  priority         VARCHAR(10)   NOT NULL,
  owner            VARCHAR(200)  NOT NULL,
  first_step       TEXT          NULL,
  overseer         VARCHAR(200)  NULL,
  success_measure  TEXT          NULL,
  due_on           DATE          NOT NULL,
  status           VARCHAR(15)   NOT NULL,
  created_by       VARCHAR(100)  NOT NULL,
  created_at       DATETIME(3)   NOT NULL,
  CONSTRAINT fk_action_round FOREIGN KEY (round_id) REFERENCES audit_round (id),
  CONSTRAINT fk_action_item FOREIGN KEY (item_id) REFERENCES framework_item (id),
  CONSTRAINT ck_action_priority CHECK (priority IN ('HIGH', 'MEDIUM', 'LOW')),
  CONSTRAINT ck_action_status CHECK (status IN ('NOT_STARTED', 'IN_PROGRESS', 'DONE', 'DROPPED'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE plan_progress_note (
  id           BIGINT AUTO_INCREMENT PRIMARY KEY,
  action_id    BIGINT        NOT NULL,
  noted_on     DATE          NOT NULL,
  note         TEXT          NOT NULL,
  author       VARCHAR(100)  NOT NULL,
  recorded_at  DATETIME(3)   NOT NULL,
  CONSTRAINT fk_note_action FOREIGN KEY (action_id) REFERENCES plan_action (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
