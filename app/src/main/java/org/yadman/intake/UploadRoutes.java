package org.yadman.intake;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.sql.SQLException;
import java.util.Base64;

/**
 * The tus 1.0 core protocol with the creation, checksum and expiration extensions (https://tus.io/protocols/resumable-upload),
 * under {@code /api/intake/uploads}: POST creates (Upload-Length, and a proof of work), HEAD says
 * how much arrived, PATCH appends at Upload-Offset with {@code Upload-Checksum: sha256 BASE64}.
 * Each answer about an upload says when it expires unless claimed ({@code Upload-Expires}).
 * Every refusal is a plain-text sentence and changes nothing.
 */
final class UploadRoutes {
    static final String BASE = "/api/intake/uploads";
    private static final String VERSION = "1.0.0";
    private final Intake intake;

    UploadRoutes(Intake intake) {
        this.intake = intake;
    }

    void register(JavalinConfig cfg) {
        cfg.routes.options(BASE, this::options);
        cfg.routes.post(BASE, this::create);
        cfg.routes.head(BASE + "/{id}", this::head);
        cfg.routes.patch(BASE + "/{id}", this::patch);
    }

    private void options(Context ctx) {
        ctx.header("Tus-Resumable", VERSION).header("Tus-Version", VERSION).header("Tus-Extension", "creation,checksum,expiration")
                .header("Tus-Max-Size", Long.toString(intake.uploads.maxLength())).header("Tus-Checksum-Algorithm", "sha256").status(204);
    }

    private boolean tus(Context ctx) {
        ctx.header("Tus-Resumable", VERSION).header("Cache-Control", "no-store");
        if (!VERSION.equals(ctx.header("Tus-Resumable"))) {
            refuse(ctx, 412, "send Tus-Resumable: " + VERSION);
            return false;
        }
        return true;
    }

    private void create(Context ctx) throws SQLException {
        if (!tus(ctx)) return;
        long length;
        try {
            length = Long.parseLong(ctx.header("Upload-Length"));
        } catch (NumberFormatException e) {
            refuse(ctx, 400, "Upload-Length must be the file's size in bytes");
            return;
        }
        if (!intake.work.accept(ctx.header("X-Intake-Pow"))) {
            refuse(ctx, 403, "the proof of work (X-Intake-Pow) is missing, wrong, expired or already spent; fetch a new challenge");
            return;
        }
        try {
            var created = intake.uploads.create(length, Requests.now(ctx));
            ctx.header("Location", BASE + "/" + created.id()).header("Upload-Expires", httpDate(created.expires())).status(201);
        } catch (Uploads.Refused e) {
            refuse(ctx, e.status, e.getMessage());
        }
    }

    private void head(Context ctx) throws SQLException {
        if (!tus(ctx)) return;
        var state = intake.uploads.state(ctx.pathParam("id"), Requests.now(ctx));
        if (state.isEmpty()) {
            ctx.status(404);
            return;
        }
        ctx.header("Upload-Offset", Long.toString(state.get().received())).header("Upload-Length", Long.toString(state.get().length()))
                .header("Upload-Expires", httpDate(state.get().expires())).status(200);
    }

    private void patch(Context ctx) throws SQLException, IOException {
        if (!tus(ctx)) return;
        if (!"application/offset+octet-stream".equals(ctx.header("Content-Type"))) {
            refuse(ctx, 415, "Content-Type must be application/offset+octet-stream");
            return;
        }
        long offset;
        try {
            offset = Long.parseLong(ctx.header("Upload-Offset"));
        } catch (NumberFormatException e) {
            refuse(ctx, 400, "Upload-Offset must be a number of bytes");
            return;
        }
        byte[] checksum = null;
        String given = ctx.header("Upload-Checksum");
        if (given != null) {
            String[] parts = given.trim().split(" ", 2);
            if (parts.length != 2 || !parts[0].equals("sha256")) {
                refuse(ctx, 400, "Upload-Checksum must be \"sha256 BASE64\"");
                return;
            }
            try {
                checksum = Base64.getDecoder().decode(parts[1]);
            } catch (IllegalArgumentException e) {
                refuse(ctx, 400, "Upload-Checksum's digest is not base64");
                return;
            }
        }
        byte[] chunk;
        try (InputStream in = ctx.req().getInputStream()) {
            chunk = in.readNBytes(Uploads.MAX_CHUNK + 1);
        }
        if (chunk.length > Uploads.MAX_CHUNK) {
            refuse(ctx, 413, "a chunk may carry at most " + Uploads.MAX_CHUNK + " bytes");
            return;
        }
        try {
            var state = intake.uploads.append(ctx.pathParam("id"), offset, chunk, checksum, Requests.now(ctx));
            ctx.header("Upload-Offset", Long.toString(state.received())).header("Upload-Expires", httpDate(state.expires())).status(204);
            if (state.complete()) ctx.header("Upload-Sha256", state.sha256());
        } catch (Uploads.Refused e) {
            refuse(ctx, e.status, e.getMessage());
        }
    }

    /** RFC 9110 IMF-fixdate, which tus uses for Upload-Expires. */
    private static final java.time.format.DateTimeFormatter HTTP_DATE =
            java.time.format.DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", java.util.Locale.ROOT).withZone(java.time.ZoneOffset.UTC);

    private static String httpDate(java.time.Instant instant) {
        return HTTP_DATE.format(instant);
    }

    private static void refuse(Context ctx, int status, String message) {
        ctx.status(status).contentType("text/plain; charset=utf-8").result(message + "\n");
    }
}
