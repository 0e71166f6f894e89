package org.yadman.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yadman.accounts.PasswordHasher;
import org.yadman.accounts.Role;
import org.yadman.accounts.Users;
import org.yadman.testing.Browser;
import org.yadman.testing.MutableClock;
import org.yadman.testing.RunningSite;
import org.yadman.testing.TestDatabases;

class WorkspacePagesTest {
    private static final String PASSWORD = "an analyst's long passphrase";
    private static final String SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    /** IPv4 dotted quads and IPv6-looking groups: nothing like them may ever reach the audit table. */
    private static final Pattern IP_LIKE = Pattern.compile("\\b\\d{1,3}(\\.\\d{1,3}){3}\\b|\\b[0-9a-fA-F]{0,4}(:[0-9a-fA-F]{0,4}){2,7}\\b|localhost");

    @Test
    void pagesShowSourcesAndImportsAndEveryReadIsAuditedWithoutAnAddress() {
        var clock = new MutableClock(Instant.parse("2026-05-10T08:30:00Z"));
        try (var site = RunningSite.start(TestDatabases.fresh(), clock)) {
            var jdbi = site.database().jdbi();
            long userId = new Users(jdbi).add("rana", Role.ANALYST, PASSWORD, new PasswordHasher(), clock.instant()).id();
            long sourceId = jdbi.withHandle(h -> {
                long id = h.createQuery("""
                        INSERT INTO source (name, title, reliability, language, synthetic, supplied_by)
                        VALUES ('list-a', 'A list of <names>', 'B', 'fa', true, 'A families'' committee') RETURNING id""")
                        .mapTo(Long.class).one();
                long batch = h.createQuery("""
                        INSERT INTO import_batch (source_id, file_name, content_sha256, mapping, row_count, rejected_count, imported_by, imported_at)
                        VALUES (:s, 'فهرست-۱۳۶۷.csv', :sha, '{}', 3, 1, :u, '2026-05-01T10:00:00Z') RETURNING id""")
                        .bind("s", id).bind("sha", SHA).bind("u", userId).mapTo(Long.class).one();
                for (int row = 1; row <= 3; row++) {
                    h.execute("INSERT INTO source_record (source_id, import_id, record_key, row_number, raw, normalised) VALUES (?, ?, ?, ?, '{}', '{}')",
                            id, batch, "r" + row, row);
                }
                h.execute("INSERT INTO source (name) VALUES ('list-b')");
                return id;
            });
            var browser = new Browser(site);
            browser.signIn("rana", PASSWORD);

            var overview = browser.get("/en/workspace");
            assertThat(overview.statusCode()).isEqualTo(200);
            assertThat(overview.headers().firstValue("Cache-Control")).hasValue("no-store");
            assertThat(overview.body()).contains("<strong>2</strong>").contains("<strong>3</strong>").contains("Signed in as rana (analyst)");

            var sources = browser.get("/en/workspace/sources");
            assertThat(sources.body()).contains("list-a").contains("list-b").contains("A list of &lt;names&gt;").doesNotContain("<names>")
                    .containsPattern("(?s)list-a</a>.*?<td>3</td>\\s*<td>1</td>\\s*<td>B</td>\\s*<td>yes</td>");

            var source = browser.get("/en/workspace/sources/" + sourceId);
            assertThat(source.body()).contains("فهرست-۱۳۶۷.csv").contains(SHA)
                    .contains("2026-05-01 10:00 UTC").contains("A families' committee").contains("synthetic demonstration data");

            var imports = browser.get("/fa/workspace/imports");
            assertThat(imports.body()).contains("dir=\"rtl\"").contains("<td>۳</td>").contains(SHA).contains("rana")
                    .contains("اردیبهشت"); // 1 May 2026 falls in Ordibehesht 1405

            assertThat(browser.get("/fa/workspace/sources/" + org.yadman.web.Lang.FA.number(sourceId)).statusCode())
                    .as("Persian digits in the address").isEqualTo(200);
            assertThat(browser.get("/en/workspace/sources/999").statusCode()).isEqualTo(404);
            assertThat(browser.get("/en/workspace/sources/abc").statusCode()).isEqualTo(404);

            List<Map<String, Object>> reads = jdbi.withHandle(h -> h.createQuery(
                    "SELECT user_id, action, target_kind, target_id, at FROM audit_event WHERE action = 'read' ORDER BY id").mapToMap().list());
            assertThat(reads).extracting(r -> r.get("target_kind") + "/" + r.get("target_id")).containsExactly(
                    "workspace/null", // the sign-in lands on the overview
                    "workspace/null", "source/null", "source/" + sourceId, "import_batch/null", "source/" + sourceId);
            assertThat(reads).allSatisfy(r -> {
                assertThat(((Number) r.get("user_id")).longValue()).isEqualTo(userId);
                assertThat(r.get("at").toString()).startsWith("2026-05-10");
            });
            List<String> everyAuditValue = jdbi.withHandle(h -> h.createQuery(
                    "SELECT concat_ws(' ', action, target_kind, target_id, detail) FROM audit_event").mapTo(String.class).list());
            assertThat(everyAuditValue).isNotEmpty().allSatisfy(v -> assertThat(v).doesNotContainPattern(IP_LIKE));
            List<String> columns = jdbi.withHandle(h -> h.createQuery(
                    "SELECT column_name FROM information_schema.columns WHERE table_name = 'audit_event'").mapTo(String.class).list());
            assertThat(columns).noneMatch(c -> c.contains("ip") || c.contains("agent") || c.contains("addr"));
        }
    }
}
