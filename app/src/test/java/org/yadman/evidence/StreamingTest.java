package org.yadman.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files are streamed, never held: 200 MB go into the store through a 64 MB heap. */
class StreamingTest {
    @TempDir Path dir;

    @Test
    void twoHundredMegabytesThroughASixtyFourMegabyteHeap() throws Exception {
        long size = 200L << 20;
        Process child = ChildJvm.start(List.of("-Xmx64m"), GeneratedStream.class, dir.toString(), Long.toString(size));
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(child.exitValue()).as(output).isZero();
        DigestInputStream expected = new DigestInputStream(new GeneratedStream(size), RowDigests.sha256());
        expected.transferTo(java.io.OutputStream.nullOutputStream());
        String sha = HexFormat.of().formatHex(expected.getMessageDigest().digest());
        assertThat(output).contains("stored " + size + " bytes as " + sha);
        Path stored = new EvidenceStore(dir).path(sha);
        assertThat(Files.size(stored)).isEqualTo(size);
        assertThat(new EvidenceStore(dir).check(sha)).isNull();
        try (var tmp = Files.list(dir.resolve("tmp"))) {
            assertThat(tmp).as("no temporary file left").isEmpty();
        }
    }
}
