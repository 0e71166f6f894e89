-- Exhibitions: curated collections of published persons, with a biography in each language and a
-- photograph (docs/atlas.md). Investigators make them in the workspace; the public sees an
-- exhibition once it is published, and only items whose person is published (publication).

CREATE TABLE exhibition (
    id           bigserial PRIMARY KEY,
    title_en     text NOT NULL CHECK (btrim(title_en) <> ''),
    title_fa     text NOT NULL CHECK (btrim(title_fa) <> ''),
    intro_en     text NOT NULL DEFAULT '',
    intro_fa     text NOT NULL DEFAULT '',
    created_by   bigint REFERENCES app_user(id),
    created_at   timestamptz NOT NULL DEFAULT now(),
    published_at timestamptz,
    published_by bigint REFERENCES app_user(id),
    withdrawn_at timestamptz
);

-- The photograph: the original stays an untouched evidence item; what the public sees is a
-- working copy derived from it with its metadata (EXIF, GPS, XMP, IPTC) removed.
CREATE TABLE exhibition_item (
    id              bigserial PRIMARY KEY,
    exhibition_id   bigint NOT NULL REFERENCES exhibition(id),
    person_id       bigint NOT NULL REFERENCES person(id),
    position        integer NOT NULL,
    biography_en    text NOT NULL DEFAULT '',
    biography_fa    text NOT NULL DEFAULT '',
    photo_original  bigint REFERENCES evidence_item(id),
    photo_published bigint REFERENCES evidence_item(id),
    added_by        bigint REFERENCES app_user(id),
    added_at        timestamptz NOT NULL DEFAULT now(),
    UNIQUE (exhibition_id, person_id),
    CHECK ((photo_original IS NULL) = (photo_published IS NULL))
);
CREATE INDEX exhibition_item_exhibition ON exhibition_item (exhibition_id, position);

-- The published copy's bytes, so public pages are served from the database alone; the same bytes
-- are in the evidence store under the derived item's SHA-256.
CREATE TABLE exhibition_photo (
    evidence_id bigint PRIMARY KEY REFERENCES evidence_item(id),
    media_type  text NOT NULL CHECK (media_type IN ('image/jpeg', 'image/png')),
    content     bytea NOT NULL
);
