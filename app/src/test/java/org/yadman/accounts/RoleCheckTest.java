package org.yadman.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yadman.store.Database;
import org.yadman.testing.TestDatabases;
import org.yadman.web.Site;
import org.yadman.web.WebServer;

/** {@link Access#requireRole} on a real server, with a route standing in for a later admin-only page. */
class RoleCheckTest {
    @Test
    void onlyTheNamedRolesGetThroughAndOthersSeeTheForbiddenPage() throws Exception {
        Database db = TestDatabases.fresh();
        Site site = new Site(db, Clock.systemUTC(), false);
        var app = WebServer.create(site, List.of(new Accounts(site), WebServer.capability(cfg ->
                cfg.routes.get("/en/workspace/admin-only", ctx -> ctx.result("hello " + Access.requireRole(ctx, Role.ADMIN).name())))))
                .start("127.0.0.1", 0);
        try {
            var users = new Users(db.jdbi());
            var sessions = new Sessions(db.jdbi());
            Instant now = Instant.now();
            String admin = sessions.start(users.add("ada", Role.ADMIN, "a long admin passphrase", new PasswordHasher(1024, 1, 1), now).id(),
                    "ada", Role.ADMIN, now).cookieToken();
            String analyst = sessions.start(users.add("ali", Role.ANALYST, "a long analyst passphrase", new PasswordHasher(1024, 1, 1), now).id(),
                    "ali", Role.ANALYST, now).cookieToken();
            HttpClient client = HttpClient.newHttpClient();
            HttpResponse<String> asAdmin = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/en/workspace/admin-only"))
                    .header("Cookie", "yadman_session=" + admin).build(), HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> asAnalyst = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/en/workspace/admin-only"))
                    .header("Cookie", "yadman_session=" + analyst).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(asAdmin.statusCode()).isEqualTo(200);
            assertThat(asAdmin.body()).isEqualTo("hello ada");
            assertThat(asAnalyst.statusCode()).isEqualTo(403);
            assertThat(asAnalyst.body()).contains("Your account cannot do this.");
        } finally {
            app.stop();
            db.close();
        }
        assertThat(Access.hasRole(null, Role.values())).isFalse();
    }
}
