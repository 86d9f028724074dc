-- First-grade admission. A campaign belongs to the department's site; each participating school
-- has its quota and zone; applications belong to the school that verifies them (first choice).

CREATE TABLE admission_campaign (
    id                  BIGINT        NOT NULL PRIMARY KEY,
    site_id             BIGINT        NOT NULL,
    school_year         INT           NOT NULL,
    name                VARCHAR(200)  NOT NULL,
    review_from         DATETIME(3)   NOT NULL,
    review_to           DATETIME(3)   NOT NULL,
    registration_from   DATETIME(3)   NOT NULL,
    registration_to     DATETIME(3)   NOT NULL,
    verification_to     DATETIME(3)   NOT NULL,
    results_at          DATETIME(3)   NOT NULL,
    enrolment_to        DATETIME(3)   NOT NULL,
    preferences_allowed BOOLEAN       NOT NULL,
    max_preferences     INT           NOT NULL,
    exceptions_allowed  BOOLEAN       NOT NULL,
    criteria            MEDIUMTEXT    NOT NULL,
    lottery_seed        VARCHAR(128),
    seed_published_at   DATETIME(3),
    allocated_at        DATETIME(3),
    allocation_digest   VARCHAR(64),
    retention_until     DATETIME(3)   NOT NULL,
    created_at          DATETIME(3)   NOT NULL
);
CREATE UNIQUE INDEX ux_admission_campaign_year ON admission_campaign (site_id, school_year);

CREATE TABLE admission_school (
    id              BIGINT       NOT NULL PRIMARY KEY,
    campaign_id     BIGINT       NOT NULL,
    school_site_id  BIGINT       NOT NULL,
    classes         INT          NOT NULL,
    seats_per_class INT          NOT NULL,
    zone            MEDIUMTEXT   NOT NULL
);
CREATE UNIQUE INDEX ux_admission_school ON admission_school (campaign_id, school_site_id);

-- What a parent has typed so far, kept between the steps of the public form (the page itself
-- keeps nothing): identified by a random token carried in the form.
CREATE TABLE admission_draft (
    id           BIGINT        NOT NULL PRIMARY KEY,
    token        VARCHAR(64)   NOT NULL,
    site_id      BIGINT        NOT NULL,
    campaign_id  BIGINT        NOT NULL,
    step         INT           NOT NULL,
    data         MEDIUMTEXT    NOT NULL,
    created_at   DATETIME(3)   NOT NULL,
    updated_at   DATETIME(3)   NOT NULL
);
CREATE UNIQUE INDEX ux_admission_draft_token ON admission_draft (token);

CREATE TABLE admission_application (
    id                  BIGINT        NOT NULL PRIMARY KEY,
    campaign_id         BIGINT        NOT NULL,
    site_id             BIGINT        NOT NULL,
    code                VARCHAR(9)    NOT NULL,
    draft_token         VARCHAR(64)   NOT NULL,
    personal_id         VARCHAR(12)   NOT NULL,
    -- the personal id while the application is active, null once withdrawn or refused:
    -- the unique index below allows one active application per child per campaign
    active_child        VARCHAR(12),
    preferences         VARCHAR(200)  NOT NULL,
    child_name          VARCHAR(120)  NOT NULL,
    masked_name         VARCHAR(120)  NOT NULL,
    birth_date          DATE          NOT NULL,
    birth_year          INT           NOT NULL,
    sex                 VARCHAR(10)   NOT NULL,
    birth_place         VARCHAR(200)  NOT NULL,
    ethnicity           VARCHAR(60)   NOT NULL,
    perm_province       VARCHAR(100)  NOT NULL,
    perm_ward           VARCHAR(100)  NOT NULL,
    perm_street         VARCHAR(200)  NOT NULL,
    cur_province        VARCHAR(100)  NOT NULL,
    cur_ward            VARCHAR(100)  NOT NULL,
    cur_street          VARCHAR(200)  NOT NULL,
    preschool           VARCHAR(200),
    father_name         VARCHAR(120),
    father_birth_year   INT,
    father_job          VARCHAR(120),
    father_phone        VARCHAR(20),
    mother_name         VARCHAR(120),
    mother_birth_year   INT,
    mother_job          VARCHAR(120),
    mother_phone        VARCHAR(20),
    declarant_name      VARCHAR(120)  NOT NULL,
    declarant_relation  VARCHAR(60)   NOT NULL,
    phone               VARCHAR(20)   NOT NULL,
    email               VARCHAR(254)  NOT NULL,
    criteria            VARCHAR(500)  NOT NULL,
    zone_group          INT           NOT NULL,
    zone_note           VARCHAR(1000) NOT NULL,
    staff_decision      BOOLEAN       NOT NULL,
    birth_cert_path     VARCHAR(200),
    birth_cert_type     VARCHAR(100),
    residence_path      VARCHAR(200),
    residence_type      VARCHAR(100),
    consent_text        MEDIUMTEXT    NOT NULL,
    consent_at          DATETIME(3)   NOT NULL,
    consent_ip          VARCHAR(64),
    status              VARCHAR(20)   NOT NULL,
    status_reason       VARCHAR(1000),
    result_site_id      BIGINT,
    waiting_position    INT,
    lottery             VARCHAR(16),
    enrolled_at         DATETIME(3),
    enrol_receipt       VARCHAR(20),
    submitted_at        DATETIME(3)   NOT NULL,
    updated_at          DATETIME(3)   NOT NULL
);
CREATE UNIQUE INDEX ux_admission_application_code ON admission_application (code);
CREATE UNIQUE INDEX ux_admission_application_draft ON admission_application (draft_token);
CREATE UNIQUE INDEX ux_admission_application_child ON admission_application (campaign_id, active_child);
CREATE INDEX ix_admission_application_site ON admission_application (site_id, campaign_id, status);
CREATE INDEX ix_admission_application_result ON admission_application (campaign_id, result_site_id);

CREATE TABLE admission_status_change (
    id              BIGINT        NOT NULL PRIMARY KEY,
    application_id  BIGINT        NOT NULL,
    site_id         BIGINT        NOT NULL,
    status          VARCHAR(20)   NOT NULL,
    reason          VARCHAR(1000),
    actor           VARCHAR(100)  NOT NULL,
    changed_at      DATETIME(3)   NOT NULL
);
CREATE INDEX ix_admission_status_change_app ON admission_status_change (application_id, changed_at);
