package org.yadman.importing;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yadman.store.Database;
import org.yadman.testing.Cli;
import org.yadman.testing.TestDatabases;

/** {@code yadman import} end to end: arguments, exit codes, messages, and what lands in the database. */
class ImportCommandTest {
    @TempDir Path dir;
    private final Cli.Runner cli = new Cli.Runner();

    @Test
    void importsThenRefusesTheSameFileThenForces() throws IOException {
        Path csv = Files.writeString(dir.resolve("list.csv"), "record_id,name,death,notes\nX1,\"KARIMI, Hussayn\",,son of Kazem\nX2,Ali,,\n");
        Path map = Files.writeString(dir.resolve("map.yaml"), ImportFixtures.YAML);
        try (Database db = TestDatabases.fresh()) {
            String url = ((HikariDataSource) db.dataSource()).getJdbcUrl();
            String[] args = {"import", csv.toString(), "--source", "families", "--mapping", map.toString(), "--db-url", url, "--db-user", "postgres"};
            assertThat(cli.run(args)).as(cli.err()).isZero();
            assertThat(cli.out()).contains("Imported 2 rows of list.csv into source 'families' as import #1 (6 facts)");
            assertThat(cli.run(args)).isEqualTo(1);
            assertThat(cli.err()).contains("yadman import: list.csv: the same content").contains("import #1").contains("--force");
            String[] forced = java.util.Arrays.copyOf(args, args.length + 1);
            forced[args.length] = "--force";
            assertThat(cli.run(forced)).isZero();
            long records = db.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM source_record").mapTo(Long.class).one());
            assertThat(records).isEqualTo(4);
        }
    }

    @Test
    void badMappingAndMissingOptionsAreExplained() throws IOException {
        Path csv = Files.writeString(dir.resolve("list.csv"), "record_id,name\nX1,Ali\n");
        Path map = Files.writeString(dir.resolve("map.yaml"), "id: record_id\nscript: persian\ncalendar: julian\ncolumns: {name: full_name}\n");
        assertThat(cli.run("import", csv.toString(), "--source", "s", "--mapping", map.toString(), "--data", dir.resolve("data").toString())).isEqualTo(2);
        assertThat(cli.err()).contains("map.yaml: 'calendar' must be gregorian | solar_hijri | lunar_hijri, not 'julian'");
        assertThat(cli.run("import", csv.toString())).isEqualTo(2);
        assertThat(cli.err()).contains("give --source NAME and --mapping MAP.yaml (or --suggest)");
        assertThat(Files.exists(dir.resolve("data"))).isFalse();
    }

    @Test
    void suggestPrintsAMappingThatLoads() throws IOException {
        Path csv = Files.writeString(dir.resolve("persian.csv"),
                "ردیف,نام,نام خانوادگی,نام پدر,سال تولد,شهر,زندان,تاریخ اعدام,تلفن\n"
                        + "1,محمد,فلاح,یوسف,۱۳۳۳,ساری,قزلحصار,شهریور ۱۳۶۷,\n2,رضا,امامی,محمود,,کاشان,اوین,1367/05/25,\n");
        assertThat(cli.run("import", "--suggest", csv.toString())).as(cli.err()).isZero();
        String yaml = cli.out();
        assertThat(yaml).contains("script: persian").contains("calendar: solar_hijri").contains("id: \"ردیف\"")
                .contains("\"نام\": given_name").contains("\"نام خانوادگی\": surname").contains("\"نام پدر\": father_name")
                .contains("\"سال تولد\": birth_year").contains("\"شهر\": city").contains("\"زندان\": prison")
                .contains("\"تاریخ اعدام\": death_date").contains("\"تلفن\": ignore   # header not recognised");
        Mapping mapping = Mapping.parse(yaml);
        assertThat(mapping.columns().get("نام").kind()).isEqualTo(FieldKind.GIVEN_NAME);
        assertThat(mapping.script()).isEqualTo(Mapping.Script.PERSIAN);
    }

    @Test
    void suggestReadsEnglishHeadersAndValues() throws IOException {
        Path csv = Files.writeString(dir.resolve("english.csv"),
                "record_id;full_name;father;age;date_of_death;sex;affiliation;executed_by;notes;reported_by\n"
                        + "C1;KARIMI, Hussayn;;29;24 July 1988;M;MEK;;son of Kazem;brother\n"
                        + "C2;Ali Rahmani;Reza;;1988-08-01;F;;;;sister\n");
        assertThat(cli.run("import", "--suggest", csv.toString())).isZero();
        Mapping mapping = Mapping.parse(cli.out());
        assertThat(mapping.idColumn()).isEqualTo("record_id");
        assertThat(mapping.script()).isEqualTo(Mapping.Script.LATIN);
        assertThat(mapping.calendar()).isEqualTo(Mapping.Calendar.GREGORIAN);
        assertThat(mapping.delimiter()).isEqualTo(';');
        assertThat(mapping.columns().get("full_name")).isEqualTo(new Mapping.Column(FieldKind.FULL_NAME, Mapping.NameOrder.EITHER, false, null));
        assertThat(mapping.columns().get("notes").patronymic()).isTrue();
        assertThat(mapping.columns().get("father").kind()).isEqualTo(FieldKind.FATHER_NAME);
        assertThat(mapping.columns().get("age").kind()).isEqualTo(FieldKind.AGE);
        assertThat(mapping.columns().get("sex").kind()).isEqualTo(FieldKind.SEX);
        assertThat(mapping.columns().get("reported_by").kind()).isEqualTo(FieldKind.IGNORE);
        assertThat(mapping.columns().get("executed_by").kind()).isEqualTo(FieldKind.IGNORE);
    }
}
