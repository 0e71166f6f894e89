-- The sources a link run was told hold each person at most once (`yadman link --duplicate-free`).
-- A reviewer's split regroups a person's records with the latest run's model; it must keep these
-- sources' records apart exactly as the run did.
ALTER TABLE link_run ADD COLUMN duplicate_free_sources jsonb NOT NULL DEFAULT '[]'::jsonb;
