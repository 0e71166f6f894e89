-- Accounts: idle expiry for sessions, and the per-instance secret that signs form tokens.

-- A session ends at expires_at (absolute) or after a stretch of inactivity measured from
-- last_seen_at (idle), whichever comes first. Both are written with the application's clock.
ALTER TABLE user_session ADD COLUMN last_seen_at timestamptz;
UPDATE user_session SET last_seen_at = created_at;
ALTER TABLE user_session ALTER COLUMN last_seen_at SET NOT NULL;
CREATE INDEX user_session_user ON user_session (user_id);

-- Secrets this instance generates for itself on first use (e.g. the key that signs the login
-- form's token), kept in the database so every process serving the same registry agrees.
CREATE TABLE instance_secret (
    name       text PRIMARY KEY,
    secret     bytea NOT NULL CHECK (length(secret) >= 32),
    created_at timestamptz NOT NULL DEFAULT now()
);
