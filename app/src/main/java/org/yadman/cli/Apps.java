package org.yadman.cli;

import io.javalin.Javalin;
import java.util.List;
import org.yadman.accounts.Accounts;
import org.yadman.evidence.LogRoutes;
import org.yadman.memorial.MemorialRoutes;
import org.yadman.statistics.StatisticsRoutes;
import org.yadman.web.Site;
import org.yadman.web.WebServer;
import org.yadman.workspace.WorkspaceRoutes;

/** The whole site: every capability's routes on one server. Tests start exactly this. */
public final class Apps {
    private Apps() {}

    public static Javalin create(Site site) {
        return WebServer.create(site, List.of(
                new Accounts(site),
                new MemorialRoutes(),
                new WorkspaceRoutes(),
                new StatisticsRoutes(),
                new LogRoutes(),
                new org.yadman.linking.ReviewRoutes(),
                new org.yadman.atlas.AtlasRoutes(),
                new org.yadman.atlas.ExhibitionRoutes(),
                new org.yadman.atlas.ExhibitionWorkspaceRoutes(),
                new org.yadman.intake.Intake(site),
                new org.yadman.acts.ActsCapability()));
    }
}
