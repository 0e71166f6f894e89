package org.yadman.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yadman.testing.RunningSite;

/** The no-JavaScript form refuses a file over its in-memory limit with a clear page, and keeps nothing. */
class FormLimitTest {
    @Test
    void aFileOverTheFormLimitIsRefusedClearly() {
        try (var site = RunningSite.start()) {
            IntakeFixtures.installOrgKey(site.database());
            var client = new IntakeClient(site.baseUrl());
            byte[] big = new byte[IntakeSettings.DEFAULTS.maxFormFileBytes() + 1];
            var refused = client.postMultipart("/en/testify", Map.of("testimony", "with a big file"), List.of(Map.entry("big.bin", big)));
            assertThat(refused.statusCode()).isEqualTo(413);
            assertThat(refused.body()).contains("A file is over 25 MB");
            long kept = site.database().jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM intake_message").mapTo(Long.class).one());
            assertThat(kept).isZero();
        }
    }
}
