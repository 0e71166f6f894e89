package db.migration;

import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.yadman.linking.NameKeys;

/**
 * Linkage in the app: link runs, the review queue and its decisions, phonetic name keys for
 * search, and the view that gives a person the facts of the records linked to it now. A Java
 * migration because the name keys of existing assertions are computed by the linkage library.
 */
public class V8__linkage extends BaseJavaMigration {

    private static final String DDL = """
        -- One run of `yadman link`: who, when, the model applied (JSON), its threshold and counts.
        CREATE TABLE link_run (
            id              bigserial PRIMARY KEY,
            run_at          timestamptz NOT NULL,
            run_by          text NOT NULL,
            sources         jsonb NOT NULL,
            model           jsonb NOT NULL,
            threshold       double precision NOT NULL,
            review_floor    double precision NOT NULL,
            records         integer NOT NULL,
            candidate_pairs integer NOT NULL,
            clusters        integer NOT NULL,
            links_changed   integer NOT NULL,
            review_pairs    integer NOT NULL
        );
        ALTER TABLE record_link ADD COLUMN link_run_id bigint REFERENCES link_run(id);

        -- A pair of records in the review band, with the weight each comparison gave it.
        CREATE TABLE review_pair (
            id              bigserial PRIMARY KEY,
            left_record_id  bigint NOT NULL REFERENCES source_record(id),
            right_record_id bigint NOT NULL REFERENCES source_record(id),
            probability     double precision NOT NULL,
            match_weight    double precision NOT NULL,
            weights         jsonb NOT NULL,
            link_run_id     bigint REFERENCES link_run(id),
            status          text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'accepted', 'rejected', 'skipped')),
            decided_by      bigint REFERENCES app_user(id),
            decided_at      timestamptz,
            CHECK (left_record_id < right_record_id),
            UNIQUE (left_record_id, right_record_id)
        );
        CREATE INDEX review_pair_status ON review_pair (status, probability DESC);

        -- Every decision on a review pair, with the links it replaced, so it can be undone.
        CREATE TABLE review_decision (
            id              bigserial PRIMARY KEY,
            review_pair_id  bigint NOT NULL REFERENCES review_pair(id),
            decision        text NOT NULL CHECK (decision IN ('accepted', 'rejected', 'skipped')),
            previous_status text NOT NULL,
            previous_links  jsonb NOT NULL,
            decided_by      bigint NOT NULL REFERENCES app_user(id),
            decided_at      timestamptz NOT NULL,
            undone_at       timestamptz,
            undone_by       bigint REFERENCES app_user(id)
        );

        -- Phonetic keys (linkage NameDictionary) of name assertions, for spelling-tolerant search.
        CREATE TABLE name_key (
            assertion_id bigint NOT NULL REFERENCES assertion(id) ON DELETE CASCADE, -- derived: goes with its assertion
            key          text NOT NULL,
            PRIMARY KEY (key, assertion_id)
        );

        -- A person's facts: those of the records currently linked to it, plus assertions made
        -- about the person directly (no source record). Merges and splits move records between
        -- persons by superseding links; assertion rows are never rewritten.
        CREATE VIEW person_assertion AS
            SELECT a.id, l.person_id, a.act_id, a.field, a.value, a.script, a.normalised, a.date_calendar,
                   a.date_year, a.date_month, a.date_day, a.date_qualifier, a.date_earliest, a.date_latest,
                   a.source_id, a.source_record_id, a.credibility, a.recorded_by, a.recorded_at,
                   a.retracted_at, a.retracted_by, a.retraction_reason
            FROM assertion a
            JOIN record_link l ON l.source_record_id = a.source_record_id AND l.superseded_at IS NULL
            WHERE a.person_id IS NOT NULL
            UNION ALL
            SELECT a.id, a.person_id, a.act_id, a.field, a.value, a.script, a.normalised, a.date_calendar,
                   a.date_year, a.date_month, a.date_day, a.date_qualifier, a.date_earliest, a.date_latest,
                   a.source_id, a.source_record_id, a.credibility, a.recorded_by, a.recorded_at,
                   a.retracted_at, a.retracted_by, a.retraction_reason
            FROM assertion a
            WHERE a.person_id IS NOT NULL AND a.source_record_id IS NULL;
        CREATE INDEX assertion_source_record ON assertion (source_record_id);
        """;

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement s = context.getConnection().createStatement()) {
            s.execute(DDL);
        }
        NameKeys.fill(context.getConnection());
    }
}
