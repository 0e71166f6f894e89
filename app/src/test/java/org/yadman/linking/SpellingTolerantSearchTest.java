package org.yadman.linking;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yadman.importing.ImportRequest;
import org.yadman.importing.Importer;
import org.yadman.importing.Mapping;
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
    /** A compound given name is found however the query or the list writes it: joined, split, with ZWNJ, in either script. */
    @Test
    void compoundNamesAreFoundJoinedOrSplitInEitherScript() throws Exception {
        try (var site = RunningSite.start()) {
            var db = site.database();
            Path persian = dir.resolve("compound_fa.csv");
            Path latin = dir.resolve("compound_en.csv");
            Files.writeString(persian, """
                    record_id,نام,نام خانوادگی
                    G1,غلامرضا,کریمی
                    G2,غلام\u200cرضا,کریمی
                    G3,غلام رضا,کریمی
                    G4,غلامحسین,کریمی
                    """, StandardCharsets.UTF_8);
            Files.writeString(latin, """
                    record_id,name
                    E1,Gholam Reza Karimi
                    E2,Gholamreza Karimi
                    E3,Reza Gholami
                    """, StandardCharsets.UTF_8);
            Importer.run(db, ImportRequest.of(persian, "compound_fa", Mapping.parse("""
                    id: record_id
                    script: persian
                    calendar: solar_hijri
                    columns:
                      نام: given_name
                      نام خانوادگی: surname
                    """)));
            Importer.run(db, ImportRequest.of(latin, "compound_en", Mapping.parse("""
                    id: record_id
                    script: latin
                    calendar: gregorian
                    columns:
                      name: full_name
                    """)));
            db.jdbi().useHandle(h -> h.execute("INSERT INTO publication (person_id, basis) SELECT id, 'public_record' FROM person"));
            var persons = LinkFixtures.persons(db);
            var queries = new MemorialQueries(db.jdbi());
            for (String query : List.of("Gholamreza Karimi", "Gholam Reza Karimi", "Karimi Gholam-Reza",
                    "غلام\u200cرضا کریمی", "غلامرضا کریمی", "غلام رضا کریمی", "Gholamreza")) {
                assertThat(queries.search(query, 50)).as(query)
                        .contains(persons.get("G1"), persons.get("G2"), persons.get("G3"), persons.get("E1"), persons.get("E2"))
                        .doesNotContain(persons.get("G4"), persons.get("E3"));
            }
            String page = site.get("/fa/search?q=" + java.net.URLEncoder.encode("غلام رضا کریمی", StandardCharsets.UTF_8)).body();
            assertThat(page).contains("/fa/person/" + persons.get("G1") + "\"").contains("/fa/person/" + persons.get("E2") + "\"")
                    .doesNotContain("/fa/person/" + persons.get("G4") + "\"");
        }
    }
}
