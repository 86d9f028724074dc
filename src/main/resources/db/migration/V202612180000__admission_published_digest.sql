-- The result code as it was published (AdmissionDraw.publish). A release of unconfirmed seats runs
-- the allocation again and replaces allocation_digest; the lottery page shows both, so that the
-- code families saw on the results day is still there to check (the lottery probe, finding 85).
ALTER TABLE admission_campaign ADD COLUMN published_digest VARCHAR(64);
UPDATE admission_campaign SET published_digest = allocation_digest WHERE results_published_at IS NOT NULL AND seats_released_at IS NULL;
