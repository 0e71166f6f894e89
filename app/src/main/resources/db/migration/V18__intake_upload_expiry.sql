-- An upload no submission has claimed expires a while after its last chunk (Uploads.UNCLAIMED_LIFETIME),
-- and its ciphertext is deleted, so abandoned uploads cannot fill the disk.
ALTER TABLE intake_upload ADD COLUMN last_received_at timestamptz;
UPDATE intake_upload SET last_received_at = coalesce(completed_at, created_at);
ALTER TABLE intake_upload ALTER COLUMN last_received_at SET NOT NULL;
CREATE INDEX intake_upload_unclaimed ON intake_upload (last_received_at) WHERE message_id IS NULL;
