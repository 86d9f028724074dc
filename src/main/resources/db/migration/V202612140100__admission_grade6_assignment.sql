-- Grade 6 (issue 19): the round's places are given by application and allocation (as grade 1) or by
-- assignment: the department assigns every pupil of the grade-5 list to the school of his zone, the
-- family confirms or asks for another school with a reason, the department decides.
ALTER TABLE admission_campaign ADD COLUMN placement VARCHAR(16) DEFAULT 'APPLICATION' NOT NULL;

-- The grade-5 list is imported as the round's pre-filled records (the data review's table): each
-- pupil's primary school and result, and his assignment.
ALTER TABLE admission_review_record ADD COLUMN primary_school VARCHAR(200);
ALTER TABLE admission_review_record ADD COLUMN primary_result VARCHAR(100);
ALTER TABLE admission_review_record ADD COLUMN assigned_site_id BIGINT;
ALTER TABLE admission_review_record ADD COLUMN assignment_status VARCHAR(16);
ALTER TABLE admission_review_record ADD COLUMN requested_site_id BIGINT;
ALTER TABLE admission_review_record ADD COLUMN request_reason VARCHAR(1000);
ALTER TABLE admission_review_record ADD COLUMN assignment_note VARCHAR(1000);
ALTER TABLE admission_review_record ADD COLUMN assignment_changed_at DATETIME(3);
ALTER TABLE admission_review_record ADD COLUMN assignment_decided_by VARCHAR(100);
CREATE INDEX ix_admission_review_assigned ON admission_review_record (campaign_id, assigned_site_id, assignment_status);
