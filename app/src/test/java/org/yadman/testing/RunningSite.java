package org.yadman.testing;

import io.javalin.Javalin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import org.yadman.cli.Apps;
import org.yadman.store.Database;
import org.yadman.web.Site;

/**
 * The real app on a random port over a fresh database, as every page and route test uses it:
 * {@code try (var site = RunningSite.start()) { site.get("/en/") ... }}.
 */
public final class RunningSite implements AutoCloseable {
    private final Database database;
    private final Javalin app;
    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private RunningSite(Database database, Javalin app) {
        this.database = database;
        this.app = app;
    }

    public static RunningSite start() {
        return start(false);
    }

    public static RunningSite start(boolean synthetic) {
        return start(TestDatabases.fresh(), Clock.systemUTC(), synthetic);
    }

    /** The real app over {@code db} (closed with the site) and {@code clock} (e.g. a {@link MutableClock}). */
    public static RunningSite start(Database db, Clock clock) {
        return start(db, clock, false);
    }

    private static RunningSite start(Database db, Clock clock, boolean synthetic) {
        Javalin app = Apps.create(new Site(db, clock, synthetic)).start("127.0.0.1", 0);
        return new RunningSite(db, app);
    }

    /** The running Javalin instance, for tests that look at its routes. */
    public Javalin app() {
        return app;
    }

    public Database database() {
        return database;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + app.port();
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).GET().build());
    }

    public HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        app.stop();
        database.close();
    }
}
