-- Who did what to whom (docs/acts-and-case-files.md). The V1 tables keep their meaning: act,
-- act_victim, act_perpetrator and act_source are what public pages read; the facts behind them are
-- assertions with act_id (victim, perpetrator, type, date, place), and act_victim/act_perpetrator/
-- act_source are derived from the assertions that are not retracted.

-- A protected source (a witness whose identity must never be shown): its name, title, supplier and
-- how it was obtained appear on no public page and in no case file; a pseudonym stands for it.
ALTER TABLE source ADD COLUMN protected boolean NOT NULL DEFAULT false;

-- What public pages may say about sources: protected ones are left out entirely.
CREATE VIEW public_source AS SELECT * FROM source WHERE NOT protected;

CREATE INDEX act_source_act ON act_source (act_id);
CREATE INDEX act_victim_person ON act_victim (person_id);
CREATE INDEX act_perpetrator_person ON act_perpetrator (person_id);
CREATE INDEX act_place ON act (place_id);

-- A person the investigators track as a (suspected) perpetrator. Names are assertions about the person.
CREATE TABLE perpetrator (
    person_id  bigint PRIMARY KEY REFERENCES person(id),
    added_by   bigint REFERENCES app_user(id),
    added_at   timestamptz NOT NULL
);

-- A position held over a period: institution, role, and the source that says so.
CREATE TABLE perpetrator_position (
    id              bigserial PRIMARY KEY,
    person_id       bigint NOT NULL REFERENCES perpetrator(person_id),
    institution     text NOT NULL,
    role            text NOT NULL,
    period_text     text,
    period_earliest date,
    period_latest   date,
    source_id       bigint NOT NULL REFERENCES source(id),
    credibility     smallint CHECK (credibility BETWEEN 1 AND 6),
    recorded_by     bigint REFERENCES app_user(id),
    recorded_at     timestamptz NOT NULL
);
CREATE INDEX perpetrator_position_person ON perpetrator_position (person_id);

-- The evidence for a grave site's status, and who recorded it.
ALTER TABLE grave_site_status ADD COLUMN evidence_item_id bigint REFERENCES evidence_item(id);
ALTER TABLE grave_site_status ADD COLUMN recorded_by bigint REFERENCES app_user(id);
ALTER TABLE grave_site_status ADD COLUMN note text;
CREATE INDEX grave_site_status_place ON grave_site_status (place_id);
