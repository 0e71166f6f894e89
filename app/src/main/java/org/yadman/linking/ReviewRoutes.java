package org.yadman.linking;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Map;
import org.yadman.accounts.Access;
import org.yadman.accounts.Audit;
import org.yadman.accounts.Role;
import org.yadman.web.Page;
import org.yadman.web.Viewer;
import org.yadman.web.Web;
import org.yadman.web.WebServer;

/**
 * The review queue under {@code /{lang}/workspace/review}: one doubtful pair at a time, side by
 * side, with the weight of every comparison; accept, reject or skip it, undo a decision. Any
 * signed-in user reads (audited); investigators and admins decide. Forms work without
 * JavaScript; /static/review.js adds the keys a, r, s and u.
 */
public final class ReviewRoutes implements WebServer.Capability {
    static final int RECENT = 10;

    @Override
    public void routes(JavalinConfig cfg) {
        for (String lang : new String[] {"en", "fa"}) {
            String base = "/" + lang + "/workspace/review";
            cfg.routes.get(base, this::page);
            cfg.routes.post(base + "/{id}", this::decide);
            cfg.routes.post(base + "/undo/{decision}", this::undo);
        }
    }

    private void page(Context ctx) {
        Viewer viewer = Access.requireViewer(ctx);
        Long id = null;
        String wanted = ctx.queryParam("pair");
        if (wanted != null) {
            try {
                id = Long.parseLong(wanted);
            } catch (NumberFormatException e) {
                Web.error(ctx, HttpStatus.NOT_FOUND, "error.notFound", "error.notFound.text");
                return;
            }
        }
        var queue = new ReviewQueue(Web.site(ctx).database().jdbi());
        var pair = queue.pair(id);
        if (id != null && pair.isEmpty()) {
            Web.error(ctx, HttpStatus.NOT_FOUND, "error.notFound", "error.notFound.text");
            return;
        }
        Audit.read(ctx, "review_pair", pair.map(p -> p.id()).orElse(null));
        Web.render(ctx, "linking/review.jte", Map.of("page", Page.of(ctx, "linkage.review.title"),
                "pair", pair, "decisions", queue.recentDecisions(RECENT), "canDecide", viewer.canEdit(),
                "fields", ReviewQueue.FIELDS));
    }

    private void decide(Context ctx) {
        Viewer viewer = Access.requireRole(ctx, Role.ADMIN, Role.INVESTIGATOR);
        ReviewDecisions.Decision decision;
        long id;
        try {
            id = Long.parseLong(ctx.pathParam("id"));
            decision = switch (String.valueOf(ctx.formParam("decision"))) {
                case "accept" -> ReviewDecisions.Decision.ACCEPTED;
                case "reject" -> ReviewDecisions.Decision.REJECTED;
                case "skip" -> ReviewDecisions.Decision.SKIPPED;
                default -> throw new IllegalArgumentException("decision");
            };
        } catch (IllegalArgumentException e) {
            Web.error(ctx, HttpStatus.BAD_REQUEST, "linkage.review.bad", "linkage.review.bad.text");
            return;
        }
        try {
            new ReviewDecisions(Web.site(ctx).database().jdbi(), Web.site(ctx).clock()).decide(id, decision, viewer.userId());
        } catch (ReviewDecisions.NotFound e) {
            Web.error(ctx, HttpStatus.NOT_FOUND, "error.notFound", "error.notFound.text");
            return;
        }
        ctx.redirect("/" + Web.lang(ctx).code() + "/workspace/review", HttpStatus.SEE_OTHER);
    }

    private void undo(Context ctx) {
        Viewer viewer = Access.requireRole(ctx, Role.ADMIN, Role.INVESTIGATOR);
        var decisions = new ReviewDecisions(Web.site(ctx).database().jdbi(), Web.site(ctx).clock());
        try {
            String which = ctx.pathParam("decision");
            long id = "latest".equals(which)
                    ? decisions.latestUndoable().orElseThrow(() -> new ReviewDecisions.NotFound("nothing to undo"))
                    : Long.parseLong(which);
            decisions.undo(id, viewer.userId());
        } catch (NumberFormatException | ReviewDecisions.NotFound e) {
            Web.error(ctx, HttpStatus.NOT_FOUND, "linkage.review.nothingToUndo", "linkage.review.nothingToUndo.text");
            return;
        }
        ctx.redirect("/" + Web.lang(ctx).code() + "/workspace/review", HttpStatus.SEE_OTHER);
    }
}
