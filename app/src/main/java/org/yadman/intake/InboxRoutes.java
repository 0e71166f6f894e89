package org.yadman.intake;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.bouncycastle.openpgp.PGPPublicKey;
import org.yadman.accounts.Access;
import org.yadman.accounts.Audit;
import org.yadman.accounts.Role;
import org.yadman.web.Page;
import org.yadman.web.Viewer;
import org.yadman.web.Web;

/**
 * The investigators' inbox in the workspace. The server never decrypts here: each message is on
 * the page as armored ciphertext, which the investigator's own browser decrypts with their
 * private key (static/intake/inbox.js; the key is read from a local file and never sent), or
 * which they copy to GnuPG. A reply is encrypted to the submitter's key and the organisation's
 * keys, by the browser, or without a script by the server on arrival. Every read is audited.
 */
final class InboxRoutes {
    private final Intake intake;

    InboxRoutes(Intake intake) {
        this.intake = intake;
    }

    void register(JavalinConfig cfg) {
        for (String lang : List.of("en", "fa")) {
            String base = "/" + lang + "/workspace/intake";
            cfg.routes.get(base, this::inbox);
            cfg.routes.get(base + "/{id}", this::submission);
            cfg.routes.post(base + "/{id}/reply", this::reply);
            cfg.routes.post(base + "/{id}/triage", this::triage);
            cfg.routes.post(base + "/{id}/registry", this::toRegistry);
            cfg.routes.get(base + "/file/{upload}", this::file);
        }
    }

    private static Inbox store(Context ctx) {
        return new Inbox(Web.site(ctx).database().jdbi());
    }

    private void inbox(Context ctx) {
        Access.requireRole(ctx, Role.INVESTIGATOR, Role.ADMIN);
        Audit.read(ctx, "intake_submission", null);
        Web.render(ctx, "intake/inbox.jte", Map.of("page", Page.of(ctx, "intake.inbox.title"), "rows", store(ctx).list()));
    }

    private void submission(Context ctx) {
        Access.requireRole(ctx, Role.INVESTIGATOR, Role.ADMIN);
        long id = id(ctx);
        Inbox.Row row = store(ctx).one(id);
        if (row == null) {
            Web.error(ctx, io.javalin.http.HttpStatus.NOT_FOUND, "error.notFound", "error.notFound.text");
            return;
        }
        Audit.read(ctx, "intake_submission", id);
        List<Map<String, Object>> messages = new ArrayList<>();
        for (Submissions.Message m : intake.submissions.messages(id)) {
            messages.add(Map.of("id", m.id(), "author", m.author(), "at", m.createdAt().toString().substring(0, 16).replace('T', ' '),
                    "armored", OpenPgp.armor(m.ciphertext()), "sha256", m.sha256(), "files", m.files()));
        }
        String recipients = intake.keys.armoredWith(intake.submissions.keys(id).publicKey());
        String recorded = ctx.queryParam("person");
        String error = ctx.queryParam("error");
        Web.render(ctx, "intake/submission.jte", Map.of("page", Page.of(ctx, "intake.submission.title", id), "row", row,
                "messages", messages, "recipients", recipients, "recorded", recorded == null || !recorded.matches("[0-9]{1,18}") ? "" : recorded, "error", error == null ? "" : error));
    }

    private void reply(Context ctx) {
        Viewer viewer = Access.requireRole(ctx, Role.INVESTIGATOR, Role.ADMIN);
        long id = id(ctx);
        String encrypted = ctx.formParam("ciphertext");
        String text = ctx.formParam("reply");
        byte[] message;
        if (encrypted != null && !encrypted.isBlank()) {
            try {
                message = Base64.getDecoder().decode(encrypted.strip());
            } catch (IllegalArgumentException notBase64) {
                message = new byte[0]; // refused below with the same sentence as any non-OpenPGP reply
            }
        } else if (text != null && !text.isBlank()) {
            List<PGPPublicKey> to = new ArrayList<>(OpenPgp.encryptionKeys(intake.submissions.keys(id).publicKey()));
            to.addAll(intake.keys.recipients());
            message = OpenPgp.encrypt(text.getBytes(StandardCharsets.UTF_8), to, "reply.txt");
        } else {
            ctx.redirect(Page.of(ctx, "intake.submission.title", id).href("/workspace/intake/" + id));
            return;
        }
        try {
            intake.submissions.add(id, "investigator", viewer.userId(), message, List.of(), Requests.now(ctx));
        } catch (Submissions.Rejected e) {
            Web.error(ctx, io.javalin.http.HttpStatus.UNPROCESSABLE_CONTENT, "intake.inbox.title", "intake.error.replyRejected");
            return;
        }
        Audit.record(ctx, "reply", "intake_submission", id, null);
        ctx.redirect(Page.of(ctx, "intake.submission.title", id).href("/workspace/intake/" + id), io.javalin.http.HttpStatus.SEE_OTHER);
    }

    private void triage(Context ctx) {
        Viewer viewer = Access.requireRole(ctx, Role.INVESTIGATOR, Role.ADMIN);
        long id = id(ctx);
        String assign = ctx.formParam("assign");
        Long assignee = "me".equals(assign) ? Long.valueOf(viewer.userId()) : null;
        List<String> tags = Arrays.asList(String.valueOf(ctx.formParam("tags") == null ? "" : ctx.formParam("tags")).split(","));
        String back = Page.of(ctx, "intake.submission.title", id).href("/workspace/intake/" + id);
        try {
            store(ctx).triage(id, String.valueOf(ctx.formParam("status")), assignee, tags);
        } catch (IllegalArgumentException e) {
            ctx.redirect(back + "?error=" + java.net.URLEncoder.encode(e.getMessage(), StandardCharsets.UTF_8), io.javalin.http.HttpStatus.SEE_OTHER);
            return;
        }
        Audit.record(ctx, "triage", "intake_submission", id, null);
        ctx.redirect(back, io.javalin.http.HttpStatus.SEE_OTHER);
    }

    /** Records the facts an investigator read in the testimony as a new person with assertions, from the submission's source. */
    private void toRegistry(Context ctx) {
        Viewer viewer = Access.requireRole(ctx, Role.INVESTIGATOR, Role.ADMIN);
        long id = id(ctx);
        Map<String, String> facts = new java.util.HashMap<>();
        for (String field : ToRegistry.FIELDS) facts.put(field, ctx.formParam(field));
        String back = Page.of(ctx, "intake.submission.title", id).href("/workspace/intake/" + id);
        try {
            int credibility = Integer.parseInt(String.valueOf(ctx.formParam("credibility")).strip());
            var recorded = new ToRegistry(Web.site(ctx).database().jdbi()).record(id, facts, credibility, viewer.userId(), Requests.now(ctx));
            ctx.redirect(back + "?person=" + recorded.personId(), io.javalin.http.HttpStatus.SEE_OTHER);
        } catch (IllegalArgumentException e) {
            ctx.redirect(back + "?error=" + java.net.URLEncoder.encode(e.getMessage(), StandardCharsets.UTF_8), io.javalin.http.HttpStatus.SEE_OTHER);
        }
    }

    /** An attached file's ciphertext, as uploaded (decrypt it with GnuPG or in the browser). */
    private void file(Context ctx) throws Exception {
        Access.requireRole(ctx, Role.INVESTIGATOR, Role.ADMIN);
        String upload = ctx.pathParam("upload");
        Audit.read(ctx, "intake_upload", upload);
        try (Connection c = Web.site(ctx).database().dataSource().getConnection()) {
            c.setAutoCommit(false);
            var exists = c.prepareStatement("SELECT length FROM intake_upload WHERE id = ? AND message_id IS NOT NULL");
            exists.setString(1, upload);
            var r = exists.executeQuery();
            if (!r.next()) {
                Web.error(ctx, io.javalin.http.HttpStatus.NOT_FOUND, "error.notFound", "error.notFound.text");
                return;
            }
            ctx.contentType("application/pgp-encrypted").header("Content-Disposition", "attachment; filename=\"" + upload + ".gpg\"");
            try (InputStream in = Uploads.content(c, upload)) {
                in.transferTo(ctx.outputStream());
            }
            c.rollback();
        }
    }

    private static long id(Context ctx) {
        try {
            return Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw new io.javalin.http.NotFoundResponse();
        }
    }
}
