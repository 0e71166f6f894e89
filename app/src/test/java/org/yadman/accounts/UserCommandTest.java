package org.yadman.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.yadman.store.Database;
import org.yadman.testing.Cli;
import org.yadman.testing.Browser;
import org.yadman.testing.RunningSite;
import org.yadman.testing.TestDatabases;

/** {@code yadman user ...} through picocli, exactly as typed in a shell, with the password piped in. */
class UserCommandTest {
    private static Cli.Run yadman(String stdin, String... args) {
        return Cli.runWithInput(stdin, args);
    }

    private static String[] withDatabase(Database db, String... args) {
        return Cli.against(db, concat(args, "--db-password-env", "YADMAN_TEST_NO_SUCH_VARIABLE"));
    }

    private static String[] concat(String[] a, String... b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    @Test
    void userAddedOnTheCommandLineCanSignIn() {
        Database db = TestDatabases.fresh();
        // Persian digits typed on the command line sign in when typed with ASCII digits, and back.
        var added = yadman("a passphrase with digits ۱۲۳\n", withDatabase(db, "user", "add", "leila", "--role", "investigator"));
        assertThat(added.status()).as(added.err()).isZero();
        assertThat(added.out()).contains("created account leila (investigator)");
        assertThat(added.out() + added.err()).doesNotContain("passphrase");

        var list = yadman("", withDatabase(db, "user", "list"));
        assertThat(list.out()).containsPattern("leila\\s+investigator\\s+\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d\\s+active");

        String stored = db.jdbi().withHandle(h -> h.createQuery("SELECT password_hash FROM app_user WHERE name = 'leila'").mapTo(String.class).one());
        assertThat(stored).startsWith("$argon2id$v=19$").doesNotContain("passphrase");

        try (var site = RunningSite.start(db, Clock.systemUTC())) {
            var browser = new Browser(site);
            assertThat(browser.signIn("leila", "a passphrase with digits 123").statusCode()).isEqualTo(303);
            assertThat(browser.get("/en/workspace").body()).contains("Signed in as leila (investigator)");

            var disabled = yadman("", withDatabase(db, "user", "disable", "leila"));
            assertThat(disabled.out()).contains("disabled leila; its sessions are ended");
            assertThat(browser.get("/en/workspace").statusCode()).as("the open session ended too").isEqualTo(302);
            assertThat(new Browser(site).signIn("leila", "a passphrase with digits 123").body()).contains("Sign-in failed");
            assertThat(yadman("", withDatabase(db, "user", "list")).out()).containsPattern("leila\\s+investigator.*disabled");
        }
    }

    @Test
    void shortPasswordUnknownRoleAndTakenNameAreRefusedAndWriteNothing() {
        try (Database db = TestDatabases.fresh()) {
            var shortPassword = yadman("too short\n", withDatabase(db, "user", "add", "omid", "--role", "admin"));
            assertThat(shortPassword.status()).isEqualTo(2);
            assertThat(shortPassword.err()).contains("password too short: 9 characters, at least 12 required");

            var badRole = yadman("long enough passphrase\n", withDatabase(db, "user", "add", "omid", "--role", "root"));
            assertThat(badRole.status()).isEqualTo(2);
            assertThat(badRole.err()).contains("unknown role 'root'; expected one of admin, investigator, analyst");

            var noInput = yadman("", withDatabase(db, "user", "add", "omid", "--role", "admin"));
            assertThat(noInput.status()).isEqualTo(2);
            assertThat(noInput.err()).contains("no password given");

            long users = db.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM app_user").mapTo(Long.class).one());
            assertThat(users).isZero();

            assertThat(yadman("long enough passphrase\n", withDatabase(db, "user", "add", "omid", "--role", "admin")).status()).isZero();
            var again = yadman("another long passphrase\n", withDatabase(db, "user", "add", "omid", "--role", "analyst"));
            assertThat(again.status()).isEqualTo(2);
            assertThat(again.err()).contains("an account named 'omid' already exists");
        }
    }
}
