package org.yadman.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yadman.accounts.PasswordHasher;
import org.yadman.accounts.Role;
import org.yadman.accounts.Users;
import org.yadman.testing.Browser;
import org.yadman.testing.RunningSite;

/** An investigator turns a testimony into a person with assertions from the submission's source, each in the log; a bad date writes nothing. */
class ToRegistryTest {
    @Test
    void factsReadInATestimonyBecomeAPersonWithLoggedAssertions() {
        try (var site = RunningSite.start()) {
            IntakeFixtures.installOrgKey(site.database());
            var jdbi = site.database().jdbi();
            new IntakeClient(site.baseUrl()).postMultipart("/fa/testify", Map.of("testimony", "برادرم"), List.of());
            long id = jdbi.withHandle(h -> h.createQuery("SELECT id FROM intake_submission").mapTo(Long.class).one());
            new Users(jdbi).add("ana", Role.INVESTIGATOR, "a long enough passphrase", new PasswordHasher(), Clock.systemUTC().instant());
            var investigator = new Browser(site);
            investigator.signIn("ana", "a long enough passphrase");
            investigator.get("/fa/workspace/intake/" + id);

            var bad = investigator.post("/fa/workspace/intake/" + id + "/registry", Map.of("full_name", "علی رضایی", "death_date", "دیروز", "credibility", "2"));
            assertThat(bad.statusCode()).isEqualTo(303);
            assertThat(investigator.get(bad.headers().firstValue("Location").orElseThrow()).body()).contains("چیزی ثبت نشد").contains("death_date");
            assertThat(count(site, "SELECT count(*) FROM assertion")).isZero();

            var good = investigator.post("/fa/workspace/intake/" + id + "/registry",
                    Map.of("full_name", "علي رضايي", "father_name", "حسن", "death_date", "مرداد ۱۳۶۷", "city", "", "credibility", "2"));
            assertThat(investigator.get(good.headers().firstValue("Location").orElseThrow()).body()).contains("به‌عنوان شخص");
            var rows = jdbi.withHandle(h -> h.createQuery("SELECT a.field || '=' || coalesce(a.normalised, a.date_year::text) FROM assertion a"
                    + " JOIN source s ON s.id = a.source_id WHERE s.name = :n ORDER BY a.id").bind("n", "intake-" + id).mapTo(String.class).list());
            assertThat(rows).containsExactly("full_name=علی رضایی", "father_name=حسن", "death_date=1367");
            assertThat(count(site, "SELECT count(*) FROM ledger_entry WHERE kind = 'assertion_added'")).isEqualTo(3);
            // the name is searchable by its phonetic keys like any other (LoggedAssertions writes them)
            assertThat(count(site, "SELECT count(*) FROM name_key")).isEqualTo(org.yadman.linking.NameKeys.of("علي رضايي").size());
        }
    }

    private static long count(RunningSite site, String sql) {
        return site.database().jdbi().withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
    }
}
