package org.yadman.acts;

import io.javalin.config.JavalinConfig;
import org.yadman.web.WebServer;

/**
 * Who did what to whom, in the workspace under {@code /{lang}/workspace}: acts, perpetrators,
 * places and grave sites, sources and protected witnesses, proposals from imported lists, case
 * files. Sign-in and csrf are enforced for all of it by the accounts filter before any route runs.
 * A route that meets bad input throws {@link InputProblem}; it is answered here, in one place, with
 * a 400 naming the field and the rule, and whatever the route had begun is rolled back with it.
 */
public final class ActsCapability implements WebServer.Capability {
    @Override
    public void routes(JavalinConfig cfg) {
        cfg.routes.exception(InputProblem.class, (problem, ctx) -> Workspace.problem(ctx, problem));
        for (String lang : new String[] {"en", "fa"}) {
            String base = "/" + lang + "/workspace";
            new ProposalRoutes().register(cfg, base);
            new SourceRoutes().register(cfg, base);
            new ActsRoutes().register(cfg, base);
            new PerpetratorRoutes().register(cfg, base);
            new PlaceRoutes().register(cfg, base);
            new CaseFileRoutes().register(cfg, base);
        }
    }
}
