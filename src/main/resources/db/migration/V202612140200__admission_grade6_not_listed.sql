-- Grade 6 by application (issue 19): a child not on the imported grade-5 list (moved in, studied abroad)
-- may apply with the family's reason; the school decides, like an age exception.
ALTER TABLE admission_application ADD COLUMN not_listed_reason VARCHAR(1000);
