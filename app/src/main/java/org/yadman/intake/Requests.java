package org.yadman.intake;

import io.javalin.http.Context;
import java.time.Instant;
import org.yadman.web.Web;

/** Small request helpers of the intake. */
final class Requests {
    private Requests() {}

    static Instant now(Context ctx) {
        return Web.site(ctx).clock().instant();
    }
}
