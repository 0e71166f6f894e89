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
 *       scripts) must equal the session's token, compared in constant time; without a session
 *       it must be a valid {@link FormTokens} token (put {@code Accounts.formToken(ctx)} in any
 *       anonymous form); in both cases the browser must not say the request is cross-site;</li>
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
    private static final Pattern LOGIN = Pattern.compile("/(en|fa)/login/?");
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

        Instant now = Web.site(ctx).clock().instant();
        String cookie = SessionCookie.read(ctx);
        Viewer viewer = cookie == null ? null : accounts.sessions().resolve(cookie, now).orElse(null);
        Web.setViewer(ctx, viewer);
        // Pages that depend on who is signed in must never sit in a shared or browser cache.
        ctx.header("Cache-Control", "no-store");

        if (unsafe && !csrfAccepted(ctx, viewer, LOGIN.matcher(path).matches(), now)) {
            refuse(ctx);
            return;
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

    private boolean csrfAccepted(Context ctx, Viewer viewer, boolean loginForm, Instant now) {
        if (!SameOrigin.allows(ctx)) return false;
        String presented = ctx.header(CSRF_HEADER);
        if (presented == null) presented = ctx.formParam(CSRF_FIELD);
        if (presented == null) return false;
        // The login form is served before there is a session, so it always carries a form token.
        if (viewer == null || loginForm) return accounts.formTokens().valid(presented, now);
        return MessageDigest.isEqual(presented.getBytes(StandardCharsets.UTF_8),
                viewer.csrfToken().getBytes(StandardCharsets.UTF_8));
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
