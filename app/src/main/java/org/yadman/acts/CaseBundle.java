package org.yadman.acts;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.yadman.evidence.BundleWriter;
import org.yadman.web.Lang;

/**
 * A case file as a court bundle: the case file in English and Persian, and every logged event
 * about its acts, their assertions, the perpetrator's positions and the evidence items it lists
 * (with their files), each with a proof to one signed checkpoint. Written by {@link BundleWriter},
 * checked by {@code yadman verify}. Evidence of protected witnesses is not in it.
 */
public final class CaseBundle {
    private CaseBundle() {}

    /** Writes the bundle; returns the number of logged events it carries. */
    public static int write(Jdbi jdbi, BundleWriter writer, CaseFile.Scope scope, boolean synthetic, Path out, Instant now)
            throws IOException, SQLException {
        Map<String, String> documents = new LinkedHashMap<>();
        CaseFile english = jdbi.withHandle(h -> CaseFile.build(h, scope, Lang.EN));
        documents.put("data/case-file.html", CaseDocument.html(english, Lang.EN, synthetic));
        CaseFile persian = jdbi.withHandle(h -> CaseFile.build(h, scope, Lang.FA));
        documents.put("data/case-file.fa.html", CaseDocument.html(persian, Lang.FA, synthetic));
        return writer.writeTargets(targets(english), documents, out, now);
    }

    static List<BundleWriter.Target> targets(CaseFile file) {
        List<BundleWriter.Target> targets = new ArrayList<>();
        for (ActQueries.Act act : file.acts()) targets.add(new BundleWriter.Target("act", act.id()));
        for (long id : file.assertionIds()) targets.add(new BundleWriter.Target("assertion", id));
        for (Perpetrators.Position p : file.positions()) targets.add(new BundleWriter.Target("perpetrator_position", p.id()));
        for (ActQueries.Evidence e : file.evidence()) targets.add(new BundleWriter.Target("evidence_item", e.id()));
        return targets;
    }
}
