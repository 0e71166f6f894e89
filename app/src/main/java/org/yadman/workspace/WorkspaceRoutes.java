package org.yadman.workspace;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Map;
import org.yadman.accounts.Access;
import org.yadman.accounts.Audit;
import org.yadman.accounts.Role;
import org.yadman.memorial.Publications;
import org.yadman.web.Page;
import org.yadman.web.Web;
import org.yadman.web.WebServer;

/**
 * The investigators' workspace under {@code /{lang}/workspace}: an overview, the sources with
 * their record counts, one source with its import batches, every import batch, and a person's
 * page where investigators and admins put them on the memorial or take them off in one action. Sign-in is
 * enforced for all of {@code /workspace/**} before any route runs; each route here still asks
 * {@link Access} for the viewer, and records its read in {@code audit_event}.
 */
public final class WorkspaceRoutes implements WebServer.Capability {
    /** Rows per list before the lists get pages of their own. */
    public static final int LIST_LIMIT = 500;
    /** Import batches on the overview. */
    public static final int RECENT = 5;

    @Override
    public void routes(JavalinConfig cfg) {
        for (String lang : new String[] {"en", "fa"}) {
            String base = "/" + lang + "/workspace";
            cfg.routes.get(base, this::overview);
            cfg.routes.get(base + "/sources", this::sources);
            cfg.routes.get(base + "/sources/{id}", this::source);
            cfg.routes.get(base + "/imports", this::imports);
            cfg.routes.get(base + "/persons", this::findPerson);
            cfg.routes.get(base + "/persons/{id}", this::person);
            cfg.routes.post(base + "/persons/{id}/publish", this::publish);
            cfg.routes.post(base + "/persons/{id}/withdraw", this::withdraw);
        }
    }

    private static WorkspaceQueries queries(Context ctx) {
        return new WorkspaceQueries(Web.site(ctx).database().jdbi());
    }

    private void overview(Context ctx) {
        Access.requireViewer(ctx);
        var queries = queries(ctx);
        var totals = queries.totals();
        var recent = queries.imports(null, RECENT);
        Audit.read(ctx, "workspace", null);
        Web.render(ctx, "workspace/overview.jte", Map.of("page", Page.of(ctx, "workspace.overview.title"),
                "totals", totals, "recent", recent));
    }

    private void sources(Context ctx) {
        Access.requireViewer(ctx);
        var sources = queries(ctx).sources();
        Audit.read(ctx, "source", null);
        Web.render(ctx, "workspace/sources.jte", Map.of("page", Page.of(ctx, "workspace.sources.title"), "sources", sources));
    }

    private void source(Context ctx) {
        Access.requireViewer(ctx);
        long id;
        try {
            id = Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException notANumber) {
            Web.error(ctx, HttpStatus.NOT_FOUND, "error.notFound", "error.notFound.text");
            return;
        }
        var queries = queries(ctx);
        var source = queries.source(id);
        if (source.isEmpty()) {
            Web.error(ctx, HttpStatus.NOT_FOUND, "error.notFound", "error.notFound.text");
            return;
        }
        var imports = queries.imports(id, LIST_LIMIT);
        Audit.read(ctx, "source", id);
        Web.render(ctx, "workspace/source.jte", Map.of("page", Page.of(ctx, "workspace.source.title", source.get().name()),
                "source", source.get(), "imports", imports));
    }

    /** The overview's look-up box: a person's number, in either script's digits. */
    private void findPerson(Context ctx) {
        Access.requireViewer(ctx);
        String typed = org.yadman.linkage.PersianText.digitsToAscii(String.valueOf(ctx.queryParam("id"))).strip();
        if (!typed.matches("[0-9]{1,18}")) {
            Web.error(ctx, HttpStatus.NOT_FOUND, "error.notFound", "error.notFound.text");
            return;
        }
        ctx.redirect("/" + Web.lang(ctx).code() + "/workspace/persons/" + Long.parseLong(typed), HttpStatus.SEE_OTHER);
    }

    private void person(Context ctx) {
        Access.requireViewer(ctx);
        Long id = personId(ctx);
        if (id == null) return;
        var person = queries(ctx).person(id);
        if (person.isEmpty()) {
            Web.error(ctx, HttpStatus.NOT_FOUND, "error.notFound", "error.notFound.text");
            return;
        }
        Audit.read(ctx, "person", id);
        Web.render(ctx, "workspace/person.jte", Map.of("page", Page.of(ctx, "workspace.person.title", id), "person", person.get(),
                "bases", Publications.BASES, "redactable", Publications.REDACTABLE));
    }

    private void publish(Context ctx) {
        var viewer = Access.requireRole(ctx, Role.ADMIN, Role.INVESTIGATOR);
        Long id = personId(ctx);
        if (id == null) return;
        String basis = String.valueOf(ctx.formParam("basis"));
        List<String> redactions = ctx.formParams("redact");
        change(ctx, id, h -> Publications.publish(h, id, basis, redactions, viewer.userId(), Web.site(ctx).clock().instant()));
    }

    /** One action takes a person off every public page; the memorial then answers 404 for them. */
    private void withdraw(Context ctx) {
        var viewer = Access.requireRole(ctx, Role.ADMIN, Role.INVESTIGATOR);
        Long id = personId(ctx);
        if (id == null) return;
        change(ctx, id, h -> Publications.withdraw(h, id, viewer.userId(), Web.site(ctx).clock().instant()));
    }

    private void change(Context ctx, long id, org.jdbi.v3.core.HandleConsumer<RuntimeException> action) {
        try {
            Web.site(ctx).database().jdbi().useTransaction(action);
        } catch (Publications.Refused refused) {
            ctx.status(HttpStatus.CONFLICT);
            Web.render(ctx, "workspace/person.jte", Map.of("page", Page.of(ctx, "workspace.person.title", id),
                    "person", queries(ctx).person(id).orElseThrow(), "bases", Publications.BASES, "redactable", Publications.REDACTABLE,
                    "refused", refused.getMessage()));
            return;
        }
        ctx.redirect("/" + Web.lang(ctx).code() + "/workspace/persons/" + id, HttpStatus.SEE_OTHER);
    }

    private static Long personId(Context ctx) {
        try {
            return Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException notANumber) {
            Web.error(ctx, HttpStatus.NOT_FOUND, "error.notFound", "error.notFound.text");
            return null;
        }
    }

    private void imports(Context ctx) {
        Access.requireViewer(ctx);
        var imports = queries(ctx).imports(null, LIST_LIMIT);
        Audit.read(ctx, "import_batch", null);
        Web.render(ctx, "workspace/imports.jte", Map.of("page", Page.of(ctx, "workspace.imports.title"), "imports", imports));
    }
}
