package org.yadman.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.router.Endpoint;
import io.javalin.router.ParsedEndpoint;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yadman.testing.RunningSite;

/**
 * Every route of the whole app whose path contains /workspace, whoever registered it and
 * whenever, refuses anonymous requests: a GET goes to the login page, anything else gets 403.
 * The routes come from Javalin's own router, so a route added later is covered without a change here.
 */
class WorkspaceAccessTest {
    @Test
    void everyWorkspaceRouteRefusesAnonymousRequests() {
        try (var site = RunningSite.start()) {
            List<Endpoint> routes = site.app().unsafe.internalRouter.allHttpHandlers().stream()
                    .map((ParsedEndpoint parsed) -> parsed.endpoint)
                    .filter(e -> e.method.isHttpMethod() && e.path.contains("/workspace"))
                    .toList();
            assertThat(routes).extracting(e -> e.method.name() + " " + e.path).contains(
                    "GET /en/workspace", "GET /fa/workspace/sources", "GET /en/workspace/sources/{id}", "GET /fa/workspace/imports");
            long before = auditRows(site);
            for (Endpoint route : routes) {
                String path = route.path.replaceAll("\\{[^}]*}|<[^>]*>", "1").replace("*", "1");
                String method = route.method.name();
                var request = HttpRequest.newBuilder(URI.create(site.baseUrl() + path))
                        .method(method, method.equals("GET") || method.equals("HEAD") ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString("csrf=x"))
                        .header("Content-Type", "application/x-www-form-urlencoded").build();
                var response = site.send(request);
                if (method.equals("GET") || method.equals("HEAD")) {
                    assertThat(response.statusCode()).as(method + " " + path).isEqualTo(302);
                    assertThat(response.headers().firstValue("Location")).as(method + " " + path)
                            .hasValueSatisfying(l -> assertThat(l).startsWith(path.substring(0, 3) + "/login?next="));
                } else {
                    assertThat(response.statusCode()).as(method + " " + path).isEqualTo(403);
                }
                assertThat(response.body()).as(method + " " + path).doesNotContain("<table");
                assertThat(response.headers().allValues("Set-Cookie")).as(method + " " + path).isEmpty();
            }
            assertThat(auditRows(site)).as("nothing was read, so nothing is audited").isEqualTo(before);
        }
    }

    @Test
    void unknownWorkspacePathsAndWritesAreRefusedTooWithoutRevealingWhatExists() {
        try (var site = RunningSite.start()) {
            assertThat(site.get("/fa/workspace/no-such-thing").statusCode()).isEqualTo(302);
            var post = site.send(HttpRequest.newBuilder(URI.create(site.baseUrl() + "/en/workspace/sources"))
                    .POST(HttpRequest.BodyPublishers.noBody()).build());
            assertThat(post.statusCode()).isEqualTo(403);
            assertThat(post.body()).contains("Not allowed");
        }
    }

    private static long auditRows(RunningSite site) {
        return site.database().jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM audit_event").mapTo(Long.class).one());
    }
}
