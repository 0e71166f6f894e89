package org.yadman.linkage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.yadman.linkage.UncertainDate.Calendar;
import org.yadman.linkage.bench.BenchmarkData;

/**
 * Every date and name field of the synthetic development lists ({@code shared/data/lists-dev})
 * is read as the importer will read it: dates with the SOLAR_HIJRI default (all four lists are
 * Iranian), ages against the date of death. Skipped when the shared data is absent.
 */
class DevelopmentListsTest {

    private static Path lists() {
        String shared = System.getProperty("yadman.shared", "../../shared");
        Path lists = Path.of(shared, "data", "lists-dev");
        assumeTrue(Files.isDirectory(lists), "no development lists at " + lists.toAbsolutePath());
        return lists;
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "families_committee.csv, تاریخ اعدام",
        "families_committee.csv, سال تولد",
        "rights_org.csv, date_of_death",
        "published_list.csv, executed",
        "testimonies.csv, year_of_birth",
    })
    void everyDateParsesAndFallsInAPlausibleRange(String file, String column) throws IOException {
        List<Map<String, String>> rows = read(lists().resolve(file));
        int parsed = 0;
        for (Map<String, String> row : rows) {
            UncertainDate date = UncertainDate.parse(row.get(column), Calendar.SOLAR_HIJRI);
            if (date != null) {
                parsed++;
                assertThat(date.earliest().getYear()).as(row.get("record_id") + " " + date).isBetween(1900, 1990);
                assertThat(date.latest().getYear()).as(row.get("record_id") + " " + date).isBetween(1900, 1990);
            }
        }
        assertThat(parsed).isGreaterThan(rows.size() / 3);
    }

    @Test
    void agesAtDeathAreBirthRangesBeforeTheDeath() throws IOException {
        int ages = 0;
        for (Map<String, String> row : read(lists().resolve("rights_org.csv"))) {
            UncertainDate death = UncertainDate.parse(row.get("date_of_death"), Calendar.GREGORIAN);
            if (death == null || row.get("age").isBlank()) {
                continue;
            }
            UncertainDate born = UncertainDate.parse(row.get("age"), Calendar.GREGORIAN, death);
            assertThat(born.latest()).isBefore(death.earliest());
            ages++;
        }
        assertThat(ages).isGreaterThan(100);
    }

    @Test
    void arabicLettersAndJoinersDisappearFromTheKeysOfTheFamiliesList() throws IOException {
        for (Map<String, String> row : read(lists().resolve("families_committee.csv"))) {
            for (String column : List.of("نام", "نام خانوادگی", "نام پدر", "شهر")) {
                String key = PersianText.compactKey(row.get(column));
                assertThat(key).as(row.get(column)).doesNotContain("ي", "ك", "\u200C", " ");
                assertThat(PersianText.script(key)).isIn(PersianText.Script.PERSIAN, PersianText.Script.NONE);
            }
        }
    }

    private static List<Map<String, String>> read(Path file) throws IOException {
        return BenchmarkData.csv(file);
    }
}
