package org.yadman.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProgressBarTest {
    @Test
    void drawsTheFirstReportAndAlwaysTheLast() {
        var bytes = new ByteArrayOutputStream();
        try (var bar = new ProgressBar(new PrintStream(bytes, true, StandardCharsets.UTF_8), 4_000, "sweeps")) {
            bar.accept(1_000);
            bar.accept(1_000); // within 200 ms of the first: not redrawn
            bar.accept(2_000);
        }
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(out).contains("\r[#######.......................]  25%  1,000/4,000 sweeps")
                .contains("\r[##############################] 100%  4,000/4,000 sweeps\n")
                .doesNotContain("2,000/4,000");
    }
}
