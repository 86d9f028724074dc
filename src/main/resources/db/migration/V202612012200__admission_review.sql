-- Data review (rà soát dữ liệu) before registration. The department imports the pre-filled record
-- of each child for a campaign (site = the department's); a parent checks it with a code mailed to
-- the record's address and asks for corrections with evidence; the department accepts (the record
-- changes, the old values are kept on the request) or refuses with a reason.
CREATE TABLE admission_review_record (
    id            BIGINT        NOT NULL PRIMARY KEY,
    campaign_id   BIGINT        NOT NULL,
    site_id       BIGINT        NOT NULL,
    personal_id   VARCHAR(12)   NOT NULL,
    child_name    VARCHAR(120)  NOT NULL,
    birth_date    DATE          NOT NULL,
    sex           VARCHAR(10)   NOT NULL,
    cur_ward      VARCHAR(100)  NOT NULL,
    cur_street    VARCHAR(200)  NOT NULL,
    perm_ward     VARCHAR(100),
    perm_street   VARCHAR(200),
    email         VARCHAR(254)  NOT NULL,
    imported_at   DATETIME(3)   NOT NULL,
    updated_at    DATETIME(3)   NOT NULL
);
CREATE UNIQUE INDEX ux_admission_review_child ON admission_review_record (campaign_id, personal_id);
CREATE INDEX ix_admission_review_site ON admission_review_record (site_id, campaign_id);

-- requested / previous: the fields asked for, one "name=value" a line (java.util.Properties)
CREATE TABLE admission_correction (
    id               BIGINT        NOT NULL PRIMARY KEY,
    campaign_id      BIGINT        NOT NULL,
    site_id          BIGINT        NOT NULL,
    record_id        BIGINT        NOT NULL,
    requested        MEDIUMTEXT    NOT NULL,
    previous         MEDIUMTEXT,
    reason           VARCHAR(1000) NOT NULL,
    evidence_path    VARCHAR(200)  NOT NULL,
    evidence_type    VARCHAR(100)  NOT NULL,
    status           VARCHAR(20)   NOT NULL,
    decision_reason  VARCHAR(1000),
    decided_by       VARCHAR(100),
    decided_at       DATETIME(3),
    created_at       DATETIME(3)   NOT NULL
);
CREATE INDEX ix_admission_correction_queue ON admission_correction (site_id, campaign_id, status, created_at);
CREATE INDEX ix_admission_correction_record ON admission_correction (record_id, created_at);
