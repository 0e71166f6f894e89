package org.yadman.acts;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import org.yadman.accounts.Access;
import org.yadman.accounts.Audit;
import org.yadman.web.Page;
import org.yadman.web.Viewer;
import org.yadman.web.Web;

/**
 * Sources that acts cite: add one (a testimony, a report, a document) with its reliability, and
 * mark a source as a protected witness, whose identity then appears on no public page and in no
 * case file. Protection is one way: lifting it would expose someone who was promised otherwise.
 */
final class SourceRoutes {
    static final List<String> RELIABILITY = List.of("A", "B", "C", "D", "E", "F");

    void register(JavalinConfig cfg, String base) {
        cfg.routes.get(base + "/acts/sources", this::list);
        cfg.routes.post(base + "/acts/sources", this::create);
        cfg.routes.post(base + "/acts/sources/{id}/protect", this::protect);
    }

    private void list(Context ctx) {
        Access.requireViewer(ctx);
        var sources = Workspace.sources(Workspace.jdbi(ctx));
        Audit.read(ctx, "source", null);
        Web.render(ctx, "acts/sources.jte", Map.of("page", Page.of(ctx, "acts.sources.title"), "sources", sources,
                "reliability", RELIABILITY, "canEdit", Web.viewer(ctx).canEdit()));
    }

    private void create(Context ctx) {
        Viewer viewer = Workspace.writer(ctx);
        String name = Forms.required(ctx, "name");
        String reliability = Forms.required(ctx, "reliability");
        if (!RELIABILITY.contains(reliability)) throw new InputProblem("reliability", "\"" + reliability + "\" is not one of " + RELIABILITY);
        boolean isProtected = "on".equals(ctx.formParam("protected"));
        Workspace.jdbi(ctx).useTransaction(h -> {
            if (h.createQuery("SELECT count(*) FROM source WHERE name = :n").bind("n", name).mapTo(Long.class).one() > 0) {
                throw new InputProblem("name", "a source named \"" + name + "\" exists already");
            }
            long id = h.createUpdate("""
                    INSERT INTO source (name, title, supplied_by, obtained_how, reliability, protected, synthetic)
                    VALUES (:name, :title, :by, :how, :rel, :protected, :synthetic)""")
                    .bind("name", name).bind("title", Forms.text(ctx, "title")).bind("by", Forms.text(ctx, "suppliedBy"))
                    .bind("how", Forms.text(ctx, "obtainedHow")).bind("rel", reliability).bind("protected", isProtected)
                    // On a demonstration site everything is synthetic, so the demo keeps starting.
                    .bind("synthetic", Web.site(ctx).synthetic())
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            Audit.record(h, Workspace.now(ctx), viewer.userId(), "source.add", "source", id, isProtected ? "protected" : null);
        });
        Workspace.redirect(ctx, "/acts/sources");
    }

    private void protect(Context ctx) {
        Viewer viewer = Workspace.writer(ctx);
        Long id = Workspace.pathId(ctx, "id");
        if (id == null) return;
        int changed = Workspace.jdbi(ctx).inTransaction(h -> {
            int n = h.createUpdate("UPDATE source SET protected = true WHERE id = :id AND NOT protected").bind("id", id).execute();
            if (n > 0) Audit.record(h, Workspace.now(ctx), viewer.userId(), "source.protect", "source", id, null);
            return n;
        });
        if (changed == 0 && Workspace.jdbi(ctx).withHandle(h -> h.createQuery("SELECT count(*) FROM source WHERE id = :id")
                .bind("id", id).mapTo(Long.class).one()) == 0) {
            Workspace.notFound(ctx);
            return;
        }
        Workspace.redirect(ctx, "/acts/sources");
    }
}
