package org.yadman.intake;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bouncycastle.openpgp.PGPPublicKey;
import org.yadman.accounts.Accounts;
import org.yadman.web.Page;
import org.yadman.web.Web;

/**
 * The public submission pages, complete without JavaScript (Tor Browser's safer mode): the form
 * ({@code /{lang}/testify}), the receipt shown once, and the return page where a receipt opens
 * the conversation. Without a script the server encrypts on arrival, in memory: the plaintext is
 * never written to disk, the database or a log. With a script (static/intake/*.js) the same forms
 * are sent already encrypted through {@link ApiRoutes} and these handlers are not used.
 */
final class SubmitRoutes {
    static final String WRONG_RECEIPT_EN = "no submission matches this receipt, or there were too many tries; check it and try again in a minute";
    private static final SecureRandom RANDOM = new SecureRandom();
    private final Intake intake;
    private final ReceiptLookup lookup;

    SubmitRoutes(Intake intake) {
        this.intake = intake;
        this.lookup = new ReceiptLookup(intake);
    }

    void register(JavalinConfig cfg) {
        for (String lang : List.of("en", "fa")) {
            cfg.routes.get("/" + lang + "/testify", this::form);
            cfg.routes.post("/" + lang + "/testify", this::submit);
            cfg.routes.get("/" + lang + "/testify/return", this::returnForm);
            cfg.routes.post("/" + lang + "/testify/return", this::conversation);
            cfg.routes.post("/" + lang + "/testify/add", this::add);
        }
    }

    private void form(Context ctx) {
        renderForm(ctx, "", Map.of(), "");
    }

    private void renderForm(Context ctx, String error, Map<String, String> fields, String text) {
        ctx.header("Cache-Control", "no-store");
        Web.render(ctx, "intake/form.jte", Map.of("page", Page.of(ctx, "intake.form.title"), "formToken", Accounts.formToken(ctx),
                "error", error, "fields", fields, "text", text, "maxFileBytes", (long) intake.settings.maxFormFileBytes(),
                "ready", !intake.keys.active().isEmpty()));
    }

    private void submit(Context ctx) throws SQLException, IOException {
        Page page = Page.of(ctx, "intake.form.title");
        Map<String, String> fields = new HashMap<>();
        for (String f : Testimony.FIELDS) fields.put(f, nonNull(ctx.formParam(f)));
        String text = nonNull(ctx.formParam("testimony"));
        String kind = "complaint".equals(ctx.formParam("kind")) ? "complaint" : "testimony";
        List<UploadedFile> files = ctx.uploadedFiles("files").stream().filter(f -> f.size() > 0).toList();
        List<PGPPublicKey> recipients = intake.keys.recipients();
        if (recipients.isEmpty()) {
            renderForm(ctx, page.t("intake.error.notReady"), fields, text);
            return;
        }
        if (text.isBlank() && files.isEmpty()) {
            renderForm(ctx, page.t("intake.error.empty"), fields, text);
            return;
        }
        if (!intake.newMessages.tryAcquire()) {
            renderForm(ctx, page.t("intake.error.busy"), fields, text);
            return;
        }
        Instant now = Requests.now(ctx);
        Receipt receipt = Receipt.random(RANDOM);
        OpenPgp.KeyPair submitter = OpenPgp.newSubmitterKey(intake.receiptKeys.keyPassphrase(receipt), Date.from(now));
        try {
            List<Testimony.FileLine> lines = new ArrayList<>();
            List<String> uploads = encryptFiles(files, recipients, lines, now);
            byte[] message = OpenPgp.encrypt(Testimony.write(kind, fields, lines, text), recipients, "testimony.txt");
            Submissions.Filed filed = intake.submissions.file(ReceiptKeys.lookupHash(intake.receiptKeys.lookupSecret(receipt)), submitter,
                    "server", message, uploads, now);
            ctx.header("Cache-Control", "no-store");
            Web.render(ctx, "intake/receipt.jte", Map.of("page", Page.of(ctx, "intake.receipt.title"), "receipt", receipt.grouped(),
                    "messageId", filed.messageId(), "sha256", filed.sha256()));
        } catch (Submissions.Rejected | Uploads.Refused e) {
            renderForm(ctx, page.t("intake.error.rejected", e.getMessage()), fields, text);
        }
    }

    /** Each file padded, encrypted to the organisation and stored as a completed upload; fills {@code lines}. */
    private List<String> encryptFiles(List<UploadedFile> files, List<PGPPublicKey> recipients, List<Testimony.FileLine> lines, Instant now)
            throws IOException, SQLException, Uploads.Refused {
        List<String> ids = new ArrayList<>();
        int n = 0;
        for (UploadedFile file : files) {
            byte[] plain;
            try (InputStream in = file.content()) {
                plain = in.readAllBytes();
            }
            String name = file.filename() == null || file.filename().isBlank() ? "file-" + (n + 1) : file.filename();
            lines.add(new Testimony.FileLine(++n, name, file.contentType() == null ? "application/octet-stream" : file.contentType(),
                    plain.length, java.util.HexFormat.of().formatHex(ReceiptKeys.sha256(plain))));
            byte[] padded = java.util.Arrays.copyOf(plain, (int) Testimony.paddedSize(plain.length));
            java.util.Arrays.fill(plain, (byte) 0);
            byte[] ciphertext = OpenPgp.encrypt(padded, recipients, name);
            java.util.Arrays.fill(padded, (byte) 0);
            String id = intake.uploads.create(ciphertext.length, now).id();
            for (int at = 0; at < ciphertext.length; at += Uploads.MAX_CHUNK) {
                int end = Math.min(ciphertext.length, at + Uploads.MAX_CHUNK);
                intake.uploads.append(id, at, java.util.Arrays.copyOfRange(ciphertext, at, end), null, now);
            }
            ids.add(id);
        }
        return ids;
    }

    private void returnForm(Context ctx) {
        ctx.header("Cache-Control", "no-store");
        Web.render(ctx, "intake/return.jte", Map.of("page", Page.of(ctx, "intake.return.title"), "formToken", Accounts.formToken(ctx), "error", ""));
    }

    private void conversation(Context ctx) {
        long started = System.nanoTime();
        Receipt receipt = Receipt.parse(ctx.formParam("receipt"));
        Optional<Long> submission = lookup.byReceipt(receipt, started);
        if (submission.isEmpty()) {
            wrongReceipt(ctx);
            return;
        }
        renderConversation(ctx, submission.get(), receipt, "");
    }

    private void add(Context ctx) throws SQLException, IOException {
        long started = System.nanoTime();
        Receipt receipt = Receipt.parse(ctx.formParam("receipt"));
        Optional<Long> submission = lookup.byReceipt(receipt, started);
        if (submission.isEmpty()) {
            wrongReceipt(ctx);
            return;
        }
        Page page = Page.of(ctx, "intake.return.title");
        String text = nonNull(ctx.formParam("testimony"));
        List<UploadedFile> files = ctx.uploadedFiles("files").stream().filter(f -> f.size() > 0).toList();
        List<PGPPublicKey> recipients = intake.keys.recipients();
        String notice;
        if (text.isBlank() && files.isEmpty()) {
            notice = page.t("intake.error.empty");
        } else if (recipients.isEmpty()) {
            notice = page.t("intake.error.notReady");
        } else if (!intake.newMessages.tryAcquire()) {
            notice = page.t("intake.error.busy");
        } else {
            Instant now = Requests.now(ctx);
            try {
                List<Testimony.FileLine> lines = new ArrayList<>();
                List<String> uploads = encryptFiles(files, recipients, lines, now);
                byte[] message = OpenPgp.encrypt(Testimony.write("addition", Map.of(), lines, text), recipients, "addition.txt");
                intake.submissions.add(submission.get(), "submitter", null, message, uploads, now);
                notice = page.t("intake.return.added");
            } catch (Submissions.Rejected | Uploads.Refused e) {
                notice = page.t("intake.error.rejected", e.getMessage());
            }
        }
        renderConversation(ctx, submission.get(), receipt, notice);
    }

    private void renderConversation(Context ctx, long submissionId, Receipt receipt, String notice) {
        var keys = intake.submissions.keys(submissionId);
        char[] passphrase = intake.receiptKeys.keyPassphrase(receipt);
        List<ConversationEntry> entries = new ArrayList<>();
        for (Submissions.Message m : intake.submissions.messages(submissionId)) {
            String text = null;
            if (m.author().equals("investigator")) {
                try {
                    text = new String(OpenPgp.decrypt(m.ciphertext(), keys.secretKey(), passphrase), java.nio.charset.StandardCharsets.UTF_8);
                } catch (IllegalArgumentException e) {
                    text = Page.of(ctx, "intake.return.title").t("intake.return.unreadable");
                }
            }
            entries.add(new ConversationEntry(m.id(), m.author(), m.createdAt().toString().substring(0, 16).replace('T', ' '), text, m.sha256(), m.files().size()));
        }
        java.util.Arrays.fill(passphrase, '\0');
        ctx.header("Cache-Control", "no-store");
        Web.render(ctx, "intake/conversation.jte", Map.of("page", Page.of(ctx, "intake.return.title"), "formToken", Accounts.formToken(ctx),
                "receipt", receipt.digits(), "entries", entries, "notice", notice));
    }

    private void wrongReceipt(Context ctx) {
        ctx.status(404).header("Cache-Control", "no-store");
        Web.render(ctx, "intake/return.jte", Map.of("page", Page.of(ctx, "intake.return.title"), "formToken", Accounts.formToken(ctx),
                "error", Page.of(ctx, "intake.return.title").t("intake.return.wrong")));
    }

    /** Whether {@code e} is Jetty refusing a form part over the in-memory limit on an intake page; if so, answers 413 with the form. */
    static boolean refusedAsTooLarge(Exception e, Context ctx, IntakeSettings settings) {
        boolean tooLarge = false;
        for (Throwable t = e; t != null && !tooLarge; t = t.getCause()) {
            tooLarge = t.getMessage() != null && (t.getMessage().contains("max file size exceeded") || t.getMessage().contains("max length exceeded"));
        }
        if (!tooLarge || !ctx.path().matches("/(en|fa)/testify(/add)?")) return false;
        Page page = Page.of(ctx, "intake.form.title");
        ctx.status(413).header("Cache-Control", "no-store");
        Web.render(ctx, "intake/form.jte", Map.of("page", page, "formToken", Accounts.formToken(ctx),
                "error", page.t("intake.error.tooLarge", settings.maxFormFileBytes() >> 20), "fields", Map.of(), "text", "",
                "maxFileBytes", (long) settings.maxFormFileBytes(), "ready", true));
        return true;
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
