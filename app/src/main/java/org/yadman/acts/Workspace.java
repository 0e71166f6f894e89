package org.yadman.acts;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Instant;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.yadman.accounts.Access;
import org.yadman.accounts.Role;
import org.yadman.web.Page;
import org.yadman.web.Viewer;
import org.yadman.web.Web;

/** What every acts route shares: the database, the clock, who may write, and how problems are shown. */
final class Workspace {
    private Workspace() {}

    static Jdbi jdbi(Context ctx) {
        return Web.site(ctx).database().jdbi();
    }

    static Instant now(Context ctx) {
        return Web.site(ctx).clock().instant();
    }

    /** Investigators and admins record; analysts read only. */
    static Viewer writer(Context ctx) {
        return Access.requireRole(ctx, Role.ADMIN, Role.INVESTIGATOR);
    }

    static String base(Context ctx) {
        return "/" + Web.lang(ctx).code() + "/workspace";
    }

    static void redirect(Context ctx, String pathUnderWorkspace) {
        ctx.redirect(base(ctx) + pathUnderWorkspace, HttpStatus.SEE_OTHER);
    }

    /** 400 with the field and the rule that was broken; nothing was written. */
    static void problem(Context ctx, InputProblem p) {
        ctx.status(HttpStatus.BAD_REQUEST);
        Web.render(ctx, "acts/problem.jte", Map.of("page", Page.of(ctx, "acts.problem.title"), "field", p.field(), "message", p.getMessage()));
    }

    static void notFound(Context ctx) {
        Web.error(ctx, HttpStatus.NOT_FOUND, "error.notFound", "error.notFound.text");
    }

    /** A path id, Persian digits accepted; null (after a 404) when it is not one. */
    static Long pathId(Context ctx, String name) {
        try {
            return Forms.id(name, ctx.pathParam(name));
        } catch (InputProblem e) {
            notFound(ctx);
            return null;
        }
    }

    /** The writable sources, for the forms' source lists. */
    static java.util.List<SourceRef> sources(Jdbi jdbi) {
        return jdbi.withHandle(h -> h.createQuery("SELECT id, name, title, reliability, protected FROM source ORDER BY name")
                .map((rs, c) -> new SourceRef(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getBoolean(5), null, null))
                .list());
    }
}
