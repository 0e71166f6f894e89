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

/** Triage in the inbox: status, assignment and tags; analysts and strangers see nothing; every read is audited. */
class InboxTriageTest {
    @Test
    void investigatorsTriageAndOthersAreKeptOut() {
        try (var site = RunningSite.start()) {
            IntakeFixtures.installOrgKey(site.database());
            var jdbi = site.database().jdbi();
            new IntakeClient(site.baseUrl()).postMultipart("/en/testify", Map.of("testimony", "x"), List.of());
            long id = jdbi.withHandle(h -> h.createQuery("SELECT id FROM intake_submission").mapTo(Long.class).one());
            var users = new Users(jdbi);
            users.add("ana", Role.INVESTIGATOR, "a long enough passphrase", new PasswordHasher(), Clock.systemUTC().instant());
            users.add("bob", Role.ANALYST, "a long enough passphrase", new PasswordHasher(), Clock.systemUTC().instant());

            assertThat(new Browser(site).get("/en/workspace/intake").statusCode()).as("anonymous").isEqualTo(302);
            var analyst = new Browser(site);
            analyst.signIn("bob", "a long enough passphrase");
            assertThat(analyst.get("/en/workspace/intake/" + id).statusCode()).isEqualTo(403);

            var ana = new Browser(site);
            ana.signIn("ana", "a long enough passphrase");
            ana.get("/en/workspace/intake/" + id);
            var saved = ana.post("/en/workspace/intake/" + id + "/triage", Map.of("status", "open", "assign", "me", "tags", "evin, 1367 ,evin"));
            assertThat(saved.statusCode()).isEqualTo(303);
            String inbox = ana.get("/fa/workspace/intake").body();
            assertThat(inbox).contains("در جریان").contains("ana").contains("evin, 1367");
            var refused = ana.post("/en/workspace/intake/" + id + "/triage", Map.of("status", "lost"));
            assertThat(ana.get(refused.headers().firstValue("Location").orElseThrow()).body()).contains("status must be new, open or closed");
            long reads = jdbi.withHandle(h -> h.createQuery("SELECT count(*) FROM audit_event WHERE target_kind = 'intake_submission' AND action = 'read'")
                    .mapTo(Long.class).one());
            assertThat(reads).isGreaterThanOrEqualTo(2);
        }
    }
}
