package org.yadman.memorial;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yadman.evidence.LogVerifier;
import org.yadman.testing.Cli;
import org.yadman.testing.RunningSite;
import org.yadman.testing.TestDatabases;

/**
 * An imported list is put on the memorial with `yadman publish` and a person taken off with
 * `yadman withdraw`: the public pages follow at once, a redacted field is neither shown nor
 * searched, each change is a leaf of the log, and bad requests publish nothing.
 */
class PublicationCommandTest {
    @TempDir Path dir;

    @Test
    void publishAListWithARedactionThenWithdrawOnePerson() throws Exception {
        Path csv = Files.writeString(dir.resolve("list.csv"), """
                record_id,given,surname,father,city
                P1,Hossein,Karimi,Kazem,Tabriz
                P2,Ali,Rezaei,Hassan,Rasht
                """);
        Path map = Files.writeString(dir.resolve("map.yaml"), """
                id: record_id
                script: latin
                calendar: gregorian
                columns: {given: given_name, surname: surname, father: father_name, city: city}
                """);
        var db = TestDatabases.fresh();
        try (var site = RunningSite.start(db, Clock.systemUTC())) {
            Cli.run(Cli.against(db, "import", csv.toString(), "--source", "rights-list", "--mapping", map.toString())).succeeded();
            assertThat(site.get("/en/search?q=Hossein+Karimi").body()).contains("0 found");

            var refused = Cli.run(Cli.against(db, "publish", "--source", "rights-list", "--basis", "rumour"));
            assertThat(refused.status()).isEqualTo(1);
            assertThat(refused.err()).contains("basis must be one of [public_record, consent]").contains("Nothing was published");
            var badField = Cli.run(Cli.against(db, "publish", "--source", "rights-list", "--basis", "public_record", "--redact", "shoe_size"));
            assertThat(badField.err()).contains("'shoe_size' is not a field the memorial shows");
            assertThat(Cli.run(Cli.against(db, "publish", "--source", "no-such-list", "--basis", "public_record")).err())
                    .contains("no source named 'no-such-list'");
            assertThat(count(db, "SELECT count(*) FROM publication")).isZero();

            String out = Cli.run(Cli.against(db, "publish", "--source", "rights-list", "--basis", "public_record", "--redact", "father_name")).succeeded();
            assertThat(out).contains("Published 2 person(s) on the basis 'public_record', without father_name");
            long hossein = count(db, "SELECT l.person_id FROM record_link l JOIN source_record r ON r.id = l.source_record_id WHERE r.record_key = 'P1'");
            String page = site.get("/en/person/" + hossein).body();
            assertThat(page).contains("Hossein").contains("Tabriz").doesNotContain("Kazem");
            assertThat(site.get("/en/search?q=Kazem").body()).doesNotContain("Hossein");
            assertThat(site.get("/en/").body()).contains("<li><strong>2</strong>");
            assertThat(Cli.run(Cli.against(db, "publish", "--person", Long.toString(hossein), "--basis", "consent")).err())
                    .contains("already published; withdraw first");

            assertThat(Cli.run(Cli.against(db, "withdraw", "--person", Long.toString(hossein))).succeeded())
                    .contains("Person " + hossein + " is off the memorial");
            assertThat(site.get("/en/person/" + hossein).statusCode()).isEqualTo(404);
            assertThat(site.get("/en/").body()).contains("<li><strong>1</strong>");
            assertThat(site.get("/en/search?q=Hossein+Karimi").body()).contains("0 found");
            assertThat(Cli.run(Cli.against(db, "withdraw", "--person", Long.toString(hossein))).err()).contains("is not published");

            assertThat(count(db, "SELECT count(*) FROM ledger_entry WHERE kind = 'published'")).isEqualTo(2);
            assertThat(count(db, "SELECT count(*) FROM ledger_entry WHERE kind = 'withdrawn'")).isEqualTo(1);
            assertThat(count(db, "SELECT count(*) FROM audit_event WHERE action IN ('publish', 'withdraw') AND target_kind = 'person'")).isEqualTo(3);
            assertThat(LogVerifier.verify(db.dataSource(), null, null).problems()).isEmpty();
        }
    }

    private static long count(org.yadman.store.Database db, String sql) {
        return db.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
    }
}
