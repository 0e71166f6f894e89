package org.yadman.acts;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.Map;
import org.yadman.accounts.Access;
import org.yadman.accounts.Audit;
import org.yadman.linkage.UncertainDate;
import org.yadman.web.Page;
import org.yadman.web.Web;

/**
 * Case files in the workspace, for a perpetrator, a prison or a period: the document a court bundle
 * carries, shown as a page. Reading one is audited. The bundle itself is written by
 * {@code yadman casefile} (it needs the log's signing key, which the web server never holds).
 */
final class CaseFileRoutes {
    void register(JavalinConfig cfg, String base) {
        cfg.routes.get(base + "/cases", this::choose);
        cfg.routes.get(base + "/cases/perpetrator/{id}", ctx -> byId(ctx, "perpetrator"));
        cfg.routes.get(base + "/cases/prison/{id}", ctx -> byId(ctx, "prison"));
        cfg.routes.get(base + "/cases/period", this::period);
    }

    private void choose(Context ctx) {
        Access.requireViewer(ctx);
        var jdbi = Workspace.jdbi(ctx);
        Audit.read(ctx, "case_file", null);
        Web.render(ctx, "acts/cases.jte", Map.of("page", Page.of(ctx, "acts.cases.title"),
                "perpetrators", new Perpetrators(jdbi).list(), "prisons", new Places(jdbi).ofKind("prison")));
    }

    private void byId(Context ctx, String kind) {
        Access.requireViewer(ctx);
        Long id = Workspace.pathId(ctx, "id");
        if (id == null) return;
        CaseFile.Scope scope = kind.equals("perpetrator") ? CaseFile.Scope.perpetrator(id) : CaseFile.Scope.prison(id);
        show(ctx, scope, kind + " " + id);
    }

    private void period(Context ctx) {
        Access.requireViewer(ctx);
        try {
            UncertainDate from = UncertainDate.parse(ctx.queryParam("from"), UncertainDate.Calendar.SOLAR_HIJRI);
            UncertainDate to = UncertainDate.parse(ctx.queryParam("to"), UncertainDate.Calendar.SOLAR_HIJRI);
            if (from == null || to == null) throw new InputProblem("from", "a period needs both ends");
            show(ctx, CaseFile.Scope.period(from.earliest(), to.latest()), "period " + from.earliest() + ".." + to.latest());
        } catch (InputProblem p) {
            Workspace.problem(ctx, p);
        } catch (RuntimeException e) {
            Workspace.problem(ctx, new InputProblem("from", e.getMessage()));
        }
    }

    private void show(Context ctx, CaseFile.Scope scope, String what) {
        CaseFile file;
        try {
            file = Workspace.jdbi(ctx).withHandle(h -> CaseFile.build(h, scope, Web.lang(ctx)));
        } catch (InputProblem p) {
            Workspace.notFound(ctx);
            return;
        }
        Audit.read(ctx, "case_file", what);
        Web.render(ctx, "acts/caseFile.jte", Map.of("page", Page.of(ctx, "acts.case.title", file.subject()), "file", file));
    }
}
