-- A class with a programme of its own in a grade 6 round by assignment (issue 19): e.g. the integrated English
-- programme's class at one school, admitted by an assessment's score for that class only. Families register
-- while the confirmation window is open; the department imports the scores and ranks once registration has
-- closed; the pupils within the seats (all those tied at the last seat) move to that school.
CREATE TABLE admission_special_class (
    id              BIGINT        NOT NULL PRIMARY KEY,
    campaign_id     BIGINT        NOT NULL,
    school_site_id  BIGINT        NOT NULL,
    name            VARCHAR(200)  NOT NULL,
    seats           INT           NOT NULL,
    -- when it was ranked and the score of its last seat (null before)
    ranked_at       DATETIME(3),
    cutoff          DECIMAL(5,2),
    CONSTRAINT uq_admission_special_class UNIQUE (campaign_id, school_site_id)
);
-- The pupil's registration for one such class, the score imported for it, and the ranking's answer.
ALTER TABLE admission_review_record ADD COLUMN special_class_id BIGINT;
ALTER TABLE admission_review_record ADD COLUMN special_score DECIMAL(5,2);
ALTER TABLE admission_review_record ADD COLUMN special_admitted BOOLEAN;
CREATE INDEX ix_admission_review_special ON admission_review_record (special_class_id);
