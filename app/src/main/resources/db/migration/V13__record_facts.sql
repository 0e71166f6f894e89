-- Imported facts live in their source record, not as one assertion row each (docs/decisions.md,
-- "Imported facts are read from their record"). An import writes per row one source_record with
-- its facts, one person and one link; the `assertion` table keeps the facts people record,
-- correct or retract, and the imported facts of records imported before this migration.

-- The record's facts in file order, one positional array each (a million records stay small):
-- [field, value, script, normalised] and, for dates, calendar, year, month, day, qualifier,
-- earliest, latest. Null for records imported before V13, whose facts are assertion rows and
-- whose comparison forms are in `normalised`; records imported since have them in `facts` only.
ALTER TABLE source_record ADD COLUMN facts jsonb;
ALTER TABLE source_record ALTER COLUMN normalised DROP NOT NULL;
ALTER TABLE source_record ADD CHECK (facts IS NOT NULL OR normalised IS NOT NULL);
-- Search forms, derived from the facts at import (not evidence, like name_key): the normalised
-- name values with "given surname" and "surname given", and the phonetic keys of every name word.
ALTER TABLE source_record ADD COLUMN search_names text[];
ALTER TABLE source_record ADD COLUMN name_keys text[];
CREATE INDEX source_record_search_names ON source_record USING gin (search_names);
CREATE INDEX source_record_name_keys ON source_record USING gin (name_keys);

-- The facts of the assertion table that belong to a person: through the record they came from
-- (its current link), or made about the person directly.
CREATE VIEW person_assertion_row AS
    SELECT a.id, l.person_id, a.act_id, a.field, a.value, a.script, a.normalised, a.date_calendar,
           a.date_year, a.date_month, a.date_day, a.date_qualifier, a.date_earliest, a.date_latest,
           a.source_id, a.source_record_id, a.credibility, a.recorded_by, a.recorded_at,
           a.retracted_at, a.retracted_by, a.retraction_reason, a.id AS seq
    FROM assertion a
    JOIN record_link l ON l.source_record_id = a.source_record_id AND l.superseded_at IS NULL
    WHERE a.person_id IS NOT NULL
    UNION ALL
    SELECT a.id, a.person_id, a.act_id, a.field, a.value, a.script, a.normalised, a.date_calendar,
           a.date_year, a.date_month, a.date_day, a.date_qualifier, a.date_earliest, a.date_latest,
           a.source_id, a.source_record_id, a.credibility, a.recorded_by, a.recorded_at,
           a.retracted_at, a.retracted_by, a.retraction_reason, a.id AS seq
    FROM assertion a
    WHERE a.person_id IS NOT NULL AND a.source_record_id IS NULL;

-- Every fact of a person: the assertion rows above and the facts of the records linked to the
-- person now. A record's fact has no assertion id (id is null); `seq` orders facts within a record.
DROP VIEW person_assertion;
CREATE VIEW person_assertion AS
    SELECT * FROM person_assertion_row
    UNION ALL
    SELECT NULL::bigint, l.person_id, NULL::bigint, f->>0, f->>1, f->>2, f->>3,
           f->>4, (f->>5)::integer, (f->>6)::integer, (f->>7)::integer, f->>8, (f->>9)::date, (f->>10)::date,
           r.source_id, r.id, NULL::smallint, NULL::bigint, b.imported_at,
           NULL::timestamptz, NULL::bigint, NULL::text, e.ordinal
    FROM record_link l
    JOIN source_record r ON r.id = l.source_record_id
    JOIN import_batch b ON b.id = r.import_id
    CROSS JOIN LATERAL jsonb_array_elements(r.facts) WITH ORDINALITY AS e(f, ordinal)
    WHERE l.superseded_at IS NULL AND r.facts IS NOT NULL;
