-- Issue 11 (runs as restartable jobs): every output of a run is keyed by what it is for, so a
-- resumed or repeated chunk finds what it already made instead of making it again.
-- document.output_key: "run:<id>:pupil:<upn>", "run:<id>:form:<form>", "run:<id>:year:<group>",
-- "run:<id>:print-file", "run:<id>:governor-pack", "run:<id>:sef:pdf" ...; NULL for a document made
-- outside a run (letters). A unique index allows many NULLs.
ALTER TABLE document ADD COLUMN output_key VARCHAR(200) NULL;
CREATE UNIQUE INDEX ux_document_output_key ON document (output_key);

-- mail_message.message_key: the SHA-256 (hex) of what the message is for ("run:<id>:pupil:<upn>:to:<address>"),
-- so it names nobody and can be the SMTP Message-ID. Older rows get a key from their id.
ALTER TABLE mail_message ADD COLUMN message_key VARCHAR(64) NULL;
UPDATE mail_message SET message_key = SHA2(CONCAT('message:', id), 256) WHERE message_key IS NULL;
ALTER TABLE mail_message MODIFY message_key VARCHAR(64) NOT NULL;
CREATE UNIQUE INDEX ux_mail_message_key ON mail_message (message_key);

-- report_run.owner: "<node>/<boot id>" of the server whose batch job runs it. At start-up a server
-- resumes the runs its own node left behind in an earlier life; a conditional UPDATE of this column
-- lets exactly one server claim a run.
ALTER TABLE report_run ADD COLUMN owner VARCHAR(200) NULL;
