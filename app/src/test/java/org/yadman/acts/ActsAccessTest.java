package org.yadman.acts;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.router.Endpoint;
import io.javalin.router.ParsedEndpoint;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yadman.accounts.Role;
import org.yadman.linkage.PersianText;
import org.yadman.testing.Browser;
import org.yadman.testing.RunningSite;

/**
 * Investigators record acts through the forms (Persian digits accepted); analysts read but every
 * state-changing workspace route refuses them and changes nothing, publication included; a form
 * without its token is refused; bad input names its field and writes nothing.
 */
class ActsAccessTest {
    private static final List<String> TABLES = List.of("act", "assertion", "ledger_entry", "place", "perpetrator", "perpetrator_position",
            "grave_site_status", "publication", "act_victim", "audit_event WHERE action <> 'read' AND action NOT LIKE 'login%'");

    @Test
    void investigatorsRecordAnalystsOnlyRead() {
        try (var site = RunningSite.start()) {
            var f = new ActFixtures(site.database().jdbi());
            f.user("ina", Role.INVESTIGATOR);
            f.user("ana", Role.ANALYST);
            long source = f.source("list-a", "List A", "a committee", false);
            long v1 = f.victim(source, "A1", "حسین کریمی", "Hossein Karimi");
            long v2 = f.victim(source, "A2", "علی رضایی", "Ali Rezaei");
            long judge = f.perpetrator("قاضی آزمون", "Judge Test", source);
            long evin = f.prison("اوین", "Evin");

            var ina = new Browser(site);
            ina.signIn("ina", ActFixtures.PASSWORD);
            assertThat(ina.get("/fa/workspace/acts/new").body()).contains("id=\"act-form\"", "قاضی آزمون", "اوین");
            var created = ina.post("/fa/workspace/acts", Map.of("type", "execution", "date", "۱۳۶۷/۰۵/۰۶", "place", toPersian(evin),
                    "victims", toPersian(v1) + "، " + v2, "perpetrator1", Long.toString(judge), "involvement1", "ordered",
                    "role1", "Judge of the commission", "source", Long.toString(source), "credibility", "۲"));
            assertThat(created.statusCode()).isEqualTo(303);
            String location = created.headers().firstValue("Location").orElseThrow();
            assertThat(location).matches("/fa/workspace/acts/[0-9]+");
            String act = ina.get(location.replace("/fa/", "/en/")).body();
            assertThat(act).contains("Hossein Karimi", "Ali Rezaei", "Judge Test", "Judge of the commission", "Evin", "۱۳۶۷/۰۵/۰۶", "1988-07-28");
            assertThat(f.count("SELECT count(*) FROM act_victim")).isEqualTo(2);

            long acts = f.count("SELECT count(*) FROM act");
            var bad = ina.post("/en/workspace/acts", Map.of("type", "execution", "victims", "999999", "source", Long.toString(source),
                    "credibility", "2"));
            assertThat(bad.statusCode()).isEqualTo(400);
            assertThat(bad.body()).contains("victims", "no person with id 999999");
            var noToken = ina.postExactly("/en/workspace/acts", Map.of("type", "arrest", "victims", Long.toString(v1),
                    "source", Long.toString(source), "credibility", "2"));
            assertThat(noToken.statusCode()).isEqualTo(403);
            assertThat(f.count("SELECT count(*) FROM act")).isEqualTo(acts);

            var ana = new Browser(site);
            ana.signIn("ana", ActFixtures.PASSWORD);
            assertThat(ana.get("/en/workspace/acts").body()).contains("Hossein Karimi").doesNotContain("/workspace/acts/new\"");
            assertThat(ana.get("/en/workspace/perpetrators/" + judge).body()).contains("Judge of the commission").doesNotContain("position-form");
            assertThat(ana.get("/en/workspace/acts/new").statusCode()).isEqualTo(403);
            assertThat(ana.get("/en/workspace/acts/proposals").statusCode()).isEqualTo(403);

            Map<String, Long> before = counts(f);
            List<Endpoint> posts = site.app().unsafe.internalRouter.allHttpHandlers().stream().map((ParsedEndpoint p) -> p.endpoint)
                    .filter(e -> e.method.name().equals("POST") && e.path.contains("/workspace")).toList();
            assertThat(posts).extracting(e -> e.path).contains("/en/workspace/acts", "/fa/workspace/perpetrators/{id}/positions",
                    "/en/workspace/places/{id}/status", "/en/workspace/acts/sources/{id}/protect", "/en/workspace/acts/proposals");
            long firstAssertion = f.count("SELECT min(id) FROM assertion WHERE act_id IS NOT NULL");
            for (Endpoint post : posts) {
                String path = post.path.replace("{id}", Long.toString(post.path.contains("/facts/") ? firstAssertion : judge))
                        .replaceAll("\\{[^}]*}", "1");
                var response = ana.post(path, Map.ofEntries(Map.entry("type", "arrest"), Map.entry("victims", Long.toString(v1)),
                        Map.entry("source", Long.toString(source)), Map.entry("credibility", "2"), Map.entry("person", Long.toString(v2)),
                        Map.entry("field", "victim"), Map.entry("reason", "r"), Map.entry("kind", "prison"), Map.entry("persian", "x"),
                        Map.entry("institution", "i"), Map.entry("role", "r"), Map.entry("status", "reported"), Map.entry("decision", "accept")));
                assertThat(response.statusCode()).as("analyst POST " + path).isEqualTo(403);
            }
            assertThat(counts(f)).as("an analyst changed nothing").isEqualTo(before);
        }
    }

    private static Map<String, Long> counts(ActFixtures f) {
        var out = new java.util.TreeMap<String, Long>();
        for (String table : TABLES) out.put(table, f.count("SELECT count(*) FROM " + table));
        out.put("protected sources", f.count("SELECT count(*) FROM source WHERE protected"));
        return out;
    }

    private static String toPersian(long n) {
        StringBuilder s = new StringBuilder();
        for (char c : Long.toString(n).toCharArray()) s.append((char) ('۰' + (c - '0')));
        assertThat(PersianText.digitsToAscii(s.toString())).isEqualTo(Long.toString(n));
        return s.toString();
    }
}
