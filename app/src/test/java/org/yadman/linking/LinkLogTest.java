package org.yadman.linking;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yadman.evidence.LogVerifier;
import org.yadman.store.Database;
import org.yadman.testing.TestDatabases;

/** Every link a run decides is a leaf of the evidence log; changing one afterwards is caught. */
class LinkLogTest {
    @TempDir Path dir;

    @Test
    void linksDecidedByARunAreLoggedAndAnEditedOneIsCaught() throws Exception {
        try (Database db = TestDatabases.fresh()) {
            LinkFixtures.importBoth(db, dir);
            new LinkRun(db.jdbi(), Clock.systemUTC()).run(LinkFixtures.options());

            long modelLinks = db.jdbi().withHandle(h -> h.createQuery(
                    "SELECT count(*) FROM record_link WHERE decided_by = 'model'").mapTo(Long.class).one());
            long linkLeaves = db.jdbi().withHandle(h -> h.createQuery(
                    "SELECT count(*) FROM ledger_entry WHERE kind = 'link_decided'").mapTo(Long.class).one());
            assertThat(modelLinks).isPositive();
            assertThat(linkLeaves).isEqualTo(modelLinks);
            assertThat(LogVerifier.verify(db.dataSource(), null, null).problems()).isEmpty();

            db.jdbi().useHandle(h -> h.execute("""
                    UPDATE record_link SET probability = 0.01
                    WHERE id = (SELECT min(id) FROM record_link WHERE decided_by = 'model')"""));
            assertThat(LogVerifier.verify(db.dataSource(), null, null).problems())
                    .anySatisfy(problem -> assertThat(problem).contains("record_link"));
        }
    }
}
