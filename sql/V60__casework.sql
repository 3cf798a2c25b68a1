-- Casework (issue 13): what the school did about a pupil's attendance, and the letters it sent.
-- Notes and outcomes are pupil data: they stay in these rows and are never written to a log.
CREATE TABLE intervention (
  id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
  pupil_id             BIGINT        NOT NULL,
  type                 VARCHAR(30)   NOT NULL,
  occurred_on          DATE          NOT NULL,
  owner                VARCHAR(200)  NOT NULL,
  notes                TEXT          NULL,
  outcome              VARCHAR(1000) NULL,
  review_on            DATE          NULL,
  -- NOTICE_TO_IMPROVE: the last day of the improvement period (3 to 6 weeks after occurred_on)
  improvement_ends_on  DATE          NULL,
  -- PENALTY_NOTICE: the parent it was issued to, and what became of it
  parent               VARCHAR(200)  NULL,
  penalty_status       VARCHAR(20)   NULL,
  recorded_by          VARCHAR(100)  NOT NULL,
  recorded_at          DATETIME(3)   NOT NULL,
  updated_at           DATETIME(3)   NOT NULL,
  CONSTRAINT fk_intervention_pupil FOREIGN KEY (pupil_id) REFERENCES pupil (id) ON DELETE CASCADE,
  CONSTRAINT ck_intervention_type CHECK (type IN ('CONVERSATION', 'TARGET_SET', 'STAGE_1_LETTER', 'STAGE_2_LETTER',
      'STAGE_3_LETTER', 'MEETING', 'HOME_VISIT', 'PARENTING_CONTRACT', 'ATTENDANCE_CONTRACT', 'EARLY_HELP',
      'CHILD_IN_NEED_MEETING', 'CASE_STUDY', 'LA_REFERRAL', 'NOTICE_TO_IMPROVE', 'PENALTY_NOTICE', 'PROSECUTION', 'OTHER')),
  CONSTRAINT ck_penalty_status CHECK (penalty_status IS NULL OR penalty_status IN ('ISSUED', 'PAID', 'WITHDRAWN')),
  KEY ix_intervention_pupil (pupil_id, occurred_on),
  KEY ix_intervention_date (occurred_on)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One row per letter written to one contact: emailed through the outbox, or waiting in the print file.
CREATE TABLE casework_letter (
  id               BIGINT AUTO_INCREMENT PRIMARY KEY,
  intervention_id  BIGINT        NOT NULL,
  document_id      BIGINT        NOT NULL,
  contact_name     VARCHAR(200)  NOT NULL,
  channel          VARCHAR(10)   NOT NULL,
  status           VARCHAR(20)   NOT NULL,
  created_at       DATETIME(3)   NOT NULL,
  CONSTRAINT fk_letter_intervention FOREIGN KEY (intervention_id) REFERENCES intervention (id) ON DELETE CASCADE,
  CONSTRAINT fk_letter_document FOREIGN KEY (document_id) REFERENCES document (id),
  CONSTRAINT ck_letter_channel CHECK (channel IN ('EMAIL', 'POST')),
  CONSTRAINT ck_letter_status CHECK (status IN ('EMAILED', 'TO_PRINT', 'PRINTED')),
  KEY ix_letter_status (status)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
