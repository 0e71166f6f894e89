package org.yadman.acts;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yadman.evidence.LogKeys;
import org.yadman.linkage.UncertainDate;
import org.yadman.store.Database;
import org.yadman.testing.Cli;
import org.yadman.testing.TestDatabases;

/** {@code yadman casefile} for a perpetrator, a prison and a period writes bundles that {@code yadman verify} accepts; a bad id is a clear error. */
class CaseFileCommandTest {
    @TempDir Path dir;
    private final Cli.Runner cli = new Cli.Runner();

    @Test
    void caseFilesForAPerpetratorAPrisonAndAPeriodVerifyOffline() throws Exception {
        Path data = dir.resolve("data");
        LogKeys.init(data, "yadman.test/log");
        try (Database db = TestDatabases.fresh()) {
            var f = new ActFixtures(db.jdbi());
            long source = f.source("list-a", "List A", "a committee", false);
            long victim = f.victim(source, "A1", "حسین کریمی", "Hossein Karimi");
            long judge = f.perpetrator("قاضی آزمون", "Judge Test", source);
            long evin = f.prison("اوین", "Evin");
            db.jdbi().useTransaction(h -> ActRecorder.record(h, new ActDraft(ActType.EXECUTION,
                    UncertainDate.parse("1367/05/06", UncertainDate.Calendar.SOLAR_HIJRI), evin, null, List.of(victim),
                    List.of(new ActDraft.PerpetratorLink(judge, Involvement.ORDERED, "Judge")), source, null, 2), null, ActFixtures.T0));
            String url = ((HikariDataSource) db.dataSource()).getJdbcUrl();
            String[] dbArgs = {"--data", data.toString(), "--db-url", url, "--db-user", "postgres"};

            int n = 0;
            for (String[] scope : List.of(new String[] {"--perpetrator", Long.toString(judge)}, new String[] {"--prison", Long.toString(evin)},
                    new String[] {"--from", "۱۳۶۷/۰۵/۰۱", "--to", "1367/06/31"})) {
                Path zip = dir.resolve("case" + n++ + ".zip");
                String[] args = Stream.of(new String[] {"casefile"}, scope, new String[] {"-o", zip.toString()}, dbArgs)
                        .flatMap(Stream::of).toArray(String[]::new);
                assertThat(cli.run(args)).as(cli.err()).isZero();
                assertThat(cli.out()).startsWith("Wrote " + zip);
                assertThat(cli.run("verify", zip.toString())).as(cli.out() + cli.err()).isZero();
            }
            String[] unknown = Stream.of(new String[] {"casefile", "--prison", "999999", "-o", dir.resolve("x.zip").toString()}, dbArgs)
                    .flatMap(Stream::of).toArray(String[]::new);
            assertThat(cli.run(unknown)).isEqualTo(1);
            assertThat(cli.err()).contains("yadman casefile: place: no place with id 999999");
        }
    }
}
