package org.yadman.acts;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.yadman.accounts.Audit;
import org.yadman.web.Page;
import org.yadman.web.Viewer;
import org.yadman.web.Web;

/** The reviewable list of execution acts proposed from imported lists, and saving the chosen ones in one transaction. */
final class ProposalRoutes {
    /** Proposals shown (and saved) at a time. */
    static final int LIMIT = 500;

    void register(JavalinConfig cfg, String base) {
        cfg.routes.get(base + "/acts/proposals", this::list);
        cfg.routes.post(base + "/acts/proposals", this::save);
    }

    private void list(Context ctx) {
        Workspace.writer(ctx);
        var proposals = Workspace.jdbi(ctx).withHandle(h -> ProposedExecutions.list(h, LIMIT, Web.lang(ctx)));
        Audit.read(ctx, "act_proposal", null);
        Web.render(ctx, "acts/proposals.jte", Map.of("page", Page.of(ctx, "acts.proposals.title"), "proposals", proposals));
    }

    private void save(Context ctx) {
        Viewer viewer = Workspace.writer(ctx);
        Set<Long> chosen = new HashSet<>();
        for (String value : ctx.formParams("person")) chosen.add(Forms.id("person", value));
        if (chosen.isEmpty()) throw new InputProblem("person", "choose at least one proposal");
        int credibility = Forms.credibility(ctx);
        Workspace.jdbi(ctx).inTransaction(h -> ProposedExecutions.save(h, chosen, credibility, LIMIT, viewer.userId(), Workspace.now(ctx)));
        Workspace.redirect(ctx, "/acts");
    }
}
