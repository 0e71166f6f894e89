-- The transparency log of evidentiary events, and the evidence store's catalogue
-- (docs/evidence-log.md). A leaf is appended in the same transaction as the rows it commits to,
-- so the log and the tables can never disagree after a crash.

-- One row, locked FOR UPDATE by every append: appends from concurrent transactions queue here
-- and indices never interleave or leave gaps.
CREATE TABLE ledger_head (
    singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
    size      bigint NOT NULL CHECK (size >= 0)
);
INSERT INTO ledger_head (singleton, size) VALUES (true, 0);

-- Leaf bytes are a yadman-leaf/v1 record of ids and SHA-256 digests: never content, never names.
CREATE TABLE ledger_entry (
    idx          bigint PRIMARY KEY CHECK (idx >= 0),
    leaf         bytea NOT NULL,
    leaf_hash    bytea NOT NULL CHECK (length(leaf_hash) = 32),
    kind         text NOT NULL,
    target_table text NOT NULL,
    target_id    bigint NOT NULL,
    appended_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX ledger_entry_target ON ledger_entry (target_table, target_id);

-- The hash store: MTH of every complete subtree, RFC 9162 numbering (level 0 = leaf hashes).
CREATE TABLE ledger_node (
    level smallint NOT NULL CHECK (level BETWEEN 0 AND 63),
    idx   bigint NOT NULL CHECK (idx >= 0),
    hash  bytea NOT NULL CHECK (length(hash) = 32),
    PRIMARY KEY (level, idx)
);

CREATE TABLE checkpoint (
    id        bigserial PRIMARY KEY,
    size      bigint NOT NULL CHECK (size >= 0),
    root      bytea NOT NULL CHECK (length(root) = 32),
    note      text NOT NULL,
    signed_at timestamptz NOT NULL
);
CREATE INDEX checkpoint_size ON checkpoint (size);

-- A witness's tlog-cosignature on one of our checkpoints, kept as its signed-note line.
CREATE TABLE cosignature (
    id            bigserial PRIMARY KEY,
    checkpoint_id bigint NOT NULL REFERENCES checkpoint(id),
    witness       text NOT NULL,
    signature     text NOT NULL,
    received_at   timestamptz NOT NULL,
    UNIQUE (checkpoint_id, witness)
);

-- A file in the content-addressed store (DATA/evidence/sha256/ab/cdef...). The evidentiary copy
-- is never modified; a working copy is another item derived from it.
CREATE TABLE evidence_item (
    id            bigserial PRIMARY KEY,
    sha256        text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    byte_size     bigint NOT NULL CHECK (byte_size >= 0),
    original_name text NOT NULL,
    source_id     bigint NOT NULL REFERENCES source(id),
    note          text,
    derived_from  bigint REFERENCES evidence_item(id),
    derivation    text,
    added_by      text NOT NULL,
    added_at      timestamptz NOT NULL,
    CHECK ((derived_from IS NULL) = (derivation IS NULL))
);
CREATE INDEX evidence_item_sha ON evidence_item (sha256);

CREATE TABLE custody_event (
    id          bigserial PRIMARY KEY,
    evidence_id bigint NOT NULL REFERENCES evidence_item(id),
    action      text NOT NULL CHECK (action IN ('received', 'copied', 'viewed', 'exported', 'transferred')),
    actor       text NOT NULL,
    at          timestamptz NOT NULL,
    detail      text
);
CREATE INDEX custody_event_item ON custody_event (evidence_id);

-- Witnesses whose cosignatures POST /log/cosign accepts (yadman log witness KEY).
CREATE TABLE witness (
    verifier_key text PRIMARY KEY,
    name         text NOT NULL,
    added_at     timestamptz NOT NULL DEFAULT now()
);
