package org.yadman.intake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.yadman.web.Web;

/**
 * The JSON API the submission page's script uses (static/intake/*.js). Everything it sends is
 * already encrypted, and instead of the receipt it sends the lookup secret it derived from it;
 * the server cannot tell a browser's submission from the form's except by {@code encrypted_by}.
 */
final class ApiRoutes {
    static final int MAX_JSON = 4 << 20;
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Intake intake;
    private final ReceiptLookup lookup;

    ApiRoutes(Intake intake) {
        this.intake = intake;
        this.lookup = new ReceiptLookup(intake);
    }

    void register(JavalinConfig cfg) {
        cfg.routes.get("/api/intake/config", this::config);
        cfg.routes.get("/api/intake/pow", this::pow);
        cfg.routes.get("/api/intake/proof/{message}", this::proof);
        cfg.routes.post("/api/intake/submissions", this::submit);
        cfg.routes.post("/api/intake/conversation", this::conversation);
        cfg.routes.post("/api/intake/additions", this::add);
    }

    /** What the browser needs to encrypt and derive: the organisation's keys, the public salt, the costs. */
    private void config(Context ctx) throws IOException {
        ObjectNode out = JSON.createObjectNode();
        out.put("keys", intake.keys.armored());
        out.put("salt", intake.receiptKeys.instanceSaltHex());
        out.put("argon2MemoryKib", ReceiptKeys.MEMORY_KIB).put("argon2Iterations", ReceiptKeys.ITERATIONS).put("argon2Parallelism", ReceiptKeys.PARALLELISM);
        out.put("powBits", intake.work.bits()).put("maxUploadBytes", intake.uploads.maxLength()).put("chunkBytes", 1 << 20);
        ctx.header("Cache-Control", "no-store").json(out);
    }

    private void pow(Context ctx) {
        ctx.header("Cache-Control", "no-store").contentType("text/plain; charset=us-ascii").result(intake.work.challenge());
    }

    private void proof(Context ctx) throws SQLException {
        long id;
        try {
            id = Long.parseLong(ctx.pathParam("message"));
        } catch (NumberFormatException e) {
            ctx.status(404);
            return;
        }
        ctx.contentType("text/plain; charset=utf-8").header("Cache-Control", "no-store");
        try (Connection c = Web.site(ctx).database().dataSource().getConnection()) {
            Optional<String> proof = FilingProof.of(c, id);
            if (proof.isEmpty()) {
                ctx.status(404).result("no signed checkpoint covers message " + id + " yet; the log is signed every few minutes, try again later\n");
                return;
            }
            ctx.header("Content-Disposition", "attachment; filename=\"proof-of-filing-" + id + ".tlog-proof\"").result(proof.get());
        }
    }

    private void submit(Context ctx) throws IOException {
        JsonNode body = body(ctx);
        if (body == null) return;
        if (!intake.work.accept(text(body, "pow"))) {
            error(ctx, 403, "the proof of work is missing, wrong, expired or already spent; fetch a new challenge");
            return;
        }
        if (!intake.newMessages.tryAcquire()) {
            error(ctx, 429, "too many submissions right now; wait a minute and send again (nothing was lost in your browser)");
            return;
        }
        byte[] lookupSecret = hex(text(body, "lookup"));
        if (lookupSecret == null || lookupSecret.length != 32) {
            error(ctx, 400, "field lookup must be 64 hex digits");
            return;
        }
        try {
            var keyPair = new OpenPgp.KeyPair(base64(body, "publicKey"), base64(body, "secretKey"));
            var filed = intake.submissions.file(ReceiptKeys.lookupHash(lookupSecret), keyPair, "browser", base64(body, "message"),
                    uploads(body), Requests.now(ctx));
            ctx.status(201).json(filed(filed));
        } catch (Submissions.Rejected | IllegalArgumentException e) {
            error(ctx, 422, e.getMessage());
        }
    }

    private void add(Context ctx) throws IOException {
        long started = System.nanoTime();
        JsonNode body = body(ctx);
        if (body == null) return;
        if (!intake.work.accept(text(body, "pow"))) {
            error(ctx, 403, "the proof of work is missing, wrong, expired or already spent; fetch a new challenge");
            return;
        }
        Optional<Long> submission = lookup.bySecret(hex(text(body, "lookup")), started);
        if (submission.isEmpty()) {
            error(ctx, 404, SubmitRoutes.WRONG_RECEIPT_EN);
            return;
        }
        if (!intake.newMessages.tryAcquire()) {
            error(ctx, 429, "too many submissions right now; wait a minute and send again");
            return;
        }
        try {
            var filed = intake.submissions.add(submission.get(), "submitter", null, base64(body, "message"), uploads(body), Requests.now(ctx));
            ctx.status(201).json(filed(filed));
        } catch (Submissions.Rejected | IllegalArgumentException e) {
            error(ctx, 422, e.getMessage());
        }
    }

    /** The conversation for a lookup secret: the locked secret key and every message, all ciphertext. */
    private void conversation(Context ctx) throws IOException {
        long started = System.nanoTime();
        JsonNode body = body(ctx);
        if (body == null) return;
        Optional<Long> submission = lookup.bySecret(hex(text(body, "lookup")), started);
        if (submission.isEmpty()) {
            error(ctx, 404, SubmitRoutes.WRONG_RECEIPT_EN);
            return;
        }
        Base64.Encoder b64 = Base64.getEncoder();
        var keys = intake.submissions.keys(submission.get());
        ObjectNode out = JSON.createObjectNode();
        out.put("publicKey", b64.encodeToString(keys.publicKey())).put("secretKey", b64.encodeToString(keys.secretKey()));
        ArrayNode messages = out.putArray("messages");
        for (Submissions.Message m : intake.submissions.messages(submission.get())) {
            ObjectNode n = messages.addObject();
            n.put("id", m.id()).put("author", m.author()).put("createdAt", m.createdAt().toString()).put("sha256", m.sha256());
            // The submitter's own messages are encrypted to the organisation only: the script shows their hash and proof.
            if (m.author().equals("investigator")) n.put("message", b64.encodeToString(m.ciphertext()));
            n.put("files", m.files().size());
        }
        ctx.header("Cache-Control", "no-store").json(out);
    }

    private static ObjectNode filed(Submissions.Filed filed) {
        ObjectNode out = JSON.createObjectNode();
        out.put("submission", filed.submissionId()).put("message", filed.messageId()).put("sha256", filed.sha256())
                .put("leaf", filed.leafIndex()).put("proof", "/api/intake/proof/" + filed.messageId());
        return out;
    }

    private static JsonNode body(Context ctx) throws IOException {
        byte[] bytes;
        try (InputStream in = ctx.req().getInputStream()) {
            bytes = in.readNBytes(MAX_JSON + 1);
        }
        if (bytes.length > MAX_JSON) {
            error(ctx, 413, "the request is over " + MAX_JSON + " bytes; send files as uploads");
            return null;
        }
        try {
            JsonNode node = JSON.readTree(bytes);
            if (node == null || !node.isObject()) throw new IOException("not a JSON object");
            return node;
        } catch (IOException e) {
            error(ctx, 400, "the request is not a JSON object");
            return null;
        }
    }

    private static String text(JsonNode body, String field) {
        JsonNode n = body.get(field);
        return n == null || !n.isTextual() ? null : n.asText();
    }

    private static byte[] base64(JsonNode body, String field) {
        String s = text(body, field);
        if (s == null) throw new IllegalArgumentException("field " + field + " is missing");
        try {
            return Base64.getDecoder().decode(s);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("field " + field + " is not base64");
        }
    }

    private static byte[] hex(String s) {
        if (s == null || !s.matches("[0-9a-f]{64}")) return null;
        return HexFormat.of().parseHex(s);
    }

    private static List<String> uploads(JsonNode body) {
        List<String> out = new ArrayList<>();
        JsonNode n = body.get("uploads");
        if (n == null) return out;
        if (!n.isArray()) throw new IllegalArgumentException("field uploads must be a list of upload ids");
        for (JsonNode id : n) {
            String s = id.asText();
            int slash = s.lastIndexOf('/');
            out.add(slash >= 0 ? s.substring(slash + 1) : s);
        }
        return out;
    }

    static void error(Context ctx, int status, String message) {
        ObjectNode out = JSON.createObjectNode();
        out.put("error", message);
        ctx.status(status).header("Cache-Control", "no-store").json(out);
    }
}
