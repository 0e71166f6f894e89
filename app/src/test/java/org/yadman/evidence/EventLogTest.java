package org.yadman.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yadman.ledger.Ledger;
import org.yadman.ledger.MerkleTree;

class EventLogTest {
    @TempDir Path dir;

    @Test
    void anImportAndAnEvidenceFileAreLoggedWithDigestsNotContent() throws Exception {
        try (LogFixture f = new LogFixture(dir)) {
            List<String> kinds = f.db.jdbi().withHandle(h -> h.createQuery("SELECT kind || ' ' || target_table FROM ledger_entry ORDER BY idx")
                    .mapTo(String.class).list());
            assertThat(kinds).containsExactly("import import_batch", "evidence_added evidence_item", "custody custody_event");
            byte[] leaf = f.db.jdbi().withHandle(h -> h.createQuery("SELECT leaf FROM ledger_entry WHERE idx = 0").mapTo(byte[].class).one());
            String text = new String(leaf, StandardCharsets.US_ASCII);
            assertThat(text).startsWith("yadman-leaf/v1\nkind import\ntarget import_batch " + f.importId + "\nfile ")
                    .contains("\nrecords ").contains("\nassertions ").doesNotContain("KARIMI").doesNotContain("List");
            String fileSha = f.db.jdbi().withHandle(h -> h.createQuery("SELECT content_sha256 FROM import_batch").mapTo(String.class).one());
            assertThat(LeafRecord.parse(leaf).part("file")).isEqualTo(fileSha);
            assertThat(f.verify().problems()).isEmpty();
        }
    }

    @Test
    void aRolledBackTransactionLeavesNoLeafAndNoNode() throws Exception {
        try (LogFixture f = new LogFixture(dir)) {
            try (Connection c = f.db.dataSource().getConnection()) {
                c.setAutoCommit(false);
                var insert = c.createStatement();
                var r = insert.executeQuery("INSERT INTO custody_event (evidence_id, action, actor, at) VALUES (" + f.evidenceId
                        + ", 'viewed', 'x', now()) RETURNING id");
                r.next();
                assertThat(EventLog.append(c, EventKind.CUSTODY, r.getLong(1))).isEqualTo(3);
                c.rollback();
            }
            LogVerifier.Report report = f.verify();
            assertThat(report.entries()).isEqualTo(3);
            assertThat(report.problems()).isEmpty();
            long index = f.items.recordCustody(f.evidenceId, "viewed", "y", LogFixture.T0, null);
            assertThat(f.verify().entries()).isEqualTo(4);
        }
    }

    @Test
    void concurrentTransactionsNeverInterleaveIndices() throws Exception {
        try (LogFixture f = new LogFixture(dir)) {
            ExecutorService pool = Executors.newFixedThreadPool(4);
            List<Future<Long>> done = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                int n = i;
                done.add(pool.submit(() -> f.items.recordCustody(f.evidenceId, "viewed", "reader" + n, LogFixture.T0, null)));
            }
            for (Future<Long> d : done) d.get();
            pool.shutdown();
            List<byte[]> leaves = f.db.jdbi().withHandle(h -> h.createQuery("SELECT leaf FROM ledger_entry ORDER BY idx").mapTo(byte[].class).list());
            assertThat(leaves).hasSize(43);
            MerkleTree tree = Ledger.newTree();
            for (byte[] leaf : leaves) tree.append(leaf);
            Checkpoints.Stored cp = f.sign(LogFixture.T0);
            assertThat(cp.size()).isEqualTo(43);
            assertThat(cp.root()).isEqualTo(tree.root());
            assertThat(f.verify().problems()).isEmpty();
        }
    }
}
