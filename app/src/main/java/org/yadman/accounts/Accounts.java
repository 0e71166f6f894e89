package org.yadman.accounts;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.yadman.web.Site;
import org.yadman.web.Web;
import org.yadman.web.WebServer;

/**
 * Accounts on the web: the session and form-token filter that guards every route
 * ({@link SessionFilter}), the login and logout pages ({@link LoginRoutes}), and the 403 page for
 * {@link Access.Forbidden}. One instance per running site; it holds the in-memory sign-in
 * throttle and the form-token key.
 */
public final class Accounts implements WebServer.Capability {
    private static final String ATTRIBUTE = "yadman.accounts";

    private final Users users;
    private final Sessions sessions;
    private final FormTokens formTokens;
    private final LoginThrottle throttle = new LoginThrottle();
    private final PasswordHasher hasher = new PasswordHasher();

    public Accounts(Site site) {
        this.users = new Users(site.database().jdbi());
        this.sessions = new Sessions(site.database().jdbi());
        this.formTokens = new FormTokens(InstanceSecret.load(site.database().jdbi(), "form-token"));
    }

    @Override
    public void filters(JavalinConfig cfg) {
        SessionFilter filter = new SessionFilter(this);
        cfg.routes.before(ctx -> {
            ctx.attribute(ATTRIBUTE, this);
            filter.handle(ctx);
        });
        cfg.routes.exception(Access.Forbidden.class, (e, ctx) ->
                Web.error(ctx, HttpStatus.FORBIDDEN, "error.forbidden", "error.forbidden.text"));
    }

    @Override
    public void routes(JavalinConfig cfg) {
        new LoginRoutes(this).register(cfg);
    }

    /**
     * A fresh form token for an anonymous form (the field {@code csrf}); signed-in pages use the
     * viewer's token ({@code page.csrfToken()}) instead. Sets no cookie.
     */
    public static String formToken(Context ctx) {
        Accounts accounts = ctx.attribute(ATTRIBUTE);
        if (accounts == null) throw new IllegalStateException("the Accounts capability is not installed on this site");
        return accounts.formTokens.issue(Web.site(ctx).clock().instant());
    }

    Users users() {
        return users;
    }

    Sessions sessions() {
        return sessions;
    }

    FormTokens formTokens() {
        return formTokens;
    }

    LoginThrottle throttle() {
        return throttle;
    }

    PasswordHasher hasher() {
        return hasher;
    }
}
