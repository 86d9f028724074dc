-- External feeds of schools hosted elsewhere, registered by the department, and the items the
-- poller has copied from them. Same portability rules as the first migration.
--
-- url_hash: MySQL 8 refuses a unique index on VARCHAR(1000) in utf8mb4 (4000 bytes, the InnoDB
-- limit is 3072), so uniqueness is kept on the SHA-256 (hex) of the normalised URL.
-- The guid key (8 + 500 x 4 bytes) fits. MySQL's collations ignore case and accents: the poller
-- compares guids the same way before inserting. Item ids come from the id_sequence table like every
-- other row; row_version lets two cluster nodes not poll the same feed at once.

CREATE TABLE external_feed (
    id             BIGINT        NOT NULL PRIMARY KEY,
    name           VARCHAR(200)  NOT NULL,
    url            VARCHAR(1000) NOT NULL,
    url_hash       VARCHAR(64)   NOT NULL,
    school_site_id BIGINT,
    etag           VARCHAR(200),
    last_modified  VARCHAR(200),
    last_polled_at DATETIME(3),
    next_poll_at   DATETIME(3)   NOT NULL,
    failures       INT           NOT NULL DEFAULT 0,
    last_error     VARCHAR(500),
    created_at     DATETIME(3)   NOT NULL,
    row_version    INT           NOT NULL DEFAULT 0,
    CONSTRAINT uq_external_feed_url_hash UNIQUE (url_hash),
    CONSTRAINT fk_external_feed_site FOREIGN KEY (school_site_id) REFERENCES site (id)
);
CREATE INDEX ix_external_feed_next_poll ON external_feed (next_poll_at);

CREATE TABLE external_feed_item (
    id           BIGINT        NOT NULL PRIMARY KEY,
    feed_id      BIGINT        NOT NULL,
    guid         VARCHAR(500)  NOT NULL,
    title        VARCHAR(500)  NOT NULL,
    link         VARCHAR(1000) NOT NULL,
    summary      VARCHAR(2000),
    published_at DATETIME(3)   NOT NULL,
    fetched_at   DATETIME(3)   NOT NULL,
    CONSTRAINT uq_external_feed_item_guid UNIQUE (feed_id, guid),
    CONSTRAINT fk_external_feed_item_feed FOREIGN KEY (feed_id) REFERENCES external_feed (id)
);
CREATE INDEX ix_external_feed_item_published ON external_feed_item (published_at);
