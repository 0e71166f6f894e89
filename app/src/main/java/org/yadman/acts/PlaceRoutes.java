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

/** The gazetteer in the workspace: list and add places, edit one, and record a grave site's status with its evidence. */
final class PlaceRoutes {
    void register(JavalinConfig cfg, String base) {
        cfg.routes.get(base + "/places", this::list);
        cfg.routes.post(base + "/places", this::add);
        cfg.routes.get(base + "/places/{id}", this::show);
        cfg.routes.post(base + "/places/{id}", this::update);
        cfg.routes.post(base + "/places/{id}/status", this::status);
    }

    private void list(Context ctx) {
        Access.requireViewer(ctx);
        var places = new Places(Workspace.jdbi(ctx)).list();
        Audit.read(ctx, "place", null);
        Web.render(ctx, "acts/places.jte", Map.of("page", Page.of(ctx, "acts.places.title"), "places", places,
                "kinds", Places.KINDS, "canEdit", Web.viewer(ctx).canEdit()));
    }

    private void add(Context ctx) {
        Viewer viewer = Workspace.writer(ctx);
        Places.Input in = input(ctx);
        long id = Workspace.jdbi(ctx).inTransaction(h -> {
            long placeId = Places.add(h, in);
            org.yadman.accounts.Audit.record(h, Workspace.now(ctx), viewer.userId(), "place.add", "place", placeId, in.kind());
            return placeId;
        });
        Workspace.redirect(ctx, "/places/" + id);
    }

    private void show(Context ctx) {
        Access.requireViewer(ctx);
        Long id = Workspace.pathId(ctx, "id");
        if (id == null) return;
        var jdbi = Workspace.jdbi(ctx);
        var place = new Places(jdbi).find(id);
        if (place.isEmpty()) {
            Workspace.notFound(ctx);
            return;
        }
        Audit.read(ctx, "place", id);
        Map<String, Object> model = new HashMap<>();
        model.put("page", Page.of(ctx, "acts.place.title", place.get().name(Web.lang(ctx))));
        model.put("place", place.get());
        model.put("kinds", Places.KINDS);
        model.put("statuses", GraveSites.STATUSES);
        model.put("history", GraveSites.history(jdbi, id));
        model.put("sources", Workspace.sources(jdbi));
        model.put("canEdit", Web.viewer(ctx).canEdit());
        Web.render(ctx, "acts/place.jte", model);
    }

    private void update(Context ctx) {
        Viewer viewer = Workspace.writer(ctx);
        Long id = Workspace.pathId(ctx, "id");
        if (id == null) return;
        Places.Input in = input(ctx);
        Workspace.jdbi(ctx).useTransaction(h -> {
            Places.update(h, id, in);
            Audit.record(h, Workspace.now(ctx), viewer.userId(), "place.edit", "place", id, in.kind());
        });
        Workspace.redirect(ctx, "/places/" + id);
    }

    private void status(Context ctx) {
        Viewer viewer = Workspace.writer(ctx);
        Long id = Workspace.pathId(ctx, "id");
        if (id == null) return;
        String status = Forms.required(ctx, "status");
        var asOf = Forms.date(ctx, "asOf");
        long source = Forms.requiredId(ctx, "source");
        Long evidence = Forms.id(ctx, "evidence");
        String note = Forms.text(ctx, "note");
        Workspace.jdbi(ctx).useTransaction(h -> GraveSites.record(h, id, status, asOf, source, evidence, note, viewer.userId(),
                Workspace.now(ctx)));
        Workspace.redirect(ctx, "/places/" + id);
    }

    private static Places.Input input(Context ctx) {
        return new Places.Input(Forms.required(ctx, "kind"), Forms.id(ctx, "parent"), Forms.decimal(ctx, "latitude"),
                Forms.decimal(ctx, "longitude"), Forms.text(ctx, "persian"), Forms.text(ctx, "english"));
    }
}
