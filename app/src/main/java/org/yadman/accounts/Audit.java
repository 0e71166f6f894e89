package org.yadman.accounts;

import io.javalin.http.Context;
import java.time.Instant;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.yadman.web.Viewer;
import org.yadman.web.Web;

/**
 * Writes {@code audit_event} rows: every read of restricted data and every change made in the
 * workspace, with who and when (the site's clock). Never an IP address, user agent or anything
 * else that locates the person; {@code detail} is for what was done, not for where from.
 */
public final class Audit {
    private Audit() {}

    /** Records that the signed-in viewer read {@code targetKind}/{@code targetId} (id may be null for lists). */
    public static void read(Context ctx, String targetKind, Object targetId) {
        record(ctx, "read", targetKind, targetId, null);
    }

    /** Records an action of the signed-in viewer (or of nobody, for a failed sign-in). */
    public static void record(Context ctx, String action, String targetKind, Object targetId, String detail) {
        Viewer viewer = Web.viewer(ctx);
        var site = Web.site(ctx);
        write(site.database().jdbi(), site.clock().instant(), viewer == null ? null : viewer.userId(),
                action, targetKind, targetId, detail);
    }

    /** The same, inside a transaction the caller already holds (so the change and its record commit together). */
    public static void record(Handle h, Instant at, Long userId, String action, String targetKind, Object targetId, String detail) {
        h.createUpdate("""
                INSERT INTO audit_event (at, user_id, action, target_kind, target_id, detail)
                VALUES (:at, :user, :action, :kind, :id, :detail)""")
                .bind("at", Users.utc(at)).bind("user", userId).bind("action", action)
                .bind("kind", targetKind).bind("id", targetId == null ? null : targetId.toString())
                .bind("detail", detail).execute();
    }

    static void write(Jdbi jdbi, Instant at, Long userId, String action, String targetKind, Object targetId, String detail) {
        jdbi.useHandle(h -> record(h, at, userId, action, targetKind, targetId, detail));
    }
}
