-- An import writes one source_record and one record_link per row of its file. Their four foreign
-- keys were checked row by row: one internal query and one row lock per row and key, which cost
-- four times the link rows themselves and a fifth of the records' (docs/benchmarks.md, "Import").
-- The same guarantees now come from one set-based check per statement, over the rows the statement
-- wrote (transition tables), and from parents that can never be deleted nor have their keys changed:
-- once a check has seen a parent, nothing can take it away. docs/decisions.md, "Parents are
-- checked per statement".

ALTER TABLE source_record DROP CONSTRAINT source_record_source_id_fkey;
ALTER TABLE source_record DROP CONSTRAINT source_record_import_id_fkey;
ALTER TABLE record_link DROP CONSTRAINT record_link_source_record_id_fkey;
ALTER TABLE record_link DROP CONSTRAINT record_link_person_id_fkey;

-- A record belongs to an import batch of its own source (stronger than the two keys it replaces:
-- a record cannot name one source and an import of another).
CREATE FUNCTION source_record_parents_exist() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    orphan record;
BEGIN
    SELECT n.id, n.import_id, n.source_id INTO orphan
    FROM new_rows n LEFT JOIN import_batch b ON b.id = n.import_id
    WHERE b.id IS NULL OR b.source_id <> n.source_id
    LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'source_record % names import batch % of source %, and there is no such import batch',
            orphan.id, orphan.import_id, orphan.source_id
            USING ERRCODE = 'foreign_key_violation', TABLE = 'source_record';
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER source_record_parents_exist AFTER INSERT ON source_record
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION source_record_parents_exist();

CREATE FUNCTION record_link_parents_exist() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    orphan record;
BEGIN
    SELECT n.id, n.source_record_id INTO orphan FROM new_rows n
    WHERE NOT EXISTS (SELECT 1 FROM source_record r WHERE r.id = n.source_record_id) LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'record_link % names source_record %, which does not exist', orphan.id, orphan.source_record_id
            USING ERRCODE = 'foreign_key_violation', TABLE = 'record_link';
    END IF;
    SELECT n.id, n.person_id INTO orphan FROM new_rows n
    WHERE NOT EXISTS (SELECT 1 FROM person p WHERE p.id = n.person_id) LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'record_link % names person %, which does not exist', orphan.id, orphan.person_id
            USING ERRCODE = 'foreign_key_violation', TABLE = 'record_link';
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER record_link_parents_exist AFTER INSERT ON record_link
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION record_link_parents_exist();

-- The rows these checks rely on stay: the registry only ever adds persons, records and imports
-- (a merge or split supersedes links; it never removes a person), and a link is superseded, never
-- re-pointed.
CREATE FUNCTION refuse_change_of_kept_row() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% rows are kept for good: % of % % refused (the registry only adds; links are superseded)',
        TG_TABLE_NAME, lower(TG_OP), TG_TABLE_NAME, OLD.id
        USING ERRCODE = 'restrict_violation', TABLE = TG_TABLE_NAME;
END $$;
CREATE TRIGGER import_batch_kept BEFORE DELETE OR UPDATE OF id, source_id ON import_batch
    FOR EACH ROW EXECUTE FUNCTION refuse_change_of_kept_row();
CREATE TRIGGER source_record_kept BEFORE DELETE OR UPDATE OF id, source_id, import_id ON source_record
    FOR EACH ROW EXECUTE FUNCTION refuse_change_of_kept_row();
CREATE TRIGGER person_kept BEFORE DELETE OR UPDATE OF id ON person
    FOR EACH ROW EXECUTE FUNCTION refuse_change_of_kept_row();
CREATE TRIGGER record_link_kept BEFORE DELETE OR UPDATE OF id, source_record_id, person_id ON record_link
    FOR EACH ROW EXECUTE FUNCTION refuse_change_of_kept_row();

-- A record's raw row is kept as the importer wrote it: the file's columns in the file's order
-- (jsonb sorted them by length and dropped a repeated header's earlier value), and PostgreSQL
-- only checks it is JSON instead of building a binary document it never queries. Rows already
-- stored keep the text jsonb printed for them, so the log's leaves over them stay valid.
ALTER TABLE source_record ALTER COLUMN raw TYPE json USING raw::text::json;
