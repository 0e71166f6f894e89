package org.yadman.accounts;

import io.javalin.http.Context;
import java.net.URI;

/**
 * Refuses state-changing requests that a browser says came from another site. Modern browsers
 * send {@code Sec-Fetch-Site} on every request and {@code Origin} on every POST; a form posted
 * from an attacker's page carries {@code cross-site} or a foreign origin. Requests without either
 * header (command-line clients, old browsers) pass here and still need a valid csrf token.
 */
final class SameOrigin {
    private SameOrigin() {}

    static boolean allows(Context ctx) {
        String fetchSite = ctx.header("Sec-Fetch-Site");
        if (fetchSite != null) return fetchSite.equals("same-origin") || fetchSite.equals("none");
        String origin = ctx.header("Origin");
        if (origin == null) return true;
        // Compare the host only: behind a TLS proxy the scheme and port we see differ from the browser's.
        String host = ctx.header("Host");
        if (host == null || origin.equals("null")) return false;
        try {
            String originHost = URI.create(origin).getHost();
            return originHost != null && originHost.equalsIgnoreCase(URI.create("http://" + host).getHost());
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }
}
