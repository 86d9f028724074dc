-- A second factor for staff: a TOTP secret (RFC 6238), switched on once a code from the
-- authenticator app has been confirmed; the last time step used, so a code works once.
ALTER TABLE account ADD COLUMN totp_secret VARCHAR(64);
ALTER TABLE account ADD COLUMN totp_enabled BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE account ADD COLUMN totp_last_step BIGINT DEFAULT 0 NOT NULL;
