-- Retention of admission data: when a campaign's personal data was deleted (its retention date had
-- passed), and when each application was anonymised (its school, status, birth year, sex and zone
-- group stay for the counts). Abandoned drafts are found by their age.
ALTER TABLE admission_campaign ADD COLUMN personal_data_deleted_at DATETIME(3);
ALTER TABLE admission_application ADD COLUMN anonymised_at DATETIME(3);
CREATE INDEX ix_admission_draft_updated ON admission_draft (updated_at);
