package org.yadman.acts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yadman.accounts.Role;
import org.yadman.demo.DemoSetup;
import org.yadman.evidence.BundleVerifier;
import org.yadman.evidence.BundleWriter;
import org.yadman.evidence.EvidenceStore;
import org.yadman.evidence.LogKeys;
import org.yadman.evidence.LogVerifier;
import org.yadman.testing.Browser;
import org.yadman.testing.RunningSite;
import org.yadman.web.Lang;

/**
 * The demo's invented judge: the case file lists exactly the acts the assertions link to them and
 * the evidence items of those acts' sources (the protected witness's item withheld, their identity
 * nowhere), and its court bundle verifies offline. The whole log still verifies after the demo.
 */
class DemoCaseFileTest {
    @TempDir Path data;

    @Test
    void aDemoPerpetratorsCaseFileHoldsExactlyTheirActsAndEvidenceAndItsBundleVerifies() throws Exception {
        var logKey = LogKeys.init(data, "yadman.test/log");
        try (var site = RunningSite.start(true)) {
            var db = site.database();
            DemoSetup.ensure(db, data, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), 250);
            var f = new ActFixtures(db.jdbi());
            long judge = f.count("SELECT person_id FROM assertion WHERE field = 'full_name' AND value = 'Judge Sample-One (invented)'");

            // What the assertions say, read without the derived tables the case file uses.
            List<Long> expectedActs = db.jdbi().withHandle(h -> h.createQuery("""
                    SELECT DISTINCT act_id FROM assertion WHERE field = 'perpetrator' AND retracted_at IS NULL
                    AND split_part(value, '|', 1) = :p ORDER BY act_id""").bind("p", Long.toString(judge)).mapTo(Long.class).list());
            List<Long> expectedEvidence = db.jdbi().withHandle(h -> h.createQuery("""
                    SELECT e.id FROM evidence_item e JOIN source s ON s.id = e.source_id AND NOT s.protected
                    WHERE e.source_id IN (SELECT source_id FROM assertion WHERE act_id IN (<acts>) AND retracted_at IS NULL
                                          UNION SELECT source_id FROM perpetrator_position WHERE person_id = :p) ORDER BY e.id""")
                    .bindList("acts", expectedActs).bind("p", judge).mapTo(Long.class).list());
            assertThat(expectedActs).hasSizeGreaterThan(3);
            assertThat(expectedEvidence).hasSize(1);

            CaseFile file = db.jdbi().withHandle(h -> CaseFile.build(h, CaseFile.Scope.perpetrator(judge), Lang.EN));
            assertThat(file.acts()).extracting(ActQueries.Act::id).containsExactlyInAnyOrderElementsOf(expectedActs);
            assertThat(file.evidence()).extracting(ActQueries.Evidence::id).containsExactlyElementsOf(expectedEvidence);
            assertThat(file.withheldEvidence()).isEqualTo(1);
            assertThat(file.positions()).extracting(Perpetrators.Position::role).containsExactly("Sharia judge of the commission");

            f.user("ina", Role.INVESTIGATOR);
            var browser = new Browser(site);
            browser.signIn("ina", ActFixtures.PASSWORD);
            String page = browser.get("/en/workspace/cases/perpetrator/" + judge).body();
            List<Long> shown = java.util.regex.Pattern.compile("<tr class=\"act\" id=\"act-([0-9]+)\"").matcher(page).results()
                    .map(m -> Long.parseLong(m.group(1))).sorted().toList();
            assertThat(shown).isEqualTo(expectedActs);
            assertThat(page).contains("commission-minutes-synthetic.txt", "Protected witness W-")
                    .doesNotContain("Protected witnesses (synthetic demo)", "synthetic-demo-protected-witnesses", "testimony-synthetic.txt");
            assertThat(browser.get("/fa/workspace/cases/perpetrator/" + judge).body()).contains("شاهدِ حمایت‌شده", "dir=\"rtl\"");

            Path zip = data.resolve("judge.zip");
            var writer = new BundleWriter(db.dataSource(), EvidenceStore.in(data), LogKeys.signer(data));
            int events = CaseBundle.write(db.jdbi(), writer, CaseFile.Scope.perpetrator(judge), true, zip, Instant.now());
            var report = BundleVerifier.verify(zip, null);
            assertThat(report.problems()).isEmpty();
            assertThat(report.items()).isEqualTo(events);
            try (var bag = new ZipFile(zip.toFile())) {
                List<String> names = Collections.list(bag.entries()).stream().map(java.util.zip.ZipEntry::getName).toList();
                assertThat(names).contains("data/case-file.html", "data/case-file.fa.html", "data/case-file.pdf", "data/case-file.fa.pdf",
                        "data/evidence/" + expectedEvidence.get(0) + "/commission-minutes-synthetic.txt")
                        .noneMatch(n -> n.contains("testimony-synthetic"));
                for (String name : names) {
                    String text = new String(bag.getInputStream(bag.getEntry(name)).readAllBytes(), StandardCharsets.UTF_8);
                    assertThat(text).as(name).doesNotContain("Protected witnesses (synthetic demo)", "synthetic-demo-protected-witnesses");
                }
                long actLeaves = names.stream().filter(n -> n.endsWith("/leaf")).map(n -> text(bag, n))
                        .filter(t -> t.contains("\nkind act_recorded\n")).count();
                assertThat(actLeaves).isEqualTo(expectedActs.size());
            }
            assertThat(LogVerifier.verify(db.dataSource(), logKey, EvidenceStore.in(data)).problems()).isEmpty();
        }
    }

    private static String text(ZipFile zip, String name) {
        try {
            return new String(zip.getInputStream(zip.getEntry(name)).readAllBytes(), StandardCharsets.US_ASCII);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
