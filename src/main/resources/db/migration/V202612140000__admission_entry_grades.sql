-- Every entry grade (issue 19): a round admits to one grade, preschool by age group, grade 1 or
-- grade 6, and a department runs one round per school year and grade. Existing rounds are grade 1.
ALTER TABLE admission_campaign ADD COLUMN entry_grade VARCHAR(16) DEFAULT 'GRADE_1' NOT NULL;
-- Preschool: the age groups (one a line, "CODE | name | from months | to months [| ưu tiên]") and the
-- date the age is counted on; null = the defaults (AgeGroups).
ALTER TABLE admission_campaign ADD COLUMN age_groups MEDIUMTEXT;
ALTER TABLE admission_campaign ADD COLUMN age_reference DATE;
CREATE UNIQUE INDEX ux_admission_campaign_grade ON admission_campaign (site_id, school_year, entry_grade);
ALTER TABLE admission_campaign DROP INDEX ux_admission_campaign_year;

-- A preschool application names the age group applied for, and whether the child takes the
-- school's meals at midday (bán trú).
ALTER TABLE admission_application ADD COLUMN age_group VARCHAR(16);
ALTER TABLE admission_application ADD COLUMN boarding_meals BOOLEAN DEFAULT FALSE NOT NULL;
