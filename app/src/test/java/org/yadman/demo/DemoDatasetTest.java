package org.yadman.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yadman.linkage.PersianText;
import org.yadman.linkage.UncertainDate;
import org.yadman.linkage.UncertainDate.Calendar;

class DemoDatasetTest {
    @TempDir Path temp;

    @Test
    void sameSeedWritesByteIdenticalFilesAndAnotherSeedDoesNot() throws IOException {
        var first = DemoDataset.write(temp.resolve("one"), 7, 400);
        DemoDataset.write(temp.resolve("two"), 7, 400);
        DemoDataset.write(temp.resolve("other"), 8, 400);
        assertThat(first).hasSize(4);
        List<String> names = List.of("families_committee.csv", "families_committee.yaml", "rights_org.csv",
                "rights_org.yaml", "published_list.csv", "published_list.yaml", "testimonies.csv", "testimonies.yaml", "truth.csv");
        try (var listing = Files.list(temp.resolve("one"))) {
            assertThat(listing.map(p -> p.getFileName().toString())).containsExactlyInAnyOrderElementsOf(names);
        }
        for (String name : names) {
            assertThat(Files.readAllBytes(temp.resolve("two").resolve(name))).as(name)
                    .isEqualTo(Files.readAllBytes(temp.resolve("one").resolve(name)));
        }
        assertThat(Files.readString(temp.resolve("other/rights_org.csv"))).isNotEqualTo(Files.readString(temp.resolve("one/rights_org.csv")));
        assertThatThrownBy(() -> DemoDataset.write(temp.resolve("one"), 7, 400)).hasMessageContaining("already exists");
    }

    @Test
    void everySourceIsLabelledSyntheticInItsMappingAndTitle() throws IOException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        for (var files : DemoDataset.write(temp.resolve("lists"), DemoDataset.SEED, 300)) {
            JsonNode mapping = yaml.readTree(files.mapping().toFile());
            assertThat(mapping.path("source").path("synthetic").asBoolean(false)).as(files.mapping().toString()).isTrue();
            assertThat(mapping.path("source").path("title").asText()).containsIgnoringCase("synthetic");
            assertThat(files.list().sourceName()).startsWith("synthetic-demo-");
            // Every header of the CSV is either the id column or mapped.
            Set<String> mapped = new HashSet<>();
            mapping.path("columns").fieldNames().forEachRemaining(mapped::add);
            mapped.add(mapping.path("id").asText());
            assertThat(mapped).containsExactlyInAnyOrderElementsOf(files.list().headers());
        }
    }

    @Test
    void listsHaveNamesakesBothScriptsSpellingVariantsBothCalendarsAndPartialOverlap() {
        var people = SyntheticPopulation.generate(NameTables.load(), DemoDataset.SEED, DemoDataset.POPULATION);
        Map<String, Long> byName = people.stream().collect(Collectors.groupingBy(
                p -> p.given().persian() + " " + p.surname().persian(), Collectors.counting()));
        long namesakes = byName.values().stream().filter(n -> n > 1).mapToLong(Long::longValue).sum();
        assertThat(namesakes).as("persons who share their full name with someone else").isGreaterThan(DemoDataset.POPULATION / 20);

        var lists = DemoLists.generate(people, DemoDataset.SEED);
        var families = lists.get(0);
        var rights = lists.get(1);
        assertThat(families.rows()).allSatisfy(row -> assertThat(PersianText.script(row.get(1))).isEqualTo(PersianText.Script.PERSIAN));
        assertThat(rights.rows()).allSatisfy(row -> assertThat(PersianText.script(row.get(1))).isEqualTo(PersianText.Script.LATIN));
        // Arabic-keyboard letters appear in some Persian names.
        assertThat(families.rows()).anyMatch(row -> row.get(1).contains("ي") || row.get(2).contains("ي"));

        // The same given name is spelled more than one way in the Latin list.
        Map<String, Set<String>> spellings = new HashMap<>();
        for (int i = 0; i < rights.rows().size(); i++) {
            var person = people.get(rights.personNumbers().get(i) - 1);
            spellings.computeIfAbsent(person.given().persian(), k -> new HashSet<>()).add(rights.rows().get(i).get(1));
        }
        assertThat(spellings.get("حسین")).hasSizeGreaterThan(1);

        // Solar Hijri dates in Persian and ASCII digits in one list, Gregorian in another.
        assertThat(families.rows()).anyMatch(row -> row.get(7).startsWith("۱۳۶۷/"))
                .anyMatch(row -> row.get(7).startsWith("1367/")).anyMatch(row -> row.get(7).startsWith("مرداد ۱۳۶۷") || row.get(7).startsWith("مرداد 1367"));
        assertThat(rights.rows()).anyMatch(row -> row.get(7).startsWith("1988-"));
        assertThat(Spellings.solarHijriDay(LocalDate.of(1988, 7, 30))).isEqualTo("1367/05/08");

        Set<Integer> inFamilies = new HashSet<>(families.personNumbers());
        long inBoth = rights.personNumbers().stream().filter(inFamilies::contains).count();
        assertThat(inBoth).isPositive().isLessThan(rights.personNumbers().size());
        assertThat(lists).allSatisfy(l -> assertThat(new HashSet<>(l.personNumbers())).hasSameSizeAs(l.personNumbers()));
    }

    @Test
    void everyWrittenDateReadsBackToARangeHoldingTheTrueDate() {
        var people = SyntheticPopulation.generate(NameTables.load(), DemoDataset.SEED, 600);
        var lists = DemoLists.generate(people, DemoDataset.SEED);
        record DateColumn(int list, int column, Calendar calendar, boolean death) {}
        var columns = List.of(new DateColumn(0, 7, Calendar.SOLAR_HIJRI, true), new DateColumn(0, 4, Calendar.SOLAR_HIJRI, false),
                new DateColumn(1, 7, Calendar.GREGORIAN, true), new DateColumn(2, 4, Calendar.GREGORIAN, true),
                new DateColumn(3, 4, Calendar.SOLAR_HIJRI, false));
        int checked = 0;
        for (DateColumn c : columns) {
            var list = lists.get(c.list());
            for (int i = 0; i < list.rows().size(); i++) {
                String text = list.rows().get(i).get(c.column());
                if (text.isEmpty()) continue;
                var person = people.get(list.personNumbers().get(i) - 1);
                UncertainDate date = UncertainDate.parse(text, c.calendar());
                LocalDate truth = c.death() ? person.death() : person.birth();
                assertThat(date.contains(truth)).as("%s row %d: '%s' holds %s", list.stem(), i + 1, text, truth).isTrue();
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(300);
    }
}
