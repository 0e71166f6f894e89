package org.yadman.evidence;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.yadman.ledger.Ledger;
import org.yadman.ledger.VerificationException;
import org.yadman.web.Web;
import org.yadman.web.WebServer;

/**
 * The log for mirrors and outside witnesses, served from the database (C2SP tlog-tiles):
 * {@code GET /log/checkpoint}, {@code GET /log/tile/...}, and {@code POST /log/cosign} to hand
 * in a witness cosignature. Public, no cookies, no session: a cosignature proves itself.
 */
public final class LogRoutes implements WebServer.Capability {
    private static final String IMMUTABLE = "public, max-age=31536000, immutable";

    @Override
    public void routes(JavalinConfig cfg) {
        cfg.routes.get("/log/checkpoint", this::checkpoint);
        cfg.routes.get("/log/tile/<rest>", this::tile);
        cfg.routes.post("/log/cosign", this::cosign);
    }

    private void checkpoint(Context ctx) throws SQLException {
        try (Connection c = Web.site(ctx).database().dataSource().getConnection()) {
            var note = Checkpoints.latestWithCosignatures(c);
            ctx.header("Cache-Control", "no-cache");
            if (note.isEmpty()) {
                ctx.status(HttpStatus.NOT_FOUND).contentType("text/plain; charset=utf-8").result("no checkpoint has been signed yet\n");
                return;
            }
            ctx.contentType("text/plain; charset=utf-8").result(note.get());
        }
    }

    private void tile(Context ctx) throws SQLException {
        TileRequest request = TileRequest.parse(ctx.pathParam("rest"));
        if (request == null) {
            ctx.status(HttpStatus.NOT_FOUND).contentType("text/plain; charset=utf-8").result("not a tile path\n");
            return;
        }
        long first = request.tile().index() * 256;
        int width = request.tile().width();
        byte[] body;
        try (Connection c = Web.site(ctx).database().dataSource().getConnection()) {
            body = request.entries() ? entries(c, first, width) : hashes(c, request.tile().level() * 8, first, width);
        }
        if (body == null) {
            ctx.status(HttpStatus.NOT_FOUND).contentType("text/plain; charset=utf-8").result("the log does not have this tile\n");
            return;
        }
        ctx.header("Cache-Control", IMMUTABLE);
        ctx.contentType("application/octet-stream").result(body);
    }

    private static byte[] hashes(Connection c, int level, long first, int width) throws SQLException {
        byte[] out = new byte[32 * width];
        int n = 0;
        try (PreparedStatement s = c.prepareStatement("SELECT hash FROM ledger_node WHERE level = ? AND idx >= ? AND idx < ? ORDER BY idx")) {
            s.setInt(1, level);
            s.setLong(2, first);
            s.setLong(3, first + width);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) System.arraycopy(r.getBytes(1), 0, out, 32 * n++, 32);
            }
        }
        return n == width ? out : null;
    }

    private static byte[] entries(Connection c, long first, int width) throws SQLException {
        List<byte[]> leaves = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT leaf FROM ledger_entry WHERE idx >= ? AND idx < ? ORDER BY idx")) {
            s.setLong(1, first);
            s.setLong(2, first + width);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) leaves.add(r.getBytes(1));
            }
        }
        return leaves.size() == width ? Ledger.encodeEntryBundle(leaves) : null;
    }

    private void cosign(Context ctx) throws SQLException {
        ctx.contentType("text/plain; charset=utf-8");
        try (Connection c = Web.site(ctx).database().dataSource().getConnection()) {
            c.setAutoCommit(false);
            try {
                int added = Witnesses.accept(c, ctx.body(), Web.site(ctx).clock().instant());
                c.commit();
                ctx.result("kept " + added + " new cosignature(s)\n");
            } catch (VerificationException e) {
                c.rollback();
                ctx.status(HttpStatus.FORBIDDEN).result(e.getMessage() + "\n");
            }
        }
    }
}
