-- The outbox retries with a backoff (1 minute doubling to 1 hour) until a limit, then gives up:
-- when a message may be tried next, and a FAILED status (a permanent refusal or the limit reached).
ALTER TABLE mail_message
  ADD COLUMN next_attempt_at DATETIME(3) NULL AFTER last_error,
  ADD COLUMN last_attempt_at DATETIME(3) NULL AFTER next_attempt_at,
  ADD COLUMN failed_at DATETIME(3) NULL AFTER sent_at,
  ADD KEY ix_mail_due (status, next_attempt_at),
  ADD KEY ix_mail_run_status (run_id, status);
