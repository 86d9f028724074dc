-- The language of an applicant's mails about a procedure (SubmissionForm.language): the page's language when
-- the applicant gave the address and consented, "en" or "vi". Drafts and submissions kept before have none and
-- are mailed in Vietnamese, as they were.
ALTER TABLE form_draft ADD COLUMN mail_language VARCHAR(2);
ALTER TABLE submission ADD COLUMN mail_language VARCHAR(2);
