package org.yadman.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yadman.ledger.Checkpoint;
import org.yadman.ledger.Ledger;
import org.yadman.ledger.SignedNote;
import org.yadman.store.Database;
import org.yadman.testing.TestDatabases;

/** kill -9 during a stream of appends: after restart the log and the tables agree, and the next checkpoint extends the last. */
class CrashTest {
    @TempDir Path dir;

    @Test
    void killedMidStreamTheLogAndTablesStillAgree() throws Exception {
        try (Database db = TestDatabases.fresh()) {
            LogKeys.init(dir, "crash.test/log");
            String url = ((HikariDataSource) db.dataSource()).getJdbcUrl();
            Process child = ChildJvm.start(List.of("-Xmx128m"), AppendLoop.class, url, dir.toString());
            long seen = 0;
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null && seen < 120; line = out.readLine()) {
                    if (line.startsWith("appended ")) seen = Long.parseLong(line.substring(9));
                }
                child.destroyForcibly(); // SIGKILL: no shutdown hook, no rollback, mid-transaction
                assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            }
            assertThat(seen).as("the child appended before it was killed").isGreaterThanOrEqualTo(120);

            var signer = LogKeys.signer(dir);
            LogVerifier.Report after = LogVerifier.verify(db.dataSource(), signer.verifier(), EvidenceStore.in(dir));
            assertThat(after.problems()).isEmpty();
            long custodyRows = db.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM custody_event").mapTo(Long.class).one());
            assertThat(after.entries()).as("one leaf per row: evidence item + custody rows").isEqualTo(1 + custodyRows);
            assertThat(custodyRows).isGreaterThanOrEqualTo(1 + seen);

            Checkpoints.Stored last;
            try (Connection c = db.dataSource().getConnection()) {
                List<Checkpoints.Stored> all = Checkpoints.all(c);
                last = all.get(all.size() - 1);
            }
            Checkpoints.Stored next = Checkpoints.signNow(db.dataSource(), signer, Instant.now());
            assertThat(next.size()).isGreaterThanOrEqualTo(last.size());
            Checkpoint lastCp = Ledger.openCheckpoint(last.note(), "crash.test/log", signer.verifier());
            Checkpoint nextCp = Ledger.openCheckpoint(next.note(), "crash.test/log", signer.verifier());
            try (Connection c = db.dataSource().getConnection()) {
                c.setAutoCommit(false);
                Ledger.consistencyProof(new PgHashStore(c), lastCp.size(), nextCp.size()).verify(lastCp.root(), nextCp.root());
                c.rollback();
            }
            assertThat(SignedNote.parse(next.note()).verify(List.of(signer.verifier()))).hasSize(1);
            assertThat(LogVerifier.verify(db.dataSource(), signer.verifier(), EvidenceStore.in(dir)).problems()).isEmpty();
        }
    }
}
