-- A school's own attendance policy: its targets (attendance % to reach, PA % to stay under; NULL
-- until the school sets them) and the limits of the process-map bands (school policy; the
-- defaults 97/95/92/90/85 are documented in statistics.BandLimits). One row per school, written
-- on the first PUT; a school without a row uses the defaults.
CREATE TABLE school_attendance_policy (
  school_id                  BIGINT        NOT NULL PRIMARY KEY,
  attendance_target          DECIMAL(5,2)  NULL,
  persistent_absence_target  DECIMAL(5,2)  NULL,
  band_excellent             DECIMAL(5,2)  NOT NULL DEFAULT 97.00,
  band_early_concern         DECIMAL(5,2)  NOT NULL DEFAULT 95.00,
  band_at_risk               DECIMAL(5,2)  NOT NULL DEFAULT 92.00,
  band_persistent_absence    DECIMAL(5,2)  NOT NULL DEFAULT 90.00,
  band_serious               DECIMAL(5,2)  NOT NULL DEFAULT 85.00,
  updated_at                 DATETIME(3)   NOT NULL,
  CONSTRAINT fk_policy_school FOREIGN KEY (school_id) REFERENCES school (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
