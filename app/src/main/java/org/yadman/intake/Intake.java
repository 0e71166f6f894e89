package org.yadman.intake;

import io.javalin.config.JavalinConfig;
import io.javalin.config.SizeUnit;
import org.yadman.web.Site;
import org.yadman.web.WebServer;

/**
 * The intake capability (docs/intake.md): the public submission pages, the resumable upload
 * protocol, the JSON API the browser's encryption uses, and the investigators' inbox. One
 * instance per running site; it holds the instance-wide throttles and the proof-of-work key.
 */
public final class Intake implements WebServer.Capability {
    final IntakeSettings settings;
    final Uploads uploads;
    final Submissions submissions;
    final IntakeKeys keys;
    final ReceiptKeys receiptKeys;
    final Throttle receiptTries;
    final Throttle newMessages;
    final ProofOfWork work;

    public Intake(Site site) {
        this(site, IntakeSettings.fromSystemProperties());
    }

    public Intake(Site site, IntakeSettings settings) {
        this.settings = settings;
        this.uploads = new Uploads(site.database().dataSource(), settings.maxUploadBytes());
        this.submissions = new Submissions(site.database().jdbi());
        this.keys = new IntakeKeys(site.database().jdbi());
        this.receiptKeys = ReceiptKeys.of(site.database().jdbi());
        this.receiptTries = new Throttle(settings.receiptTriesPerMinute(), site.clock());
        this.newMessages = new Throttle(settings.submissionsPerMinute(), site.clock());
        this.work = new ProofOfWork(settings.powBits(), site.clock());
    }

    @Override
    public void routes(JavalinConfig cfg) {
        // The no-JavaScript form's files stay in memory: a part larger than the in-memory limit is
        // refused rather than spooled to a temporary file, which would put plaintext on disk.
        cfg.jetty.multipartConfig.maxInMemoryFileSize(settings.maxFormFileBytes(), SizeUnit.BYTES);
        cfg.jetty.multipartConfig.maxFileSize(settings.maxFormFileBytes(), SizeUnit.BYTES);
        cfg.jetty.multipartConfig.maxTotalRequestSize(settings.maxFormFileBytes() + (1L << 20), SizeUnit.BYTES);
        // Jetty refuses such a part while the form is parsed, before any handler of ours runs (the
        // csrf check reads the form first): answer that one case with the form and a clear sentence.
        cfg.routes.exception(jakarta.servlet.ServletException.class, (e, ctx) -> {
            if (!SubmitRoutes.refusedAsTooLarge(e, ctx, settings)) {
                org.slf4j.LoggerFactory.getLogger(Intake.class).error("request failed: {} {}", ctx.method(), ctx.path(), e);
                org.yadman.web.Web.error(ctx, io.javalin.http.HttpStatus.INTERNAL_SERVER_ERROR, "error.server", "error.server.text");
            }
        });
        new UploadRoutes(this).register(cfg);
        new ApiRoutes(this).register(cfg);
        new SubmitRoutes(this).register(cfg);
        new InboxRoutes(this).register(cfg);
    }
}
