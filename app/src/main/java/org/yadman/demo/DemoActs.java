package org.yadman.demo;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.yadman.acts.ActDraft;
import org.yadman.acts.ActRecorder;
import org.yadman.acts.ActType;
import org.yadman.acts.Fact;
import org.yadman.acts.GraveSites;
import org.yadman.acts.Involvement;
import org.yadman.acts.Perpetrators;
import org.yadman.acts.ProposedExecutions;
import org.yadman.evidence.EvidenceItems;
import org.yadman.evidence.EvidenceStore;
import org.yadman.linkage.UncertainDate;
import org.yadman.store.Database;
import org.yadman.web.Lang;

/**
 * The demo's acts, after its lists are imported and linked: the gazetteer ({@link DemoPlaces}),
 * execution acts proposed from the lists and saved as an investigator would, four INVENTED
 * perpetrators (their names say so) with positions, linked to some of those acts, a trial, a burial
 * and a threat to a family told by a protected witness, a grave site's status history, and two
 * evidence items. Everything cites one of two synthetic sources. Runs once: a later run finds the
 * sources and changes nothing.
 */
final class DemoActs {
    static final String RECORDS = "synthetic-demo-commission-records";
    static final String TESTIMONIES = "synthetic-demo-protected-witnesses";
    /** Execution acts saved from the lists' proposals: enough for case files, few enough for a quick demo. */
    static final int EXECUTIONS = 120;

    private DemoActs() {}

    /** The invented perpetrators: Persian name, English name, institution, role in acts, period held. */
    record Invented(String persian, String english, String institution, String role, String period) {}

    static final List<Invented> PERPETRATORS = List.of(
            new Invented("قاضی نمونهٔ یکم (ساختگی)", "Judge Sample-One (invented)", "Commission of the capital (synthetic)",
                    "Sharia judge of the commission", "summer 1988"),
            new Invented("دادستان نمونهٔ دوم (ساختگی)", "Prosecutor Sample-Two (invented)", "Commission of the capital (synthetic)",
                    "Prosecutor on the commission", "summer 1988"),
            new Invented("رئیس زندان نمونهٔ سوم (ساختگی)", "Warden Sample-Three (invented)", "Gohardasht prison administration (synthetic)",
                    "Warden", "1987"),
            new Invented("مأمور نمونهٔ چهارم (ساختگی)", "Official Sample-Four (invented)", "Intelligence office (synthetic)",
                    "Official in charge of families", "1989"));

    static boolean exists(Database db) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM source WHERE name = :n").bind("n", RECORDS).mapTo(Long.class).one() > 0);
    }

    static void ensure(Database db, Path dataDirectory, PrintStream out) {
        if (exists(db)) return;
        Instant now = Clock.systemUTC().instant();
        Map<String, Long> made = db.jdbi().inTransaction(h -> create(h, now));
        long records = made.get("records");
        long testimonies = made.get("testimonies");
        try {
            EvidenceItems items = new EvidenceItems(db.dataSource(), EvidenceStore.in(dataDirectory));
            items.receive(text("SYNTHETIC DEMONSTRATION DATA. Invented minutes of an invented commission session, summer 1988.\n"),
                    "commission-minutes-synthetic.txt", RECORDS, "synthetic demo", "demo", now);
            items.receive(text("SYNTHETIC DEMONSTRATION DATA. An invented testimony by an invented protected witness.\n"),
                    "testimony-synthetic.txt", TESTIMONIES, "synthetic demo", "demo", now);
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("cannot store the demo's evidence items: " + e.getMessage(), e);
        }
        out.printf("Recorded %d synthetic acts, %d invented perpetrators (sources %d and %d)%n", made.get("acts"), PERPETRATORS.size(),
                records, testimonies);
    }

    private static Map<String, Long> create(Handle h, Instant now) {
        long records = source(h, RECORDS, "Commission records (synthetic demo)", "B", false);
        long testimonies = source(h, TESTIMONIES, "Protected witnesses (synthetic demo)", "C", true);
        long grave = DemoPlaces.add(h, NameTables.load());
        List<Long> perpetrators = new ArrayList<>();
        for (Invented p : PERPETRATORS) {
            long id = Perpetrators.create(h, p.persian(), p.english(), records, 2, null, now);
            Perpetrators.addPosition(h, id, p.institution(), p.role(), date(p.period()), records, 2, null, now);
            perpetrators.add(id);
        }
        List<ProposedExecutions.Proposal> proposals = ProposedExecutions.list(h, EXECUTIONS, Lang.EN).stream()
                .filter(ProposedExecutions.Proposal::saveable).toList();
        var chosen = new HashSet<Long>();
        proposals.forEach(p -> chosen.add(p.personId()));
        List<Long> acts = ProposedExecutions.save(h, chosen, 3, EXECUTIONS, null, now);
        List<long[]> evin = new ArrayList<>(); // [act, victim, place] at the capital's prisons
        for (long act : acts) {
            var row = h.createQuery("""
                    SELECT a.id, v.person_id, a.place_id FROM act_standing a JOIN act_victim v ON v.act_id = a.id
                    JOIN place_name n ON n.place_id = a.place_id AND n.name IN ('Evin', 'Gohardasht') WHERE a.id = :id""")
                    .bind("id", act).map((rs, c) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)}).findOne();
            row.ifPresent(evin::add);
        }
        var onRecords = new Fact.Provenance(records, 2, null, now);
        for (long[] a : evin) {
            ActRecorder.addFact(h, a[0], "perpetrator", link(perpetrators.get(0), Involvement.ORDERED, PERPETRATORS.get(0).role()).assertionValue(), onRecords);
            ActRecorder.addFact(h, a[0], "perpetrator", link(perpetrators.get(1), Involvement.PARTICIPATED, PERPETRATORS.get(1).role()).assertionValue(),
                    onRecords);
        }
        long extra = 0;
        if (evin.size() >= 2) {
            ActRecorder.record(h, new ActDraft(ActType.TRIAL, date("Mordad 1367"), evin.get(0)[2], "A few minutes' hearing (synthetic).",
                    List.of(evin.get(0)[1], evin.get(1)[1]), List.of(link(perpetrators.get(0), Involvement.COMMITTED, "Presiding judge"),
                    link(perpetrators.get(1), Involvement.PARTICIPATED, "Prosecutor")), testimonies, null, 3), null, now);
            ActRecorder.record(h, new ActDraft(ActType.BURIAL, date("Shahrivar 1367"), grave, "Buried in an unmarked trench (synthetic).",
                    List.of(evin.get(0)[1], evin.get(1)[1]), List.of(), testimonies, null, 3), null, now);
            ActRecorder.record(h, new ActDraft(ActType.THREAT_TO_FAMILY, date("1368"), null, "Family told not to hold a memorial (synthetic).",
                    List.of(evin.get(0)[1]), List.of(link(perpetrators.get(3), Involvement.COMMITTED, "Official in charge of families")),
                    testimonies, null, 3), null, now);
            extra = 3;
        }
        GraveSites.record(h, grave, "reported", date("Shahrivar 1367"), testimonies, null, "Fresh trenches seen by families (synthetic).", null, now);
        GraveSites.record(h, grave, "confirmed", date("1369"), records, null, null, null, now);
        return Map.of("records", records, "testimonies", testimonies, "acts", acts.size() + extra);
    }

    private static ActDraft.PerpetratorLink link(long person, Involvement involvement, String role) {
        return new ActDraft.PerpetratorLink(person, involvement, role);
    }

    private static long source(Handle h, String name, String title, String reliability, boolean isProtected) {
        return h.createUpdate("""
                INSERT INTO source (name, title, supplied_by, obtained_how, reliability, language, script, default_calendar, synthetic, protected)
                VALUES (:name, :title, 'Yadman demo generator', 'invented for demonstration', :rel, 'fa', 'mixed', 'solar_hijri', true, :protected)""")
                .bind("name", name).bind("title", title).bind("rel", reliability).bind("protected", isProtected)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    private static UncertainDate date(String text) {
        return UncertainDate.parse(text, UncertainDate.Calendar.SOLAR_HIJRI);
    }

    private static ByteArrayInputStream text(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }
}
