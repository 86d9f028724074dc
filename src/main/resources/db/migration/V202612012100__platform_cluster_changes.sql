-- Several servers share one database. Each keeps caches in memory (sites, menus, rendered pages)
-- and its own search index; a change made through one server is written here in the same
-- transaction, and every other server reads the new rows about once a second and applies them
-- (drops its cached pages, re-indexes the item). Rows are kept a week, so a server that was
-- down for less than that catches up its search index at start.
CREATE TABLE cluster_change (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    origin      VARCHAR(80)   NOT NULL,
    kind        VARCHAR(20)   NOT NULL,
    site_id     BIGINT,
    change_key  VARCHAR(200),
    -- epoch milliseconds of the writing server's clock: no time-zone conversion between servers
    created_ms  BIGINT        NOT NULL
);
CREATE INDEX ix_cluster_change_created ON cluster_change (created_ms);

-- Jobs that must run once per period across all servers (the nightly retention): the first
-- server to insert the row runs it, the others see the duplicate key and skip.
CREATE TABLE job_run (
    job         VARCHAR(60)   NOT NULL,
    period      VARCHAR(20)   NOT NULL,
    node        VARCHAR(80)   NOT NULL,
    started_at  DATETIME(3)   NOT NULL,
    PRIMARY KEY (job, period)
);
