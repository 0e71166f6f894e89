package org.yadman.workspace;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Map;
import org.yadman.accounts.Access;
import org.yadman.accounts.Audit;
import org.yadman.web.Page;
import org.yadman.web.Web;
import org.yadman.web.WebServer;

/**
 * The investigators' workspace under {@code /{lang}/workspace}: an overview, the sources with
 * their record counts, one source with its import batches, and every import batch. Sign-in is
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

    private void imports(Context ctx) {
        Access.requireViewer(ctx);
        var imports = queries(ctx).imports(null, LIST_LIMIT);
        Audit.read(ctx, "import_batch", null);
        Web.render(ctx, "workspace/imports.jte", Map.of("page", Page.of(ctx, "workspace.imports.title"), "imports", imports));
    }
}
