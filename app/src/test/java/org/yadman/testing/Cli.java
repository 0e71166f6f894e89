package org.yadman.testing;

import com.zaxxer.hikari.HikariDataSource;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.yadman.Yadman;
import org.yadman.store.Database;

/** Runs the {@code yadman} command line in the test's JVM, as a user would type it, and keeps what it printed. */
public final class Cli {
    private Cli() {}

    /** What one command did: its exit status and everything it wrote to stdout and stderr. */
    public record Run(int status, String out, String err) {
        /** The output of a command that must have succeeded; fails the test with its stderr otherwise. */
        public String succeeded() {
            if (status != 0) throw new AssertionError("yadman exited with " + status + ": " + err);
            return out;
        }
    }

    /** Runs the command with {@code stdin} as its standard input (a password piped in, say). */
    public static synchronized Run runWithInput(String stdin, String... args) {
        java.io.InputStream original = System.in;
        System.setIn(new java.io.ByteArrayInputStream(stdin.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        try {
            return run(args);
        } finally {
            System.setIn(original);
        }
    }

    public static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cli = Yadman.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int status = cli.execute(args);
        return new Run(status, out.toString(), err.toString());
    }

    /** Runs commands one after another and keeps what the last one printed, for tests that check a status, then the output. */
    public static final class Runner {
        private Run last = new Run(0, "", "");

        /** Runs the command; returns its exit status. */
        public int run(String... args) {
            last = Cli.run(args);
            return last.status();
        }

        public String out() {
            return last.out();
        }

        public String err() {
            return last.err();
        }
    }

    /** {@code args} followed by the options that point a command at the test database {@code db}. */
    public static String[] against(Database db, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--db-url", ((HikariDataSource) db.dataSource()).getJdbcUrl(), "--db-user", "postgres"));
        return all.toArray(String[]::new);
    }
}
