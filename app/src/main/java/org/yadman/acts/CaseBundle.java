package org.yadman.acts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.yadman.documents.Pdf;
import org.yadman.evidence.BundleContents;
import org.yadman.evidence.BundleWriter;
import org.yadman.web.Lang;

/**
 * A case file as a court bundle: the case file in English and Persian (HTML and PDF), and the proof
 * of every act (its act_recorded leaf), every assertion of those acts (added and retracted), the
 * perpetrator's positions, the source records the acts rest on and the evidence items the file
 * lists (with their files). Written by {@link BundleWriter}, checked by {@code yadman verify}.
 * Nothing of a protected witness is in it: no record, no evidence item, no name.
 */
public final class CaseBundle {
    private CaseBundle() {}

    /** Writes the bundle; returns the number of proved things (leaves and rows). */
    public static int write(Jdbi jdbi, BundleWriter writer, CaseFile.Scope scope, boolean synthetic, Path out, Instant now)
            throws IOException, SQLException {
        Map<Lang, CaseFile> files = new EnumMap<>(Lang.class);
        for (Lang lang : Lang.values()) files.put(lang, jdbi.withHandle(h -> CaseFile.build(h, scope, lang)));
        BundleContents contents = contents(files.get(Lang.EN))
                .heading(lang -> lang.t("acts.case.title", files.get(lang).subject()));
        for (Lang lang : Lang.values()) {
            String html = CaseDocument.html(files.get(lang), lang, synthetic);
            String name = lang == Lang.EN ? "data/case-file" : "data/case-file." + lang.code();
            contents.addDocument(name + ".html", html.getBytes(StandardCharsets.UTF_8));
            contents.addDocument(name + ".pdf", Pdf.render(html, now));
        }
        return writer.write(contents, out, now);
    }

    static BundleContents contents(CaseFile file) {
        BundleContents contents = new BundleContents();
        for (ActQueries.Act act : file.acts()) {
            contents.addAct(act.id());
            for (SourceRef s : act.sources()) if (!s.isProtected() && s.recordId() != null) contents.addRecord(s.recordId());
        }
        for (long id : file.assertionIds()) contents.addAssertion(id);
        for (Perpetrators.Position p : file.positions()) contents.addLogged("perpetrator_position", p.id());
        for (ActQueries.Evidence e : file.evidence()) contents.addEvidence(e.id());
        return contents;
    }
}
