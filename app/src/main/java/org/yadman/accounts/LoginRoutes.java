package org.yadman.accounts;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.yadman.web.Page;
import org.yadman.web.Viewer;
import org.yadman.web.Web;

/**
 * {@code GET/POST /{lang}/login} and {@code POST /{lang}/logout}. The login page sets no cookie
 * until a password is right; every failure gets the same words whatever went wrong, and nothing
 * about the request (address, browser) is recorded.
 */
final class LoginRoutes {
    private final Accounts accounts;
    /** Checked when the name is unknown, so an unknown name costs the same time as a wrong password. */
    private final String decoyHash;

    LoginRoutes(Accounts accounts) {
        this.accounts = accounts;
        this.decoyHash = accounts.hasher().hash(Sessions.randomToken());
    }

    void register(JavalinConfig cfg) {
        for (String lang : new String[] {"en", "fa"}) {
            cfg.routes.get("/" + lang + "/login", this::form);
            cfg.routes.post("/" + lang + "/login", this::login);
            cfg.routes.post("/" + lang + "/logout", this::logout);
        }
    }

    private void form(Context ctx) {
        if (Web.viewer(ctx) != null) {
            ctx.redirect(returnPath(ctx, ctx.queryParam("next")), HttpStatus.FOUND);
            return;
        }
        show(ctx, HttpStatus.OK, "", safeNext(ctx.queryParam("next")), null);
    }

    private void login(Context ctx) {
        Instant now = Web.site(ctx).clock().instant();
        String name = Credentials.normaliseName(ctx.formParam("name"));
        String password = Credentials.normalisePassword(ctx.formParam("password"));
        String next = safeNext(ctx.formParam("next"));
        LoginThrottle throttle = accounts.throttle();
        if (!throttle.allows(name, now)) {
            show(ctx, HttpStatus.TOO_MANY_REQUESTS, name, next, "accounts.login.throttled");
            return;
        }
        Optional<Users.LoginRow> account = accounts.users().findEnabled(name);
        boolean right = password.length() <= Credentials.MAX_PASSWORD_LENGTH
                & accounts.hasher().verify(password, account.map(Users.LoginRow::passwordHash).orElse(decoyHash))
                & account.isPresent();
        if (!right) {
            throttle.failed(name, now);
            Audit.write(Web.site(ctx).database().jdbi(), now, account.map(Users.LoginRow::id).orElse(null),
                    "login_failed", account.isPresent() ? "app_user" : null, account.map(Users.LoginRow::id).orElse(null), null);
            show(ctx, HttpStatus.OK, name, next, "accounts.login.failed");
            return;
        }
        throttle.succeeded(name);
        Users.LoginRow row = account.get();
        if (accounts.hasher().needsRehash(row.passwordHash())) {
            accounts.users().replaceHash(row.id(), accounts.hasher().hash(password));
        }
        // A new session, never the one the browser came with: a planted token cannot be adopted.
        String previous = SessionCookie.read(ctx);
        if (previous != null) accounts.sessions().end(previous);
        Sessions.Started started = accounts.sessions().start(row.id(), row.name(), row.role(), now);
        SessionCookie.set(ctx, started.cookieToken());
        Web.setViewer(ctx, started.viewer());
        Audit.record(ctx, "login", "app_user", row.id(), null);
        ctx.redirect(returnPath(ctx, next), HttpStatus.SEE_OTHER);
    }

    private void logout(Context ctx) {
        // Only the session's own csrf token signs out; a form token acts as nobody (SessionFilter).
        Viewer viewer = Access.requireViewer(ctx);
        accounts.sessions().end(SessionCookie.read(ctx));
        Audit.record(ctx, "logout", "app_user", viewer.userId(), null);
        Web.setViewer(ctx, null);
        SessionCookie.clear(ctx);
        ctx.redirect("/" + Web.lang(ctx).code() + "/", HttpStatus.SEE_OTHER);
    }

    private void show(Context ctx, HttpStatus status, String name, String next, String errorKey) {
        Map<String, Object> params = new HashMap<>();
        params.put("page", Page.of(ctx, "accounts.login.title"));
        params.put("formToken", Accounts.formToken(ctx));
        params.put("name", name);
        params.put("next", next);
        params.put("error", errorKey == null ? "" : Web.lang(ctx).t(errorKey));
        ctx.status(status);
        Web.render(ctx, "accounts/login.jte", params);
    }

    private static String returnPath(Context ctx, String next) {
        String safe = safeNext(next);
        return safe.isEmpty() ? "/" + Web.lang(ctx).code() + "/workspace" : safe;
    }

    /**
     * {@code next} when it is a path on this site in one of our languages, else empty: a login
     * must never send anyone to another site ({@code //evil.example}, {@code /\evil.example}).
     */
    static String safeNext(String next) {
        if (next == null || next.length() > 2000) return "";
        if (!(next.startsWith("/en/") || next.startsWith("/fa/"))) return "";
        for (char c : next.toCharArray()) if (c < 0x20 || c == 0x7f || c == '\\') return "";
        return next;
    }
}
