package org.yadman.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class LeafRecordTest {
    private static final String HEX = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    @Test
    void bytesAreTheDocumentedLinesAndParseBackIdentically() {
        LeafRecord leaf = new LeafRecord("import", "import_batch", 7, List.of(new LeafRecord.Part("file", HEX), new LeafRecord.Part("row", HEX)));
        String text = "yadman-leaf/v1\nkind import\ntarget import_batch 7\nfile " + HEX + "\nrow " + HEX + "\n";
        assertThat(new String(leaf.bytes(), StandardCharsets.US_ASCII)).isEqualTo(text);
        LeafRecord back = LeafRecord.parse(text.getBytes(StandardCharsets.US_ASCII));
        assertThat(back).isEqualTo(leaf);
        assertThat(back.bytes()).isEqualTo(leaf.bytes());
    }

    @Test
    void nonCanonicalFormsAreRefused() {
        String good = "yadman-leaf/v1\nkind custody\ntarget custody_event 3\nrow " + HEX + "\n";
        for (String bad : List.of(good.replace("\n", "\r\n"), good.substring(0, good.length() - 1), good.replace(" 3\n", " 03\n"),
                good.replace(HEX, HEX.toUpperCase()), good.replace("kind ", "kind  "), good + "\n", good.replace("v1", "v2"))) {
            assertThatThrownBy(() -> LeafRecord.parse(bad.getBytes(StandardCharsets.US_ASCII)))
                    .as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
