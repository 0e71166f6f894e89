package org.yadman.web;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one HTTP server. Every public page lives under {@code /en/...} and {@code /fa/...}, so the
 * language is in the address and no cookie is needed to remember it. Each capability adds its
 * routes through a {@link Capability}; this class only wires what all of them share: language,
 * security headers, static files and error pages. No request log: it would hold IP addresses.
 */
public final class WebServer {
    private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);

    /** A part of the site that adds its own routes. */
    public interface Capability {
        void routes(JavalinConfig cfg);

        /** Before-handlers that must run ahead of every capability's routes (sign-in, csrf). */
        default void filters(JavalinConfig cfg) {}
    }

    /**
     * No script, style, image, font or frame from any other origin; no inline script. Pages must
     * work in Tor Browser's safer mode, so nothing here depends on script at all.
     */
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:",
            "font-src 'self'", "connect-src 'self'", "object-src 'none'", "base-uri 'none'",
            "form-action 'self'", "frame-ancestors 'none'");

    private WebServer() {}

    public static Javalin create(Site site, List<Capability> capabilities) {
        return Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.staticFiles.add(files -> {
                files.hostedPath = "/static";
                files.directory = "/static";
                files.location = Location.CLASSPATH;
            });
            cfg.routes.before(ctx -> {
                ctx.attribute(Web.SITE, site);
                securityHeaders(ctx);
                String path = ctx.path();
                if (path.startsWith("/fa/") || path.equals("/fa")) ctx.attribute(Web.LANG, Lang.FA);
                else ctx.attribute(Web.LANG, Lang.EN);
            });
            cfg.routes.get("/", ctx -> ctx.redirect("/" + Lang.negotiate(ctx.header("Accept-Language")).code() + "/"));
            for (Capability capability : capabilities) capability.filters(cfg);
            for (Capability capability : capabilities) capability.routes(cfg);
            cfg.routes.error(404, ctx -> {
                // Machine endpoints (the log for mirrors, JSON APIs) keep their own plain 404s.
                if (!ctx.path().startsWith("/log/") && !ctx.path().startsWith("/api/")) {
                    Web.error(ctx, HttpStatus.NOT_FOUND, "error.notFound", "error.notFound.text");
                }
            });
            cfg.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("request failed: {} {}", ctx.method(), ctx.path(), e);
                Web.error(ctx, HttpStatus.INTERNAL_SERVER_ERROR, "error.server", "error.server.text");
            });
        });
    }

    private static void securityHeaders(Context ctx) {
        ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Cross-Origin-Opener-Policy", "same-origin");
        ctx.header("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    }

    /** A capability built from a lambda, for small ones. */
    public static Capability capability(Consumer<JavalinConfig> routes) {
        return routes::accept;
    }
}
