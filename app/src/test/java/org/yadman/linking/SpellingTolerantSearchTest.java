package org.yadman.linking;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yadman.memorial.MemorialQueries;
import org.yadman.testing.RunningSite;

/** "Husayn Karimi" and "Hossein Karimi" find «حسین کریمی»; "Hassan Karimi" does not. */
class SpellingTolerantSearchTest {
    @TempDir Path dir;

    @Test
    void latinSpellingsFindPersianNamesAndExactMatchesComeFirst() throws Exception {
        try (var site = RunningSite.start()) {
            var db = site.database();
            LinkFixtures.importBoth(db, dir);
            db.jdbi().useHandle(h -> h.execute("INSERT INTO publication (person_id, basis) SELECT id, 'public_record' FROM person"));
            var persons = LinkFixtures.persons(db);
            var queries = new MemorialQueries(db.jdbi());

            assertThat(queries.search("Husayn Karimi", 50))
                    .contains(persons.get("P1"), persons.get("P2"))
                    .doesNotContain(persons.get("P9"));
            assertThat(queries.search("Hossein Karimi", 50)).contains(persons.get("P1"), persons.get("P2"))
                    .doesNotContain(persons.get("P9"));
            // exact (normalised) matches first: L1 is spelled "Hossein Karimi"
            assertThat(queries.search("Hossein Karimi", 50).get(0)).isEqualTo(persons.get("L1"));
            assertThat(queries.search("Hassan Karimi", 50)).contains(persons.get("P9"))
                    .doesNotContain(persons.get("P1"), persons.get("P2"), persons.get("L1"), persons.get("L2"));
            assertThat(queries.search("Karimi Husayn", 50)).as("either order").contains(persons.get("P1"));

            String page = site.get("/en/search?q=Husayn+Karimi").body();
            assertThat(page).contains("/en/person/" + persons.get("P1")).doesNotContain("/en/person/" + persons.get("P9") + "\"");
        }
    }
}
