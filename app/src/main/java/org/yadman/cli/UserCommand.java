package org.yadman.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.yadman.accounts.Audit;
import org.yadman.accounts.Credentials;
import org.yadman.accounts.PasswordHasher;
import org.yadman.accounts.Role;
import org.yadman.accounts.Users;
import org.yadman.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code yadman user add|list|disable}: workspace accounts, managed from the server's shell. */
@Command(name = "user", mixinStandardHelpOptions = true, description = "Manage workspace accounts.",
        subcommands = {UserCommand.Add.class, UserCommand.List.class, UserCommand.Disable.class})
public final class UserCommand implements Runnable {
    @Spec CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs {@code work} and turns a broken rule into a one-line message and exit status 2. */
    static int reporting(CommandSpec spec, Callable<Integer> work) throws Exception {
        try {
            return work.call();
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("yadman user " + spec.name() + ": " + e.getMessage());
            return 2;
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = {"Create an account. The password is read from the terminal without echo (asked twice),",
                    "or as one line from standard input when there is no terminal; never from the command line.",
                    "It must have at least " + Credentials.MIN_PASSWORD_LENGTH + " characters."})
    static final class Add implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Mixin DatabaseOptions database;

        @Parameters(index = "0", paramLabel = "NAME", description = "Account name: 2 to 64 letters, digits, '.', '_' or '-'.")
        String name;

        @Option(names = "--role", required = true, paramLabel = "ROLE", description = "admin, investigator or analyst.")
        String role;

        @Override
        public Integer call() throws Exception {
            return reporting(spec, () -> {
                Role chosen = Role.fromCode(role);
                String normalName = Credentials.normaliseName(name);
                Credentials.checkName(normalName);
                String password = PasswordPrompt.readNew(System.console(), System.in, normalName);
                // Checked before the database starts, so a short password fails fast.
                Credentials.checkPassword(Credentials.normalisePassword(password));
                Instant now = Clock.systemUTC().instant();
                try (Database db = database.open()) {
                    Users.Account account = new Users(db.jdbi()).add(normalName, chosen, password, new PasswordHasher(), now);
                    db.jdbi().useHandle(h -> Audit.record(h, now, null, "account_created", "app_user", account.id(), "role " + chosen.code()));
                    spec.commandLine().getOut().printf("created account %s (%s)%n", account.name(), chosen.code());
                }
                return 0;
            });
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List accounts with their role and state.")
    static final class List implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Mixin DatabaseOptions database;

        @Override
        public Integer call() {
            try (Database db = database.open()) {
                PrintWriter out = spec.commandLine().getOut();
                out.printf("%-24s %-13s %-20s %s%n", "NAME", "ROLE", "CREATED (UTC)", "STATE");
                for (Users.Account account : new Users(db.jdbi()).list()) {
                    out.printf("%-24s %-13s %-20s %s%n", account.name(), account.role().code(),
                            account.createdAt().toString().substring(0, 16).replace('T', ' '),
                            account.disabled() ? "disabled " + account.disabledAt().toString().substring(0, 10) : "active");
                }
                out.flush();
            }
            return 0;
        }
    }

    @Command(name = "disable", mixinStandardHelpOptions = true,
            description = "Disable an account and end its sessions at once. Its history stays.")
    static final class Disable implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Mixin DatabaseOptions database;

        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Override
        public Integer call() throws Exception {
            return reporting(spec, () -> {
                Instant now = Clock.systemUTC().instant();
                try (Database db = database.open()) {
                    Users users = new Users(db.jdbi());
                    Users.Disabled disabled = users.disable(name, now);
                    if (disabled.changed()) {
                        db.jdbi().useHandle(h -> Audit.record(h, now, null, "account_disabled", "app_user", disabled.id(), null));
                    }
                    spec.commandLine().getOut().printf(disabled.changed() ? "disabled %s; its sessions are ended%n"
                            : "%s was already disabled%n", Credentials.normaliseName(name));
                }
                return 0;
            });
        }
    }
}
