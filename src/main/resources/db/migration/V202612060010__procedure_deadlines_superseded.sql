-- Time limits that follow the department's calendar: the day a request counts as received (the
-- next working day when it arrives outside working hours), the working days it was given (the
-- procedure's limit when it arrived: a later change does not apply to it), and, while the school
-- waits for the applicant's documents, since when and how many working days are left.
ALTER TABLE submission ADD COLUMN received_on DATE;
ALTER TABLE submission ADD COLUMN time_limit_days INT;
ALTER TABLE submission ADD COLUMN paused_at DATETIME(3);
ALTER TABLE submission ADD COLUMN days_left INT;
UPDATE submission SET time_limit_days = (SELECT p.time_limit_days FROM procedure_def p WHERE p.id = submission.procedure_id);

-- A procedure replaced by another legal basis or procedure stays listed, marked superseded with
-- what replaced it, and takes no new requests; requests already sent finish under their version.
ALTER TABLE procedure_def ADD COLUMN superseded_at DATETIME(3);
ALTER TABLE procedure_def ADD COLUMN replaced_by VARCHAR(1000);
