package org.yadman.cli;

import java.nio.file.Path;
import org.yadman.store.Database;
import picocli.CommandLine.Option;

/** Where the registry lives: an embedded PostgreSQL under --data, or an external one. */
public final class DatabaseOptions {
    @Option(names = "--data", paramLabel = "DIR", defaultValue = "yadman-data",
            description = "Data directory of the embedded PostgreSQL and other files (default: ${DEFAULT-VALUE}).")
    Path dataDirectory;

    @Option(names = "--db-url", paramLabel = "JDBC_URL",
            description = "External PostgreSQL, e.g. jdbc:postgresql://db.example:5432/yadman. Overrides the embedded one.")
    String dbUrl;

    @Option(names = "--db-user", paramLabel = "USER", defaultValue = "${env:YADMAN_DB_USER}",
            description = "User for --db-url (default: $YADMAN_DB_USER).")
    String dbUser;

    @Option(names = "--db-password-env", paramLabel = "VAR", defaultValue = "YADMAN_DB_PASSWORD",
            description = "Environment variable holding the password for --db-url (default: ${DEFAULT-VALUE}); never given on the command line.")
    String dbPasswordEnv;

    public Path dataDirectory() {
        return dataDirectory;
    }

    public Database open() {
        if (dbUrl != null) return Database.external(dbUrl, dbUser, System.getenv(dbPasswordEnv));
        return Database.embedded(dataDirectory);
    }
}
