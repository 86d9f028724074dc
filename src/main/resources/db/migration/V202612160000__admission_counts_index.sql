-- The department's admission page and the open data count each school's applications of a round
-- by status (AdmissionLists.counts). Without this index the statement read every application of
-- the round: 0.94 s on MariaDB with a city's 200,000; with it the index alone answers, 0.04 s.
CREATE INDEX ix_admission_application_counts ON admission_application (campaign_id, site_id, status);
