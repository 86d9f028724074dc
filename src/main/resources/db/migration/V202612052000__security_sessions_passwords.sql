-- Staff sessions end everywhere when the credentials change: every session carries the epoch it
-- started in, and a password change, an admin reset or a change of second factor moves it on.
-- A password an admin set must be changed at the next login.
ALTER TABLE account ADD COLUMN session_epoch INT DEFAULT 0 NOT NULL;
ALTER TABLE account ADD COLUMN must_change_password BOOLEAN DEFAULT FALSE NOT NULL;
-- The TOTP secret encrypted (AES-GCM with a key from the configuration); the clear column is
-- emptied at start-up once its value has been moved here.
ALTER TABLE account ADD COLUMN totp_secret_sealed VARCHAR(200);

-- Self-service password reset by an e-mailed link: only a hash of the link's token is kept;
-- a link works once, for a short time.
CREATE TABLE password_reset (
    id          BIGINT      NOT NULL PRIMARY KEY,
    account_id  BIGINT      NOT NULL,
    token_hash  VARCHAR(64) NOT NULL,
    created_at  DATETIME(3) NOT NULL,
    expires_at  DATETIME(3) NOT NULL,
    used_at     DATETIME(3),
    ip          VARCHAR(64),
    CONSTRAINT uq_password_reset_token UNIQUE (token_hash),
    CONSTRAINT fk_password_reset_account FOREIGN KEY (account_id) REFERENCES account (id)
);
CREATE INDEX ix_password_reset_account ON password_reset (account_id, created_at);
CREATE INDEX ix_one_time_code_email ON one_time_code (email, created_at);
