-- Grade 6 by assignment (issue 19): a family whose child is not on the imported grade-5 list (moved in, studied
-- abroad) asks for the child to be added, with its reason; the department adds the child (who is then assigned
-- by zone like any other) or refuses with a note. Personal data: deleted with the round's records at its
-- retention date (AdmissionRetention).
CREATE TABLE admission_list_request (
    id              BIGINT        NOT NULL PRIMARY KEY,
    campaign_id     BIGINT        NOT NULL,
    personal_id     VARCHAR(20)   NOT NULL,
    child_name      VARCHAR(200)  NOT NULL,
    birth_date      DATE          NOT NULL,
    sex             VARCHAR(10)   NOT NULL,
    cur_ward        VARCHAR(200)  NOT NULL,
    cur_street      VARCHAR(300)  NOT NULL,
    email           VARCHAR(254)  NOT NULL,
    primary_school  VARCHAR(300)  NOT NULL,
    reason          VARCHAR(1000) NOT NULL,
    status          VARCHAR(20)   NOT NULL,
    note            VARCHAR(1000),
    created_at      DATETIME(3)   NOT NULL,
    decided_at      DATETIME(3),
    decided_by      VARCHAR(100)
);
CREATE INDEX ix_admission_list_request ON admission_list_request (campaign_id, status);
