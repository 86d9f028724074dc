-- Counts that several servers must share, so that two servers do not let twice as much through.
-- Throttles (platform.Throttles): attempts of one kind by one key (an address, a code, an e-mail
-- address; stored as its SHA-256, never in clear), counted per time bucket (a sixtieth of the kind's window, at least a second). A row
-- is added to with one conditional UPDATE, or INSERTed when the bucket is new; rows whose window
-- has passed (expires_ms) are swept every few minutes.
CREATE TABLE throttle_hit (
    kind          VARCHAR(40)   NOT NULL,
    throttle_key  VARCHAR(190)  NOT NULL,
    bucket        BIGINT        NOT NULL,
    hits          INT           NOT NULL,
    expires_ms    BIGINT        NOT NULL,
    PRIMARY KEY (kind, throttle_key, bucket)
);
CREATE INDEX ix_throttle_hit_expires ON throttle_hit (expires_ms);

-- Failures in a row (growing delays: logins, re-authentication) per kind and key, with the time
-- of the last one (epoch milliseconds of the writing server).
CREATE TABLE throttle_failure (
    kind          VARCHAR(40)   NOT NULL,
    throttle_key  VARCHAR(190)  NOT NULL,
    failures      INT           NOT NULL,
    last_ms       BIGINT        NOT NULL,
    PRIMARY KEY (kind, throttle_key)
);
CREATE INDEX ix_throttle_failure_last ON throttle_failure (last_ms);

-- The line of the admission form's waiting room (admission.WaitingRoom), shared by every server:
-- one row per ticket, its number from AUTO_INCREMENT (so numbers grow across servers), when its
-- holder last showed it, and when it was called (NULL while it waits).
CREATE TABLE waiting_ticket (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    room          VARCHAR(40)   NOT NULL,
    seen_ms       BIGINT        NOT NULL,
    called_ms     BIGINT
);
CREATE INDEX ix_waiting_ticket_room ON waiting_ticket (room, called_ms, id);
CREATE INDEX ix_waiting_ticket_seen ON waiting_ticket (seen_ms);
