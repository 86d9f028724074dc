-- One public-form engine (issue 15): the drafts of every public form in one table, one
-- serialisation (a JSON object of strings), and the history of what the forms made in another.
-- Procedures' drafts and events move here; their ids stay (one id generator for every table),
-- so the files that point at a draft (submission_file.draft_id) still do.

CREATE TABLE form_draft (
    id            BIGINT        NOT NULL PRIMARY KEY,
    token         VARCHAR(64)   NOT NULL,
    site_id       BIGINT        NOT NULL,
    -- the feature ('procedure', 'admission') and its form (a procedure's id, a round's id)
    form_kind     VARCHAR(20)   NOT NULL,
    form_key      BIGINT        NOT NULL,
    -- the version of the form it was filled on (procedure_form.id); null where a form has one
    form_version  BIGINT,
    step          INT           NOT NULL,
    data          MEDIUMTEXT    NOT NULL,
    email         VARCHAR(254),
    consent_text  MEDIUMTEXT,
    consent_at    DATETIME(3),
    -- what the submit made (a submission's id, an application's id)
    result_id     BIGINT,
    created_at    DATETIME(3)   NOT NULL,
    updated_at    DATETIME(3)   NOT NULL,
    expires_at    DATETIME(3)   NOT NULL,
    CONSTRAINT uq_form_draft_token UNIQUE (token)
);
CREATE INDEX ix_form_draft_expiry ON form_draft (form_kind, expires_at);
CREATE INDEX ix_form_draft_form ON form_draft (form_kind, form_key);

CREATE TABLE form_event (
    id         BIGINT         NOT NULL PRIMARY KEY,
    form_kind  VARCHAR(20)    NOT NULL,
    record_id  BIGINT         NOT NULL,
    site_id    BIGINT         NOT NULL,
    status     VARCHAR(20)    NOT NULL,
    note       VARCHAR(2000),
    actor      VARCHAR(100)   NOT NULL,
    at         DATETIME(3)    NOT NULL
);
CREATE INDEX ix_form_event_record ON form_event (form_kind, record_id, at);

-- A procedure's draft was kept a week after its last change.
INSERT INTO form_draft (id, token, site_id, form_kind, form_key, form_version, step, data, email, consent_text,
                        consent_at, result_id, created_at, updated_at, expires_at)
SELECT id, token, site_id, 'procedure', procedure_id, form_id, step, data, email, consent_text,
       consent_at, submission_id, created_at, updated_at, TIMESTAMPADD(DAY, 7, updated_at)
FROM submission_draft;

INSERT INTO form_event (id, form_kind, record_id, site_id, status, note, actor, at)
SELECT id, 'procedure', submission_id, site_id, status, note, actor, at
FROM submission_event;

DROP TABLE submission_event;
DROP TABLE submission_draft;
