-- Grade 6 by assignment (issue 19): the school the zone gave at the last run, kept apart from the school the
-- pupil is at now (a request granted or a placement by hand changes that one), so that the published
-- assignment file shows what the zone rule decided and anyone can check it (kiem-chung.py).
ALTER TABLE admission_review_record ADD COLUMN zone_site_id BIGINT;
UPDATE admission_review_record SET zone_site_id = assigned_site_id
 WHERE assignment_status IS NOT NULL AND assignment_status <> 'MOVED';
