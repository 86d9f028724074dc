-- Administrative procedures (thủ tục hành chính): defined by the department for every school
-- of a level, or by one school; each with an online form kept in versions.
CREATE TABLE procedure_def (
    id              BIGINT        NOT NULL PRIMARY KEY,
    site_id         BIGINT        NOT NULL,
    school_level    VARCHAR(30),
    slug            VARCHAR(80)   NOT NULL,
    name            VARCHAR(200)  NOT NULL,
    legal_basis     VARCHAR(1000) NOT NULL,
    applicants      VARCHAR(1000) NOT NULL,
    steps           MEDIUMTEXT    NOT NULL,
    documents       MEDIUMTEXT    NOT NULL,
    time_limit_days INT           NOT NULL,
    fee             VARCHAR(200)  NOT NULL,
    result          VARCHAR(500)  NOT NULL,
    service_level   VARCHAR(20)   NOT NULL,
    retention_days  INT           NOT NULL,
    published       BOOLEAN       NOT NULL,
    created_at      DATETIME(3)   NOT NULL,
    updated_at      DATETIME(3)   NOT NULL,
    CONSTRAINT uq_procedure_def_slug UNIQUE (site_id, slug),
    CONSTRAINT fk_procedure_def_site FOREIGN KEY (site_id) REFERENCES site (id)
);

-- Blank forms to download (PDF/DOCX); replaced legal bases leave them superseded, not deleted.
CREATE TABLE procedure_blank_form (
    id            BIGINT        NOT NULL PRIMARY KEY,
    procedure_id  BIGINT        NOT NULL,
    site_id       BIGINT        NOT NULL,
    title         VARCHAR(200)  NOT NULL,
    media_id      BIGINT        NOT NULL,
    legal_basis   VARCHAR(1000) NOT NULL,
    superseded_at DATETIME(3),
    created_at    DATETIME(3)   NOT NULL,
    CONSTRAINT fk_procedure_blank_form_def FOREIGN KEY (procedure_id) REFERENCES procedure_def (id),
    CONSTRAINT fk_procedure_blank_form_media FOREIGN KEY (media_id) REFERENCES media_file (id)
);
CREATE INDEX ix_procedure_blank_form_def ON procedure_blank_form (procedure_id);

-- The online form as data (sections and fields as JSON), one row per version.
CREATE TABLE procedure_form (
    id            BIGINT        NOT NULL PRIMARY KEY,
    procedure_id  BIGINT        NOT NULL,
    version       INT           NOT NULL,
    legal_basis   VARCHAR(1000) NOT NULL,
    definition    MEDIUMTEXT    NOT NULL,
    status        VARCHAR(20)   NOT NULL,
    created_by    VARCHAR(60)   NOT NULL,
    created_at    DATETIME(3)   NOT NULL,
    activated_at  DATETIME(3),
    superseded_at DATETIME(3),
    CONSTRAINT uq_procedure_form_version UNIQUE (procedure_id, version),
    CONSTRAINT fk_procedure_form_def FOREIGN KEY (procedure_id) REFERENCES procedure_def (id)
);

-- What a parent typed so far, kept between the steps of the form; the token is the hidden
-- field that identifies the draft and makes the final submit idempotent.
CREATE TABLE submission_draft (
    id             BIGINT       NOT NULL PRIMARY KEY,
    token          VARCHAR(40)  NOT NULL,
    site_id        BIGINT       NOT NULL,
    procedure_id   BIGINT       NOT NULL,
    form_id        BIGINT       NOT NULL,
    step           INT          NOT NULL,
    data           MEDIUMTEXT   NOT NULL,
    email          VARCHAR(254),
    consent_text   MEDIUMTEXT,
    consent_at     DATETIME(3),
    submission_id  BIGINT,
    created_at     DATETIME(3)  NOT NULL,
    updated_at     DATETIME(3)  NOT NULL,
    CONSTRAINT uq_submission_draft_token UNIQUE (token)
);
CREATE INDEX ix_submission_draft_age ON submission_draft (updated_at);

CREATE TABLE submission (
    id             BIGINT        NOT NULL PRIMARY KEY,
    site_id        BIGINT        NOT NULL,
    procedure_id   BIGINT        NOT NULL,
    form_id        BIGINT        NOT NULL,
    form_version   INT           NOT NULL,
    tracking_code  VARCHAR(12)   NOT NULL,
    draft_token    VARCHAR(40)   NOT NULL,
    status         VARCHAR(20)   NOT NULL,
    email          VARCHAR(254),
    applicant_name VARCHAR(200),
    data           MEDIUMTEXT,
    consent_text   MEDIUMTEXT,
    consent_at     DATETIME(3),
    submitted_at   DATETIME(3)   NOT NULL,
    due_on         DATE          NOT NULL,
    assigned_to    VARCHAR(60),
    completed_at   DATETIME(3),
    anonymised_at  DATETIME(3),
    CONSTRAINT uq_submission_tracking UNIQUE (tracking_code),
    CONSTRAINT uq_submission_draft UNIQUE (draft_token),
    CONSTRAINT fk_submission_site FOREIGN KEY (site_id) REFERENCES site (id),
    CONSTRAINT fk_submission_def FOREIGN KEY (procedure_id) REFERENCES procedure_def (id),
    CONSTRAINT fk_submission_form FOREIGN KEY (form_id) REFERENCES procedure_form (id)
);
CREATE INDEX ix_submission_queue ON submission (site_id, status, due_on);
CREATE INDEX ix_submission_retention ON submission (completed_at, anonymised_at);

CREATE TABLE submission_event (
    id            BIGINT        NOT NULL PRIMARY KEY,
    submission_id BIGINT        NOT NULL,
    site_id       BIGINT        NOT NULL,
    at            DATETIME(3)   NOT NULL,
    actor         VARCHAR(60)   NOT NULL,
    status        VARCHAR(20)   NOT NULL,
    note          VARCHAR(2000),
    CONSTRAINT fk_submission_event_submission FOREIGN KEY (submission_id) REFERENCES submission (id)
);
CREATE INDEX ix_submission_event_submission ON submission_event (submission_id, at);

-- Files of a draft or a submission (the applicant's attachments and the staff's result),
-- stored outside the web root and served only to the school's staff or by a signed link.
CREATE TABLE submission_file (
    id            BIGINT        NOT NULL PRIMARY KEY,
    site_id       BIGINT        NOT NULL,
    draft_id      BIGINT,
    submission_id BIGINT,
    field_key     VARCHAR(60)   NOT NULL,
    kind          VARCHAR(20)   NOT NULL,
    original_name VARCHAR(255)  NOT NULL,
    stored_path   VARCHAR(255)  NOT NULL,
    content_type  VARCHAR(120)  NOT NULL,
    size_bytes    BIGINT        NOT NULL,
    created_at    DATETIME(3)   NOT NULL
);
CREATE INDEX ix_submission_file_draft ON submission_file (draft_id);
CREATE INDEX ix_submission_file_submission ON submission_file (submission_id);

-- What the retention job removed, so counts survive the deletion of personal data.
CREATE TABLE submission_purge (
    id           BIGINT       NOT NULL PRIMARY KEY,
    run_at       DATETIME(3)  NOT NULL,
    site_id      BIGINT       NOT NULL,
    procedure_id BIGINT       NOT NULL,
    anonymised   INT          NOT NULL
);
