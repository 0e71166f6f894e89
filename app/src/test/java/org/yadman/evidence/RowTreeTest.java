package org.yadman.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.yadman.ledger.Ledger;
import org.yadman.ledger.MerkleTree;

/** The streaming row tree gives the ledger library's roots and audit paths, for every size and index up to 70 rows. */
class RowTreeTest {
    @Test
    void rootsAndPathsMatchTheLedgerLibrary() throws Exception {
        assertThat(new RowTree().root()).isEqualTo(Ledger.emptyRoot());
        for (int n = 1; n <= 70; n++) {
            RowTree streaming = new RowTree();
            RowTree.Leaves leaves = new RowTree.Leaves();
            MerkleTree reference = Ledger.newTree();
            for (int i = 0; i < n; i++) {
                String text = "(" + i + ",row " + i + ")";
                streaming.add(text);
                leaves.add(RowTree.leafHash(text));
                reference.append(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            assertThat(streaming.root()).as("root of %d rows", n).isEqualTo(reference.root());
            assertThat(leaves.root(0, n)).isEqualTo(reference.root());
            for (int i = 0; i < n; i++) {
                assertThat(leaves.path(i)).as("path of row %d of %d", i, n).isEqualTo(reference.inclusionProof(i, n).hashes());
                reference.inclusionProof(i, n).verify(RowTree.leafHash("(" + i + ",row " + i + ")"), streaming.root());
            }
        }
    }

    @Test
    void aPathOutsideTheRowsIsRefused() {
        RowTree.Leaves leaves = new RowTree.Leaves();
        leaves.add(RowTree.leafHash("(1,a)"));
        assertThatThrownBy(() -> leaves.path(1)).hasMessage("row 1 out of bounds for 1 rows");
    }

    @Test
    void recordTextIsReadBackFieldByField() {
        assertThat(RecordText.fields("(7,12,,\"KARIMI, Hussayn\",\"{\"\"name\"\": \"\"a \\\\\\\\ b\"\"}\",x)"))
                .isEqualTo(Arrays.asList("7", "12", null, "KARIMI, Hussayn", "{\"name\": \"a \\\\ b\"}", "x"));
        assertThat(RowDigests.rowId("(123,\"x\")")).isEqualTo(123);
        assertThatThrownBy(() -> RecordText.fields("(1,\"open")).hasMessageContaining("not a record text");
    }
}
