-- Every message that goes out is recorded here first (the outbox), in the same transaction as
-- the change it reports; a job delivers it over SMTP and retries. In the demo it stays here.
CREATE TABLE mail_message (
    id              BIGINT        NOT NULL PRIMARY KEY,
    site_id         BIGINT,
    recipient       VARCHAR(254)  NOT NULL,
    subject         VARCHAR(300)  NOT NULL,
    body            MEDIUMTEXT    NOT NULL,
    purpose         VARCHAR(60)   NOT NULL,
    status          VARCHAR(20)   NOT NULL,
    attempts        INT           NOT NULL,
    next_attempt_at DATETIME(3)   NOT NULL,
    last_error      VARCHAR(500),
    created_at      DATETIME(3)   NOT NULL,
    sent_at         DATETIME(3)
);
CREATE INDEX ix_mail_message_due ON mail_message (status, next_attempt_at);
CREATE INDEX ix_mail_message_site ON mail_message (site_id, created_at);
CREATE INDEX ix_mail_message_recipient ON mail_message (recipient, created_at);

-- One-time codes that prove an applicant holds an e-mail address: only a hash is kept,
-- they expire and allow a few tries.
CREATE TABLE one_time_code (
    id          BIGINT       NOT NULL PRIMARY KEY,
    purpose     VARCHAR(40)  NOT NULL,
    subject_key VARCHAR(120) NOT NULL,
    email       VARCHAR(254) NOT NULL,
    code_hash   VARCHAR(64)  NOT NULL,
    tries       INT          NOT NULL,
    expires_at  DATETIME(3)  NOT NULL,
    used_at     DATETIME(3),
    created_at  DATETIME(3)  NOT NULL
);
CREATE INDEX ix_one_time_code_subject ON one_time_code (purpose, subject_key, created_at);
