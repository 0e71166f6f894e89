package org.yadman.memorial;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yadman.accounts.PasswordHasher;
import org.yadman.accounts.Role;
import org.yadman.accounts.Users;
import org.yadman.evidence.LogVerifier;
import org.yadman.testing.Browser;
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
            db.jdbi().useHandle(h -> h.execute("UPDATE source SET protected = true WHERE name = 'rights-list'"));
            assertThat(Cli.run(Cli.against(db, "publish", "--source", "rights-list", "--basis", "public_record")).err())
                    .contains("source 'rights-list' is protected (a witness); publish its persons one by one");
            db.jdbi().useHandle(h -> h.execute("UPDATE source SET protected = false WHERE name = 'rights-list'"));
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

            // an investigator takes the other person off from the workspace, in one action, in Persian
            long ali = count(db, "SELECT l.person_id FROM record_link l JOIN source_record r ON r.id = l.source_record_id WHERE r.record_key = 'P2'");
            new Users(db.jdbi()).add("ina", Role.INVESTIGATOR, "a long enough passphrase", new PasswordHasher(), java.time.Instant.now());
            var investigator = new Browser(site);
            investigator.signIn("ina", "a long enough passphrase");
            var found = investigator.get("/fa/workspace/persons?id=" + persianDigits(ali));
            assertThat(found.statusCode()).isEqualTo(303);
            String own = investigator.get("/fa/workspace/persons/" + ali).body();
            assertThat(own).contains("برداشتن از یادمان").contains("سندی عمومی").contains("Rezaei");
            var withdrawn = investigator.post("/fa/workspace/persons/" + ali + "/withdraw", java.util.Map.of());
            assertThat(withdrawn.statusCode()).isEqualTo(303);
            assertThat(investigator.get("/fa/workspace/persons/" + ali).body()).contains("منتشر نشده").contains("انتشار در یادمان");
            assertThat(site.get("/en/person/" + ali).statusCode()).isEqualTo(404);
            assertThat(new Browser(site).postExactly("/en/workspace/persons/" + ali + "/publish", java.util.Map.of("basis", "consent")).statusCode())
                    .isIn(302, 303, 401, 403);
            // and puts them back on the family's consent, without their city
            assertThat(investigator.post("/en/workspace/persons/" + ali + "/publish", java.util.Map.of("basis", "consent", "redact", "city"))
                    .statusCode()).isEqualTo(303);
            assertThat(site.get("/en/person/" + ali).body()).contains("Rezaei").doesNotContain("Rasht");
            assertThat(investigator.get("/en/workspace/persons/" + ali).body()).contains("the family's consent").contains("[\"city\"]");

            assertThat(count(db, "SELECT count(*) FROM ledger_entry WHERE kind = 'published'")).isEqualTo(3);
            assertThat(count(db, "SELECT count(*) FROM ledger_entry WHERE kind = 'withdrawn'")).isEqualTo(2);
            assertThat(count(db, "SELECT count(*) FROM audit_event WHERE action IN ('publish', 'withdraw') AND target_kind = 'person'")).isEqualTo(5);
            assertThat(LogVerifier.verify(db.dataSource(), null, null).problems()).isEmpty();
        }
    }

    private static String persianDigits(long id) {
        StringBuilder out = new StringBuilder();
        for (char c : Long.toString(id).toCharArray()) out.append((char) ('۰' + (c - '0')));
        return out.toString();
    }

    private static long count(org.yadman.store.Database db, String sql) {
        return db.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
    }
}
