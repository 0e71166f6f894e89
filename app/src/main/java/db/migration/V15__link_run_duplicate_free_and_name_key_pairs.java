package db.migration;

import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.yadman.linking.NameKeys;

/**
 * Two linkage changes. A link run keeps the sources it was told hold each person at most once
 * ({@code yadman link --duplicate-free}): a reviewer's split regroups a person's records with the
 * latest run's model and must keep those sources' records apart as the run did. And name keys now
 * include each two adjacent words of a name (so "Gholam Reza Karimi" is found by "Gholamreza"):
 * they are derived data, so they are computed again for every name assertion and every record. A Java migration
 * because the keys are computed by the linkage library.
 */
public class V15__link_run_duplicate_free_and_name_key_pairs extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement s = context.getConnection().createStatement()) {
            s.execute("ALTER TABLE link_run ADD COLUMN duplicate_free_sources jsonb NOT NULL DEFAULT '[]'::jsonb");
            s.execute("DELETE FROM name_key");
        }
        NameKeys.fill(context.getConnection());
        NameKeys.refillRecords(context.getConnection());
    }
}
