package org.yadman.accounts;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Set;
import java.util.regex.Pattern;
import org.yadman.web.Viewer;
import org.yadman.web.Web;

/**
 * The one before-handler that runs ahead of every capability's routes and filters. It
 * <ol>
 *   <li>resolves the session cookie to a {@link Viewer} on the workspace, login and logout pages
 *       and on every state-changing request — public pages are rendered the same for everyone
 *       and never touch the session;</li>
 *   <li>checks the form token of EVERY POST, PUT, PATCH and DELETE, whatever route it is for,
 *       including routes added later: the field {@code csrf} (or header {@code X-CSRF-Token} for
 *       scripts) must equal the session's token, compared in constant time, for the request to
 *       act as the signed-in viewer; a valid {@link FormTokens} token (put
 *       {@code Accounts.formToken(ctx)} in any anonymous form) lets it through as anonymous;
 *       anything else, or a browser saying the request is cross-site, is refused;</li>
 *   <li>keeps anonymous requests out of {@code /{lang}/workspace/**}: a GET goes to the login
 *       page with the path to return to, anything else is refused with 403.</li>
 * </ol>
 * A refusal renders the error page and skips every later handler, so a refused request changes
 * nothing.
 */
final class SessionFilter {
    static final String CSRF_FIELD = "csrf";
    static final String CSRF_HEADER = "X-CSRF-Token";
    private static final Pattern WORKSPACE = Pattern.compile("/(en|fa)/workspace(/.*)?");
    private static final Pattern ACCOUNT_PAGES = Pattern.compile("/(en|fa)/(login|logout)/?");
    private static final Set<String> UNSAFE = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final Accounts accounts;

    SessionFilter(Accounts accounts) {
        this.accounts = accounts;
    }

    static boolean isWorkspace(String path) {
        return WORKSPACE.matcher(path).matches();
    }

    void handle(Context ctx) {
        String path = ctx.path();
        boolean unsafe = UNSAFE.contains(ctx.method().name());
        boolean workspace = isWorkspace(path);
        boolean accountPage = ACCOUNT_PAGES.matcher(path).matches();
        if (!(unsafe || workspace || accountPage)) return;
        if (path.equals("/log/cosign")) return; // a witness's cosignature proves itself; it acts as nobody and sets nothing else

        Instant now = Web.site(ctx).clock().instant();
        String cookie = SessionCookie.read(ctx);
        Viewer viewer = cookie == null ? null : accounts.sessions().resolve(cookie, now).orElse(null);
        Web.setViewer(ctx, viewer);
        // Pages that depend on who is signed in must never sit in a shared or browser cache.
        ctx.header("Cache-Control", "no-store");

        if (unsafe) {
            switch (tokenCheck(ctx, viewer, now)) {
                case SESSION -> { }
                case ANONYMOUS -> {
                    viewer = null;
                    Web.setViewer(ctx, null);
                }
                case REFUSED -> {
                    refuse(ctx);
                    return;
                }
            }
        }
        if (workspace && viewer == null) {
            if (ctx.method().name().equals("GET") || ctx.method().name().equals("HEAD")) {
                ctx.redirect(loginPath(ctx), HttpStatus.FOUND);
                ctx.skipRemainingHandlers();
            } else {
                refuse(ctx);
            }
        }
    }

    /** What a state-changing request's token entitles it to. */
    private enum Entitlement { SESSION, ANONYMOUS, REFUSED }

    /**
     * The session's own token acts as the signed-in viewer. A form token acts as nobody, even
     * when the browser also sends a session cookie (a public form posted by a signed-in
     * investigator, or the login form): anyone can fetch a form token, so it may only ever do
     * what an anonymous visitor could do anyway.
     */
    private Entitlement tokenCheck(Context ctx, Viewer viewer, Instant now) {
        if (!SameOrigin.allows(ctx)) return Entitlement.REFUSED;
        String presented = ctx.header(CSRF_HEADER);
        if (presented == null) presented = ctx.formParam(CSRF_FIELD);
        if (presented == null) return Entitlement.REFUSED;
        if (viewer != null && MessageDigest.isEqual(presented.getBytes(StandardCharsets.UTF_8),
                viewer.csrfToken().getBytes(StandardCharsets.UTF_8))) {
            return Entitlement.SESSION;
        }
        return accounts.formTokens().valid(presented, now) ? Entitlement.ANONYMOUS : Entitlement.REFUSED;
    }

    private static String loginPath(Context ctx) {
        String back = ctx.path() + (ctx.queryString() == null ? "" : "?" + ctx.queryString());
        return "/" + Web.lang(ctx).code() + "/login?next=" + URLEncoder.encode(back, StandardCharsets.UTF_8);
    }

    static void refuse(Context ctx) {
        Web.error(ctx, HttpStatus.FORBIDDEN, "error.forbidden", "accounts.refused.text");
        ctx.skipRemainingHandlers();
    }
}
