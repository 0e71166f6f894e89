package org.yadman.acts;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Map;
import org.yadman.accounts.Access;
import org.yadman.accounts.Audit;
import org.yadman.web.Page;
import org.yadman.web.Viewer;
import org.yadman.web.Web;

/** Perpetrators in the workspace: the list with a form to add one, and each one's page (positions, acts, victims, evidence). */
final class PerpetratorRoutes {
    void register(JavalinConfig cfg, String base) {
        cfg.routes.get(base + "/perpetrators", this::list);
        cfg.routes.post(base + "/perpetrators", this::create);
        cfg.routes.get(base + "/perpetrators/{id}", this::show);
        cfg.routes.post(base + "/perpetrators/{id}/positions", this::addPosition);
    }

    private void list(Context ctx) {
        Access.requireViewer(ctx);
        var jdbi = Workspace.jdbi(ctx);
        var list = new Perpetrators(jdbi).list();
        Audit.read(ctx, "perpetrator", null);
        Web.render(ctx, "acts/perpetrators.jte", Map.of("page", Page.of(ctx, "acts.perpetrators.title"), "perpetrators", list,
                "sources", Workspace.sources(jdbi), "canEdit", Web.viewer(ctx).canEdit()));
    }

    private void create(Context ctx) {
        Viewer viewer = Workspace.writer(ctx);
        String persian = Forms.text(ctx, "persian");
        String english = Forms.text(ctx, "english");
        long source = Forms.requiredId(ctx, "source");
        int credibility = Forms.credibility(ctx);
        long id = Workspace.jdbi(ctx).inTransaction(h -> Perpetrators.create(h, persian, english, source, credibility, viewer.userId(),
                Workspace.now(ctx)));
        Workspace.redirect(ctx, "/perpetrators/" + id);
    }

    private void show(Context ctx) {
        Access.requireViewer(ctx);
        Long id = Workspace.pathId(ctx, "id");
        if (id == null) return;
        var jdbi = Workspace.jdbi(ctx);
        var perpetrator = new Perpetrators(jdbi).find(id);
        if (perpetrator.isEmpty()) {
            Workspace.notFound(ctx);
            return;
        }
        CaseFile file = jdbi.withHandle(h -> CaseFile.build(h, CaseFile.Scope.perpetrator(id), Web.lang(ctx)));
        Audit.read(ctx, "perpetrator", id);
        Map<String, Object> model = new HashMap<>();
        model.put("page", Page.of(ctx, "acts.perpetrator.title", perpetrator.get().name(Web.lang(ctx))));
        model.put("perpetrator", perpetrator.get());
        model.put("file", file);
        model.put("sources", Workspace.sources(jdbi));
        model.put("canEdit", Web.viewer(ctx).canEdit());
        Web.render(ctx, "acts/perpetrator.jte", model);
    }

    private void addPosition(Context ctx) {
        Viewer viewer = Workspace.writer(ctx);
        Long id = Workspace.pathId(ctx, "id");
        if (id == null) return;
        String institution = Forms.required(ctx, "institution");
        String role = Forms.required(ctx, "role");
        var period = Forms.date(ctx, "period");
        long source = Forms.requiredId(ctx, "source");
        int credibility = Forms.credibility(ctx);
        Workspace.jdbi(ctx).inTransaction(h -> Perpetrators.addPosition(h, id, institution, role, period, source, credibility,
                viewer.userId(), Workspace.now(ctx)));
        Workspace.redirect(ctx, "/perpetrators/" + id);
    }
}
