-- Anonymous, end-to-end encrypted intake (docs/intake.md). Every column that holds content holds
-- OpenPGP ciphertext; the server never stores a receipt, only a slow hash that finds a submission.

-- The organisation's OpenPGP public keys: everything submitted is encrypted to all active ones.
CREATE TABLE intake_key (
    id          bigserial PRIMARY KEY,
    fingerprint text NOT NULL UNIQUE CHECK (fingerprint ~ '^[0-9A-F]{40,64}$'),
    user_ids    text NOT NULL,
    public_key  bytea NOT NULL,
    added_at    timestamptz NOT NULL,
    retired_at  timestamptz
);

-- lookup_hash = SHA-256(Argon2id(receipt, instance salt)). submitter_key is the submitter's public
-- key (replies are encrypted to it); submitter_secret is its secret key, itself encrypted with a
-- passphrase only the receipt yields (Argon2id with a different salt).
CREATE TABLE intake_submission (
    id               bigserial PRIMARY KEY,
    lookup_hash      bytea NOT NULL UNIQUE CHECK (length(lookup_hash) = 32),
    submitter_key    bytea NOT NULL,
    submitter_secret bytea NOT NULL,
    encrypted_by     text NOT NULL CHECK (encrypted_by IN ('browser', 'server')),
    received_at      timestamptz NOT NULL,
    status           text NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'open', 'closed')),
    assigned_to      bigint REFERENCES app_user(id),
    tags             text[] NOT NULL DEFAULT '{}'
);

-- One message of a conversation: the testimony, later additions, investigators' replies.
CREATE TABLE intake_message (
    id            bigserial PRIMARY KEY,
    submission_id bigint NOT NULL REFERENCES intake_submission(id),
    author        text NOT NULL CHECK (author IN ('submitter', 'investigator')),
    author_user   bigint REFERENCES app_user(id),
    ciphertext    bytea NOT NULL,
    sha256        text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    created_at    timestamptz NOT NULL
);
CREATE INDEX intake_message_submission ON intake_message (submission_id, id);

-- A resumable upload (tus): an OpenPGP message received in chunks. The id is a random bearer
-- token; an upload belongs to nobody until a message claims it.
CREATE TABLE intake_upload (
    id           text PRIMARY KEY CHECK (id ~ '^[A-Za-z0-9_-]{22,64}$'),
    length       bigint NOT NULL CHECK (length > 0),
    received     bigint NOT NULL DEFAULT 0 CHECK (received >= 0 AND received <= length),
    sha256       text CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    message_id   bigint REFERENCES intake_message(id),
    created_at   timestamptz NOT NULL,
    completed_at timestamptz
);
CREATE INDEX intake_upload_message ON intake_upload (message_id);

CREATE TABLE intake_chunk (
    upload_id text NOT NULL REFERENCES intake_upload(id),
    start     bigint NOT NULL CHECK (start >= 0),
    data      bytea NOT NULL,
    PRIMARY KEY (upload_id, start)
);
-- Ciphertext does not compress; keep PostgreSQL from trying.
ALTER TABLE intake_chunk ALTER COLUMN data SET STORAGE EXTERNAL;
ALTER TABLE intake_message ALTER COLUMN ciphertext SET STORAGE EXTERNAL;
