-- National attendance figures (England, state-funded schools) that schools compare themselves
-- with: reference data with its source and year, seeded from DOMAIN.md and editable through the
-- API (PUT /api/national-benchmarks/{year}). A figure the DfE did not publish is NULL.
CREATE TABLE national_benchmark (
  year_label            VARCHAR(7)    NOT NULL PRIMARY KEY,
  overall_absence       DECIMAL(5,2)  NULL,
  unauthorised_absence  DECIMAL(5,2)  NULL,
  persistent_absence    DECIMAL(5,2)  NULL,
  severe_absence        DECIMAL(5,2)  NULL,
  source                VARCHAR(300)  NOT NULL,
  updated_at            DATETIME(3)   NOT NULL,
  CONSTRAINT ck_benchmark_year CHECK (year_label REGEXP '^[0-9]{4}/[0-9]{2}$')
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO national_benchmark (year_label, overall_absence, unauthorised_absence, persistent_absence, severe_absence, source, updated_at) VALUES
('2018/19', 4.70, 1.40, 10.90, NULL, 'DfE, Pupil absence in schools in England, 2018/19 (England, state-funded schools)', NOW(3)),
('2022/23', 7.40, 2.40, 21.20, 2.00, 'DfE, Pupil absence in schools in England, 2022/23 (England, state-funded schools)', NOW(3)),
('2023/24', 7.10, 2.50, 20.00, 2.30, 'DfE, Pupil absence in schools in England, 2023/24 (England, state-funded schools)', NOW(3));
