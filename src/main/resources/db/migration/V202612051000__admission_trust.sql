-- Admission parents can trust (issue 14).
-- The lottery nobody can steer: the commitment to a secret published before registration opens,
-- with the named public value (a state lottery draw after the close) and the date it exists; the
-- secret and that value entered after verification closes; the seed derived from both (kept in
-- lottery_seed, seed_published_at = when it was revealed). round_key: the round's private key for
-- the children's lottery keys (never published). results_published_at: when the department
-- published the allocation (results show from results_at on, once published); results_mailed_at:
-- when the families were mailed their results; seats_released_at: the last release of seats.
ALTER TABLE admission_campaign ADD COLUMN commitment VARCHAR(64);
ALTER TABLE admission_campaign ADD COLUMN committed_at DATETIME(3);
ALTER TABLE admission_campaign ADD COLUMN public_value_source VARCHAR(300);
ALTER TABLE admission_campaign ADD COLUMN public_value_date DATE;
ALTER TABLE admission_campaign ADD COLUMN lottery_secret VARCHAR(200);
ALTER TABLE admission_campaign ADD COLUMN public_value VARCHAR(200);
ALTER TABLE admission_campaign ADD COLUMN round_key VARCHAR(64);
ALTER TABLE admission_campaign ADD COLUMN results_published_at DATETIME(3);
ALTER TABLE admission_campaign ADD COLUMN results_mailed_at DATETIME(3);
ALTER TABLE admission_campaign ADD COLUMN seats_released_at DATETIME(3);

-- The child's lottery key in the round (a keyed digest of the personal ID; the same after a
-- withdrawal and a new application). office_decision: a child more than three years older,
-- whom the education authority decides on.
ALTER TABLE admission_application ADD COLUMN lottery_key VARCHAR(16);
ALTER TABLE admission_application ADD COLUMN office_decision BOOLEAN DEFAULT FALSE NOT NULL;
CREATE INDEX ix_admission_application_key ON admission_application (campaign_id, lottery_key);

-- The menu's "Tuyển sinh" of primary schools leads to the online service (it led to a static page).
UPDATE menu_item SET link = 'tuyen-sinh'
 WHERE link = 'trang/tuyen-sinh' AND site_id IN (SELECT id FROM site WHERE level = 'PRIMARY');
