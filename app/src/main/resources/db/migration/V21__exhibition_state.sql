-- What the public was shown of an exhibition, each time that changed by someone's hand: published,
-- withdrawn, a person added or a photograph set while it was public. A row is never changed, so
-- its leaf in the evidence log (exhibition_state) stays verifiable while the exhibition itself is
-- edited later. The people in it keep their own publications and leaves.
CREATE TABLE exhibition_state (
    id            bigserial PRIMARY KEY,
    exhibition_id bigint NOT NULL REFERENCES exhibition(id),
    action        text NOT NULL CHECK (action IN ('publish', 'withdraw', 'add', 'photo')),
    state         jsonb NOT NULL,
    recorded_by   bigint REFERENCES app_user(id),
    recorded_at   timestamptz NOT NULL
);
CREATE INDEX exhibition_state_exhibition ON exhibition_state (exhibition_id, id);
