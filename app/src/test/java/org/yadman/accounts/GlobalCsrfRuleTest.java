package org.yadman.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.yadman.store.Database;
import org.yadman.testing.TestDatabases;
import org.yadman.web.Site;
import org.yadman.web.Web;
import org.yadman.web.WebServer;

/**
 * The csrf rule covers routes that other capabilities add later, outside the workspace too: here
 * a stand-in capability registers a public form (like a future testimony form) and a signed-in
 * action, and the filter guards both without either route doing anything about it.
 */
class GlobalCsrfRuleTest {
    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void everyStateChangingRequestNeedsTheRightTokenWhoeverRegisteredTheRoute() throws Exception {
        Database db = TestDatabases.fresh();
        Site site = new Site(db, Clock.systemUTC(), false);
        AtomicInteger changes = new AtomicInteger();
        var app = WebServer.create(site, List.of(WebServer.capability(cfg -> {
            cfg.routes.get("/en/testimony", ctx -> ctx.result(Accounts.formToken(ctx)));
            cfg.routes.post("/en/testimony", ctx -> {
                changes.incrementAndGet();
                ctx.result("saved as " + (Web.viewer(ctx) == null ? "anonymous" : Web.viewer(ctx).name()));
            });
            cfg.routes.post("/en/workspace/notes", ctx -> ctx.result("noted " + changes.incrementAndGet()));
            cfg.routes.delete("/en/drafts/{id}", ctx -> ctx.result("deleted " + changes.incrementAndGet()));
        }), new Accounts(site))).start("127.0.0.1", 0);
        try {
            String base = "http://127.0.0.1:" + app.port();
            String formToken = client.send(HttpRequest.newBuilder(URI.create(base + "/en/testimony")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            Instant now = Instant.now();
            long userId = new Users(db.jdbi()).add("sara", Role.ANALYST, "a long analyst passphrase", new PasswordHasher(1024, 1, 1), now).id();
            var session = new Sessions(db.jdbi()).start(userId, "sara", Role.ANALYST, now);
            String cookie = "yadman_session=" + session.cookieToken();

            assertThat(post(base + "/en/testimony", null, "text=hello")).isEqualTo(403);
            assertThat(post(base + "/en/testimony", null, "csrf=forged&text=hello")).isEqualTo(403);
            assertThat(send(HttpRequest.newBuilder(URI.create(base + "/en/drafts/1")).DELETE())).isEqualTo(403);
            assertThat(post(base + "/en/workspace/notes", cookie, "csrf=" + formToken))
                    .as("a form token acts as nobody, so it opens nothing that needs a sign-in").isEqualTo(403);
            assertThat(send(HttpRequest.newBuilder(URI.create(base + "/en/drafts/1")).DELETE().header("Cookie", cookie)
                    .header("X-CSRF-Token", Sessions.randomToken()))).isEqualTo(403);
            assertThat(changes).as("no refused request reached its handler").hasValue(0);

            assertThat(postBody(base + "/en/testimony", null, "csrf=" + formToken + "&text=hello")).isEqualTo("saved as anonymous");
            assertThat(postBody(base + "/en/testimony", cookie, "csrf=" + formToken + "&text=hello"))
                    .as("a public form posted by a signed-in browser goes through, but not as that account")
                    .isEqualTo("saved as anonymous");
            assertThat(postBody(base + "/en/testimony", cookie, "csrf=" + session.viewer().csrfToken() + "&text=hello"))
                    .isEqualTo("saved as sara");
            assertThat(post(base + "/en/workspace/notes", cookie, "csrf=" + session.viewer().csrfToken())).isEqualTo(200);
            assertThat(send(HttpRequest.newBuilder(URI.create(base + "/en/drafts/1")).DELETE().header("Cookie", cookie)
                    .header("X-CSRF-Token", session.viewer().csrfToken()))).isEqualTo(200);
            assertThat(changes).hasValue(5);
        } finally {
            app.stop();
            db.close();
        }
    }

    private int post(String url, String cookie, String form) throws Exception {
        return client.send(postRequest(url, cookie, form), HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    private String postBody(String url, String cookie, String form) throws Exception {
        return client.send(postRequest(url, cookie, form), HttpResponse.BodyHandlers.ofString()).body();
    }

    private static HttpRequest postRequest(String url, String cookie, String form) {
        var builder = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (cookie != null) builder.header("Cookie", cookie);
        return builder.build();
    }

    private int send(HttpRequest.Builder request) throws Exception {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString()).statusCode();
    }
}
