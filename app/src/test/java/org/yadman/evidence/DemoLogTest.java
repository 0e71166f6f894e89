package org.yadman.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yadman.demo.DemoSetup;
import org.yadman.store.Database;
import org.yadman.testing.TestDatabases;

/** The demo's imports and publications land in the log, and a withdrawn-by-hand publication is caught. */
class DemoLogTest {
    @TempDir Path data;

    @Test
    void everyImportAndPublicationHasItsLeaf() throws Exception {
        try (Database db = TestDatabases.fresh()) {
            DemoSetup.ensure(db, data, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            Map<String, Long> kinds = db.jdbi().withHandle(h -> h.createQuery("SELECT kind, count(*) AS n FROM ledger_entry GROUP BY kind")
                    .map((r, c) -> Map.entry(r.getString("kind"), r.getLong("n"))).stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
            long publications = db.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM publication").mapTo(Long.class).one());
            assertThat(kinds).containsEntry("import", 4L).containsEntry("published", publications);
            assertThat(LogVerifier.verify(db.dataSource(), null, null).problems()).isEmpty();

            db.jdbi().useHandle(h -> h.execute("UPDATE publication SET basis = 'consent' WHERE id = (SELECT min(id) FROM publication)"));
            assertThat(LogVerifier.verify(db.dataSource(), null, null).problems()).singleElement().asString()
                    .contains("(published, publication ").contains("the publication row changed");
        }
    }
}
