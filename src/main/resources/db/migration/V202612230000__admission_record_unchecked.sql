-- An application not compared with the child's record at the form: the child's ten comparisons an hour were used
-- up (by anyone who knows the number), so the form let the family through without the comparison, and the school
-- checks the papers (ChildChecks, finding 194 of docs/security.md).
ALTER TABLE admission_application ADD COLUMN record_unchecked BOOLEAN DEFAULT FALSE NOT NULL;
