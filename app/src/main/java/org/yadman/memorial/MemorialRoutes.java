package org.yadman.memorial;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.Map;
import org.yadman.web.Page;
import org.yadman.web.Web;
import org.yadman.web.WebServer;

/** The public memorial: only published persons, no cookies, no script needed. */
public final class MemorialRoutes implements WebServer.Capability {
    @Override
    public void routes(JavalinConfig cfg) {
        for (String lang : new String[] {"en", "fa"}) {
            cfg.routes.get("/" + lang + "/", this::home);
        }
    }

    private void home(Context ctx) {
        var counts = Web.site(ctx).database().jdbi().withHandle(h -> h.createQuery("""
                SELECT (SELECT count(*) FROM publication WHERE withdrawn_at IS NULL) AS persons,
                       (SELECT count(*) FROM source) AS sources
                """).mapToMap().one());
        Web.render(ctx, "memorial/home.jte", Map.of(
                "page", Page.of(ctx, "memorial.home.title"),
                "persons", ((Number) counts.get("persons")).longValue(),
                "sources", ((Number) counts.get("sources")).longValue()));
    }
}
