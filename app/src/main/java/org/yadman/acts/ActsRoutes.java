package org.yadman.acts;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yadman.accounts.Access;
import org.yadman.accounts.Audit;
import org.yadman.web.Page;
import org.yadman.web.Viewer;
import org.yadman.web.Web;

/**
 * Acts in the workspace: the list, one act with every assertion behind it, the form to record an
 * act, adding a fact (another victim, perpetrator or source), correcting its type, date or place,
 * and retracting a fact. Any signed-in user
 * reads (audited); investigators and admins write.
 */
final class ActsRoutes {
    /** Perpetrator rows on the new-act form (a form without script has a fixed number of rows). */
    static final int PERPETRATOR_ROWS = 3;

    void register(JavalinConfig cfg, String base) {
        cfg.routes.get(base + "/acts", this::list);
        cfg.routes.get(base + "/acts/new", this::form);
        cfg.routes.post(base + "/acts", this::create);
        cfg.routes.get(base + "/acts/{id}", this::show);
        cfg.routes.post(base + "/acts/{id}/facts", this::addFact);
        cfg.routes.post(base + "/acts/{id}/correct", this::correct);
        cfg.routes.post(base + "/acts/facts/{id}/retract", this::retract);
    }

    private void list(Context ctx) {
        Access.requireViewer(ctx);
        var acts = Workspace.jdbi(ctx).withHandle(h -> ActQueries.load(h, ActQueries.all(h), Web.lang(ctx)));
        Audit.read(ctx, "act", null);
        Web.render(ctx, "acts/list.jte", Map.of("page", Page.of(ctx, "acts.list.title"), "acts", acts));
    }

    private void form(Context ctx) {
        Workspace.writer(ctx);
        var jdbi = Workspace.jdbi(ctx);
        Audit.read(ctx, "act_form", null);
        Web.render(ctx, "acts/new.jte", Map.of("page", Page.of(ctx, "acts.new.title"), "types", ActType.values(),
                "involvements", Involvement.values(), "places", new Places(jdbi).list(), "perpetrators", new Perpetrators(jdbi).list(),
                "sources", Workspace.sources(jdbi), "rows", PERPETRATOR_ROWS));
    }

    private void create(Context ctx) {
        Viewer viewer = Workspace.writer(ctx);
        List<ActDraft.PerpetratorLink> perpetrators = new ArrayList<>();
        for (int i = 1; i <= PERPETRATOR_ROWS; i++) {
            Long person = Forms.id(ctx, "perpetrator" + i);
            if (person == null) continue;
            perpetrators.add(new ActDraft.PerpetratorLink(person, involvement(Forms.required(ctx, "involvement" + i)),
                    Forms.required(ctx, "role" + i)));
        }
        ActDraft draft = new ActDraft(ActRecorder.type(Forms.required(ctx, "type")), Forms.date(ctx, "date"), Forms.id(ctx, "place"),
                Forms.text(ctx, "description"), Forms.ids(ctx, "victims"), perpetrators, Forms.requiredId(ctx, "source"), null,
                Forms.credibility(ctx));
        long id = Workspace.jdbi(ctx).inTransaction(h -> ActRecorder.record(h, draft, viewer.userId(), Workspace.now(ctx)));
        Workspace.redirect(ctx, "/acts/" + id);
    }

    private void show(Context ctx) {
        Access.requireViewer(ctx);
        Long id = Workspace.pathId(ctx, "id");
        if (id == null) return;
        var jdbi = Workspace.jdbi(ctx);
        var acts = jdbi.withHandle(h -> ActQueries.load(h, ActQueries.ids(h, "a.id = :id", Map.of("id", id)), Web.lang(ctx)));
        if (acts.isEmpty()) {
            Workspace.notFound(ctx);
            return;
        }
        var facts = jdbi.withHandle(h -> ActQueries.facts(h, id));
        var evidence = jdbi.withHandle(h -> ActQueries.evidence(h, new java.util.HashSet<>(acts.get(0).sources().stream().map(SourceRef::id).toList())));
        Audit.read(ctx, "act", id);
        Map<String, Object> model = new HashMap<>();
        model.put("page", Page.of(ctx, "acts.act.title", id));
        model.put("act", acts.get(0));
        model.put("facts", facts);
        model.put("evidence", evidence);
        model.put("sources", Workspace.sources(jdbi));
        model.put("involvements", Involvement.values());
        model.put("types", ActType.values());
        model.put("places", new Places(jdbi).list());
        model.put("canEdit", Web.viewer(ctx).canEdit());
        Web.render(ctx, "acts/act.jte", model);
    }

    private void addFact(Context ctx) {
        Viewer viewer = Workspace.writer(ctx);
        Long id = Workspace.pathId(ctx, "id");
        if (id == null) return;
        String field = Forms.required(ctx, "field");
        String value = switch (field) {
            case "victim" -> Long.toString(Forms.requiredId(ctx, "person"));
            case "perpetrator" -> new ActDraft.PerpetratorLink(Forms.requiredId(ctx, "person"),
                    involvement(Forms.required(ctx, "involvement")), Forms.required(ctx, "role")).assertionValue();
            default -> throw new InputProblem("field", "\"" + field + "\" is not victim or perpetrator");
        };
        var on = new Fact.Provenance(Forms.requiredId(ctx, "source"), Forms.credibility(ctx), viewer.userId(), Workspace.now(ctx));
        Workspace.jdbi(ctx).inTransaction(h -> ActRecorder.addFact(h, id, field, value, on));
        Workspace.redirect(ctx, "/acts/" + id);
    }

    /** One form for the three facts: the field chosen says which of the inputs type, date and place holds the new value. */
    private void correct(Context ctx) {
        Viewer viewer = Workspace.writer(ctx);
        Long id = Workspace.pathId(ctx, "id");
        if (id == null) return;
        String field = Forms.required(ctx, "field");
        if (!ActRecorder.CORRECTABLE.contains(field)) throw new InputProblem("field", "\"" + field + "\" is not one of " + ActRecorder.CORRECTABLE);
        String value = Forms.required(ctx, field);
        String reason = Forms.required(ctx, "reason");
        var on = new Fact.Provenance(Forms.requiredId(ctx, "source"), Forms.credibility(ctx), viewer.userId(), Workspace.now(ctx));
        Workspace.jdbi(ctx).inTransaction(h -> ActRecorder.correct(h, id, field, value, reason, on));
        Workspace.redirect(ctx, "/acts/" + id);
    }

    private void retract(Context ctx) {
        Viewer viewer = Workspace.writer(ctx);
        Long id = Workspace.pathId(ctx, "id");
        if (id == null) return;
        String reason = Forms.required(ctx, "reason");
        long act = Workspace.jdbi(ctx).inTransaction(h -> {
            ActRecorder.retract(h, id, reason, viewer.userId(), Workspace.now(ctx));
            return h.createQuery("SELECT act_id FROM assertion WHERE id = :id").bind("id", id).mapTo(Long.class).one();
        });
        Workspace.redirect(ctx, "/acts/" + act);
    }

    static Involvement involvement(String code) {
        try {
            return Involvement.ofCode(code);
        } catch (IllegalArgumentException e) {
            throw new InputProblem("involvement", e.getMessage());
        }
    }
}
