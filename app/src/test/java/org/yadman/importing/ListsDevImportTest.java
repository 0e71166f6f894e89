package org.yadman.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import de.siegmar.fastcsv.reader.CsvReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yadman.store.Database;
import org.yadman.testing.TestDatabases;

/** Imports the four synthetic development lists with the shipped example mappings. */
class ListsDevImportTest {
    private static final Path EXAMPLES = Path.of("..", "examples", "lists-dev");

    private static Path listsDev() {
        String shared = System.getProperty("yadman.shared");
        Path dir = shared == null ? null : Path.of(shared, "data", "lists-dev");
        assumeTrue(dir != null && Files.isDirectory(dir), "shared data (yadman.shared/data/lists-dev) is absent");
        return dir;
    }

    /** Rows counted by another CSV parser (FastCSV), so the importer's own parser is not trusted. */
    private static long dataRows(Path csv) throws IOException {
        try (var reader = CsvReader.builder().ofCsvRecord(csv)) {
            return reader.stream().count() - 1;
        }
    }

    @Test
    void everyRowOfEveryListIsImported() throws IOException {
        Path dir = listsDev();
        try (Database db = TestDatabases.fresh()) {
            long total = 0;
            for (String list : new String[] {"families_committee", "rights_org", "published_list", "testimonies"}) {
                Path csv = dir.resolve(list + ".csv");
                ImportReport report = Importer.run(db, ImportRequest.of(csv, list, Mapping.load(EXAMPLES.resolve(list + ".yaml"))));
                long expected = dataRows(csv);
                assertThat(expected).isGreaterThan(600);
                assertThat(report.rowsImported()).as(list).isEqualTo(expected);
                assertThat(report.rowsRejected()).isZero();
                long stored = db.jdbi().withHandle(h -> h.createQuery(
                        "SELECT count(*) FROM source_record r JOIN source s ON s.id = r.source_id WHERE s.name = :n")
                        .bind("n", list).mapTo(Long.class).one());
                assertThat(stored).as(list).isEqualTo(expected);
                total += expected;
            }
            long finalTotal = total;
            db.jdbi().useHandle(h -> {
                assertThat(h.createQuery("SELECT count(*) FROM person").mapTo(Long.class).one()).isEqualTo(finalTotal);
                assertThat(h.createQuery("SELECT count(*) FROM record_link WHERE decided_by = 'import'").mapTo(Long.class).one())
                        .isEqualTo(finalTotal);
                assertThat(h.createQuery("SELECT count(*) FROM source WHERE synthetic").mapTo(Long.class).one()).isEqualTo(4);
            });

            // "KARIMI, Hussayn" → surname KARIMI, given Hussayn; "son of Kazem" → father Kazem
            Map<String, String> c1 = facts(db, "C000001");
            assertThat(c1).containsEntry("surname", "KARIMI").containsEntry("given_name", "Hussayn")
                    .containsEntry("father_name", "Kazem").containsEntry("full_name", "KARIMI, Hussayn")
                    .containsEntry("notes", "son of Kazem");
            // "Mohammed Rahmani" (no comma, order either) → given first
            assertThat(facts(db, "C000003")).containsEntry("given_name", "Mohammed").containsEntry("surname", "Rahmani");

            // A Persian-month execution date becomes its Gregorian range: Shahrivar 1367 = 1988-08-23..1988-09-22
            var shahrivar = db.jdbi().withHandle(h -> h.createQuery("SELECT a.value, a.date_calendar, a.date_year, a.date_month,"
                    + " a.date_earliest::text, a.date_latest::text FROM person_assertion a JOIN source_record r ON r.id = a.source_record_id"
                    + " WHERE r.record_key = 'A000001' AND a.field = 'death_date'").mapToMap().one());
            assertThat(shahrivar).containsEntry("value", "شهریور 1367").containsEntry("date_calendar", "solar_hijri")
                    .containsEntry("date_year", 1367).containsEntry("date_month", 6)
                    .containsEntry("date_earliest", "1988-08-23").containsEntry("date_latest", "1988-09-22");
            // "14 Shahrivar 1367" (transliterated month) is one day: 1988-09-05
            var day = db.jdbi().withHandle(h -> h.createQuery("SELECT a.date_earliest::text || ' ' || a.date_latest::text"
                    + " FROM person_assertion a JOIN source_record r ON r.id = a.source_record_id"
                    + " WHERE r.record_key = 'C000002' AND a.field = 'death_date'").mapTo(String.class).one());
            assertThat(day).isEqualTo("1988-09-05 1988-09-05");
            // age 29 at death on 1988-08-18 → born 1958-08-19 .. 1959-08-18
            var born = db.jdbi().withHandle(h -> h.createQuery("SELECT a.value || ' ' || a.date_earliest::text || ' ' || a.date_latest::text"
                    + " FROM person_assertion a JOIN source_record r ON r.id = a.source_record_id"
                    + " WHERE r.record_key = 'B000002' AND a.field = 'birth_date'").mapTo(String.class).one());
            assertThat(born).isEqualTo("29 1958-08-19 1959-08-18");
            // Persian names: script and normalised form; raw row kept verbatim under its headers
            var name = db.jdbi().withHandle(h -> h.createQuery("SELECT a.script || '|' || a.normalised FROM person_assertion a"
                    + " JOIN source_record r ON r.id = a.source_record_id WHERE r.record_key = 'A000004' AND a.field = 'surname'")
                    .mapTo(String.class).one());
            assertThat(name).isEqualTo("persian|قاسمی"); // written with Arabic ي in the file
            var raw = db.jdbi().withHandle(h -> h.createQuery("SELECT raw->>'نام خانوادگی' FROM source_record WHERE record_key = 'A000004'")
                    .mapTo(String.class).one());
            assertThat(raw).isEqualTo("قاسمي");
        }
    }

    @Test
    void suggestionsAgreeWithTheShippedMappings() throws IOException {
        Path dir = listsDev();
        for (String list : new String[] {"families_committee", "rights_org", "published_list", "testimonies"}) {
            Mapping suggested = Mapping.parse(MappingSuggester.suggest(dir.resolve(list + ".csv")));
            Mapping shipped = Mapping.load(EXAMPLES.resolve(list + ".yaml"));
            assertThat(suggested.idColumn()).as(list).isEqualTo(shipped.idColumn());
            assertThat(suggested.script()).as(list).isEqualTo(shipped.script());
            assertThat(suggested.calendar()).as(list).isEqualTo(shipped.calendar());
            assertThat(suggested.columns()).as(list).isEqualTo(shipped.columns());
        }
    }

    private static Map<String, String> facts(Database db, String recordKey) {
        return db.jdbi().withHandle(h -> {
            var map = new java.util.HashMap<String, String>();
            h.createQuery("SELECT a.field, a.value FROM person_assertion a JOIN source_record r ON r.id = a.source_record_id"
                    + " WHERE r.record_key = :k").bind("k", recordKey)
                    .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2))).forEach(e -> map.put(e.getKey(), e.getValue()));
            return map;
        });
    }
}
