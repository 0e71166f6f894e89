-- The registry: assertions with provenance, not mutable person rows (DESIGN.md, "Data model").
-- Dates everywhere are stored as written plus their interpretation: calendar, known parts,
-- qualifier and the earliest/latest Gregorian day (both inclusive) that queries and linkage compare.

CREATE TABLE app_user (
    id            bigserial PRIMARY KEY,
    name          text NOT NULL UNIQUE,
    role          text NOT NULL CHECK (role IN ('admin', 'investigator', 'analyst')),
    password_hash text NOT NULL,
    created_at    timestamptz NOT NULL DEFAULT now(),
    disabled_at   timestamptz
);

-- Sessions hold only a hash of the cookie token: a leaked table opens no session.
CREATE TABLE user_session (
    token_sha256 bytea PRIMARY KEY,
    user_id      bigint NOT NULL REFERENCES app_user(id),
    csrf_token   text NOT NULL,
    created_at   timestamptz NOT NULL,
    expires_at   timestamptz NOT NULL
);

-- Every read of restricted data and every change made in the workspace. Never an IP address.
CREATE TABLE audit_event (
    id          bigserial PRIMARY KEY,
    at          timestamptz NOT NULL,
    user_id     bigint REFERENCES app_user(id),
    action      text NOT NULL,
    target_kind text,
    target_id   text,
    detail      text
);
CREATE INDEX audit_event_at ON audit_event (at);

CREATE TABLE source (
    id               bigserial PRIMARY KEY,
    name             text NOT NULL UNIQUE,
    title            text,
    supplied_by      text,
    obtained_how     text,
    reliability      char(1) CHECK (reliability IN ('A', 'B', 'C', 'D', 'E', 'F')),
    language         text,
    script           text CHECK (script IN ('persian', 'latin', 'mixed')),
    default_calendar text NOT NULL DEFAULT 'gregorian'
                     CHECK (default_calendar IN ('gregorian', 'solar_hijri', 'lunar_hijri')),
    synthetic        boolean NOT NULL DEFAULT false,
    created_at       timestamptz NOT NULL DEFAULT now()
);

-- One file brought into a source. The content hash refuses the same file twice unless forced.
CREATE TABLE import_batch (
    id             bigserial PRIMARY KEY,
    source_id      bigint NOT NULL REFERENCES source(id),
    file_name      text NOT NULL,
    content_sha256 text NOT NULL,
    mapping        jsonb NOT NULL,
    row_count      integer NOT NULL,
    rejected_count integer NOT NULL DEFAULT 0,
    forced         boolean NOT NULL DEFAULT false,
    imported_by    bigint REFERENCES app_user(id),
    imported_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX import_batch_sha ON import_batch (content_sha256);

-- A row of a source exactly as imported (raw, verbatim) plus its normalised form. Never edited.
CREATE TABLE source_record (
    id          bigserial PRIMARY KEY,
    source_id   bigint NOT NULL REFERENCES source(id),
    import_id   bigint NOT NULL REFERENCES import_batch(id),
    record_key  text NOT NULL,
    row_number  integer NOT NULL,
    raw         jsonb NOT NULL,
    normalised  jsonb NOT NULL,
    UNIQUE (import_id, record_key)
);
CREATE INDEX source_record_source ON source_record (source_id);

CREATE TABLE person (
    id         bigserial PRIMARY KEY,
    created_at timestamptz NOT NULL DEFAULT now()
);

-- Which record belongs to which person. A change supersedes the old row, never overwrites it,
-- so merges and splits can be undone and explained.
CREATE TABLE record_link (
    id               bigserial PRIMARY KEY,
    source_record_id bigint NOT NULL REFERENCES source_record(id),
    person_id        bigint NOT NULL REFERENCES person(id),
    probability      double precision,
    decided_by       text NOT NULL CHECK (decided_by IN ('import', 'model', 'reviewer')),
    decided_by_user  bigint REFERENCES app_user(id),
    decided_at       timestamptz NOT NULL DEFAULT now(),
    superseded_at    timestamptz
);
CREATE UNIQUE INDEX record_link_current ON record_link (source_record_id) WHERE superseded_at IS NULL;
CREATE INDEX record_link_person ON record_link (person_id) WHERE superseded_at IS NULL;

CREATE TABLE place (
    id        bigserial PRIMARY KEY,
    kind      text NOT NULL CHECK (kind IN ('country', 'province', 'city', 'prison', 'cemetery', 'grave_site', 'other')),
    parent_id bigint REFERENCES place(id),
    latitude  double precision,
    longitude double precision
);

CREATE TABLE place_name (
    place_id   bigint NOT NULL REFERENCES place(id),
    name       text NOT NULL,
    script     text NOT NULL,
    normalised text NOT NULL,
    PRIMARY KEY (place_id, name)
);
CREATE INDEX place_name_normalised ON place_name (normalised);

CREATE TABLE grave_site_status (
    id          bigserial PRIMARY KEY,
    place_id    bigint NOT NULL REFERENCES place(id),
    status      text NOT NULL CHECK (status IN ('reported', 'confirmed', 'built_over', 'destroyed')),
    as_of_text  text,
    as_of_earliest date,
    as_of_latest   date,
    source_id   bigint REFERENCES source(id),
    recorded_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE act (
    id            bigserial PRIMARY KEY,
    type          text NOT NULL CHECK (type IN ('arrest', 'detention', 'trial', 'execution', 'burial',
                                               'enforced_disappearance', 'threat_to_family',
                                               'grave_destruction', 'other')),
    date_text     text,
    date_calendar text,
    date_earliest date,
    date_latest   date,
    place_id      bigint REFERENCES place(id),
    description   text,
    created_by    bigint REFERENCES app_user(id),
    created_at    timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE act_victim (
    act_id    bigint NOT NULL REFERENCES act(id),
    person_id bigint NOT NULL REFERENCES person(id),
    PRIMARY KEY (act_id, person_id)
);

CREATE TABLE act_perpetrator (
    act_id      bigint NOT NULL REFERENCES act(id),
    person_id   bigint NOT NULL REFERENCES person(id),
    role        text NOT NULL,
    involvement text NOT NULL CHECK (involvement IN ('ordered', 'committed', 'participated', 'aided', 'present', 'responsible_as_superior')),
    PRIMARY KEY (act_id, person_id, role)
);

CREATE TABLE act_source (
    act_id           bigint NOT NULL REFERENCES act(id),
    source_id        bigint NOT NULL REFERENCES source(id),
    source_record_id bigint REFERENCES source_record(id)
);

-- One fact about a person or an act. Retracted, never deleted; the value shown derives from these.
-- `normalised` is the comparison form of name-like values (PersianText.normalise), used by search.
CREATE TABLE assertion (
    id               bigserial PRIMARY KEY,
    person_id        bigint REFERENCES person(id),
    act_id           bigint REFERENCES act(id),
    field            text NOT NULL,
    value            text NOT NULL,
    script           text,
    normalised       text,
    date_calendar    text,
    date_year        integer,
    date_month       integer,
    date_day         integer,
    date_qualifier   text,
    date_earliest    date,
    date_latest      date,
    source_id        bigint REFERENCES source(id),
    source_record_id bigint REFERENCES source_record(id),
    credibility      smallint CHECK (credibility BETWEEN 1 AND 6),
    recorded_by      bigint REFERENCES app_user(id),
    recorded_at      timestamptz NOT NULL DEFAULT now(),
    retracted_at     timestamptz,
    retracted_by     bigint REFERENCES app_user(id),
    retraction_reason text,
    CHECK ((person_id IS NULL) <> (act_id IS NULL))
);
CREATE INDEX assertion_person ON assertion (person_id);
CREATE INDEX assertion_act ON assertion (act_id);
CREATE INDEX assertion_search ON assertion (normalised) WHERE normalised IS NOT NULL;

-- What of a person the memorial shows, and on what basis. Withdrawing is one update.
CREATE TABLE publication (
    id           bigserial PRIMARY KEY,
    person_id    bigint NOT NULL REFERENCES person(id),
    basis        text NOT NULL CHECK (basis IN ('public_record', 'consent', 'synthetic_demo')),
    redactions   jsonb NOT NULL DEFAULT '[]',
    published_by bigint REFERENCES app_user(id),
    published_at timestamptz NOT NULL DEFAULT now(),
    withdrawn_at timestamptz,
    withdrawn_by bigint REFERENCES app_user(id)
);
CREATE UNIQUE INDEX publication_current ON publication (person_id) WHERE withdrawn_at IS NULL;
