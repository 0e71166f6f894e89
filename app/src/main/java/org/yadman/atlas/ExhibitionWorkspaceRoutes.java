package org.yadman.atlas;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yadman.accounts.Access;
import org.yadman.accounts.Audit;
import org.yadman.accounts.Role;
import org.yadman.memorial.DisplayNames;
import org.yadman.memorial.MemorialQueries;
import org.yadman.web.Page;
import org.yadman.web.Viewer;
import org.yadman.web.Web;
import org.yadman.web.WebServer;

/**
 * Exhibitions in the workspace: every signed-in user may read them (audited); only admins and
 * investigators create, add persons, publish and withdraw. Photographs are attached from evidence
 * items with {@code yadman exhibition photo} (see docs/atlas.md).
 */
public final class ExhibitionWorkspaceRoutes implements WebServer.Capability {
    @Override
    public void routes(JavalinConfig cfg) {
        for (String lang : new String[] {"en", "fa"}) {
            String base = "/" + lang + "/workspace/exhibitions";
            cfg.routes.get(base, this::list);
            cfg.routes.post(base, this::create);
            cfg.routes.get(base + "/{id}", this::one);
            cfg.routes.post(base + "/{id}/items", this::addItem);
            cfg.routes.post(base + "/{id}/publish", ctx -> change(ctx, true));
            cfg.routes.post(base + "/{id}/withdraw", ctx -> change(ctx, false));
        }
    }

    private static Exhibitions exhibitions(Context ctx) {
        return new Exhibitions(Web.site(ctx).database().jdbi());
    }

    private void list(Context ctx) {
        Viewer viewer = Access.requireViewer(ctx);
        renderList(ctx, viewer, null, HttpStatus.OK);
    }

    private void renderList(Context ctx, Viewer viewer, String error, HttpStatus status) {
        List<Exhibitions.Exhibition> all = exhibitions(ctx).all();
        Audit.read(ctx, "exhibition", null);
        Map<String, Object> model = new HashMap<>();
        model.put("page", Page.of(ctx, "atlas.workspace.title"));
        model.put("exhibitions", all);
        model.put("canEdit", Access.hasRole(viewer, Role.ADMIN, Role.INVESTIGATOR));
        model.put("error", error);
        ctx.status(status);
        Web.render(ctx, "atlas/workspaceExhibitions.jte", model);
    }

    private void create(Context ctx) {
        Viewer viewer = Access.requireRole(ctx, Role.ADMIN, Role.INVESTIGATOR);
        try {
            long id = exhibitions(ctx).create(ctx.formParam("title_en"), ctx.formParam("title_fa"), ctx.formParam("intro_en"),
                    ctx.formParam("intro_fa"), viewer.userId(), Web.site(ctx).clock().instant());
            ctx.redirect("/" + Web.lang(ctx).code() + "/workspace/exhibitions/" + id, HttpStatus.SEE_OTHER);
        } catch (Exhibitions.Refused refused) {
            renderList(ctx, viewer, Web.lang(ctx).t(refused.key()), HttpStatus.BAD_REQUEST);
        }
    }

    private void one(Context ctx) {
        Viewer viewer = Access.requireViewer(ctx);
        renderOne(ctx, viewer, null, HttpStatus.OK);
    }

    private void renderOne(Context ctx, Viewer viewer, String error, HttpStatus status) {
        Exhibitions store = exhibitions(ctx);
        Optional<Exhibitions.Exhibition> exhibition = AtlasRoutes.id(ctx.pathParam("id")).flatMap(store::one);
        if (exhibition.isEmpty()) {
            Web.error(ctx, HttpStatus.NOT_FOUND, "error.notFound", "error.notFound.text");
            return;
        }
        List<Exhibitions.Item> items = store.items(exhibition.get().id());
        var names = new MemorialQueries(Web.site(ctx).database().jdbi()).names(items.stream().map(Exhibitions.Item::personId).toList());
        Map<Long, String> shownNames = new HashMap<>();
        names.forEach((id, n) -> shownNames.put(id, DisplayNames.of(n, Web.lang(ctx)).get(0)));
        Audit.read(ctx, "exhibition", exhibition.get().id());
        Map<String, Object> model = new HashMap<>();
        model.put("page", Page.of(ctx, "atlas.workspace.one", exhibition.get().title(Web.lang(ctx))));
        model.put("exhibition", exhibition.get());
        model.put("items", items);
        model.put("names", shownNames);
        model.put("canEdit", Access.hasRole(viewer, Role.ADMIN, Role.INVESTIGATOR));
        model.put("error", error);
        ctx.status(status);
        Web.render(ctx, "atlas/workspaceExhibition.jte", model);
    }

    private void addItem(Context ctx) {
        Viewer viewer = Access.requireRole(ctx, Role.ADMIN, Role.INVESTIGATOR);
        Optional<Long> exhibition = AtlasRoutes.id(ctx.pathParam("id"));
        Optional<Long> person = AtlasRoutes.id(ctx.formParam("person"));
        try {
            if (exhibition.isEmpty()) throw new Exhibitions.Refused("atlas.exhibition.error.noExhibition", "bad id");
            if (person.isEmpty()) throw new Exhibitions.Refused("atlas.exhibition.error.person", "person id is not a number");
            exhibitions(ctx).addItem(exhibition.get(), person.get(), ctx.formParam("biography_en"), ctx.formParam("biography_fa"),
                    viewer.userId(), Web.site(ctx).clock().instant());
            ctx.redirect(ctx.path().replaceFirst("/items$", ""), HttpStatus.SEE_OTHER);
        } catch (Exhibitions.Refused refused) {
            renderOne(ctx, viewer, Web.lang(ctx).t(refused.key()), HttpStatus.BAD_REQUEST);
        }
    }

    private void change(Context ctx, boolean publish) {
        Viewer viewer = Access.requireRole(ctx, Role.ADMIN, Role.INVESTIGATOR);
        Optional<Long> id = AtlasRoutes.id(ctx.pathParam("id"));
        try {
            if (id.isEmpty()) throw new Exhibitions.Refused("atlas.exhibition.error.noExhibition", "bad id");
            if (publish) exhibitions(ctx).publish(id.get(), viewer.userId(), Web.site(ctx).clock().instant());
            else exhibitions(ctx).withdraw(id.get(), viewer.userId(), Web.site(ctx).clock().instant());
            ctx.redirect(ctx.path().replaceFirst("/(publish|withdraw)$", ""), HttpStatus.SEE_OTHER);
        } catch (Exhibitions.Refused refused) {
            Web.error(ctx, HttpStatus.NOT_FOUND, "error.notFound", "error.notFound.text");
        }
    }
}
