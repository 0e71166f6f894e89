package org.yadman.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.yadman.store.Database;

/**
 * One real PostgreSQL per test JVM, and a fresh, migrated database for each caller, so tests never
 * see each other's rows and never pay for a second server start.
 */
public final class TestDatabases {
    private static final AtomicInteger NEXT = new AtomicInteger();
    private static EmbeddedPostgres server;

    private TestDatabases() {}

    private static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off").start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.close();
                } catch (IOException ignored) {
                    // the JVM is exiting; the temporary directory goes with it
                }
            }));
        }
        return server;
    }

    /** A new empty database with every migration applied. Close it when done. */
    public static Database fresh() {
        return Database.external(emptyUrl(), "postgres", "");
    }

    /** The JDBC URL (user postgres, no password) of a new database with no migration applied, for upgrade tests. */
    public static String emptyUrl() {
        EmbeddedPostgres pg = server();
        String name = "test_" + NEXT.incrementAndGet() + "_" + ProcessHandle.current().pid();
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return pg.getJdbcUrl("postgres", name);
    }
}
