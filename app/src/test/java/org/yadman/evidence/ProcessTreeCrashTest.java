package org.yadman.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yadman.ledger.Checkpoint;
import org.yadman.ledger.Ledger;
import org.yadman.store.Database;

/**
 * kill -9 of the whole process tree, the app's JVM and its embedded PostgreSQL (postmaster and
 * backends), during a stream of appends; PostgreSQL then recovers from its WAL on restart. After
 * it: every append and checkpoint reported committed is there, the log and the tables agree, and
 * the next checkpoint is consistent with the last one signed before the crash.
 */
class ProcessTreeCrashTest {
    @TempDir Path data;

    @Test
    void theWholeTreeKilledTheLogRecoversConsistent() throws Exception {
        LogKeys.init(data, "crash.test/log");
        Process child = ChildJvm.start(List.of("-Xmx128m"), EmbeddedAppendLoop.class, data.toString());
        long appended = 0;
        long checkpointed = 0;
        List<ProcessHandle> tree = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null && appended < 80; line = out.readLine()) {
                if (line.startsWith("appended ")) appended = Long.parseLong(line.substring(9));
                if (line.startsWith("checkpoint ")) checkpointed = Long.parseLong(line.substring(11));
            }
            // The postmaster detaches from the JVM (pg_ctl starts it): find it by its pid file, and its backends under it.
            long postmaster = Long.parseLong(Files.readAllLines(data.resolve("postgres/postmaster.pid")).get(0).strip());
            tree.add(child.toHandle());
            child.toHandle().descendants().forEach(tree::add);
            ProcessHandle.of(postmaster).ifPresent(pm -> {
                tree.add(pm);
                pm.descendants().forEach(tree::add);
            });
            for (ProcessHandle p : tree) p.destroyForcibly(); // SIGKILL each: no shutdown hook, no clean PostgreSQL stop
            for (ProcessHandle p : tree) p.onExit().get(30, TimeUnit.SECONDS);
        }
        assertThat(appended).as("the child appended before it was killed").isGreaterThanOrEqualTo(80);
        assertThat(tree.size()).as("JVM, postmaster and its backends").isGreaterThanOrEqualTo(3);
        assertThat(tree).allSatisfy(p -> assertThat(p.isAlive()).as("pid " + p.pid()).isFalse());

        try (Database db = Database.embedded(data)) { // restart: PostgreSQL replays its WAL
            var signer = LogKeys.signer(data);
            LogVerifier.Report after = LogVerifier.verify(db.dataSource(), signer.verifier(), EvidenceStore.in(data));
            assertThat(after.problems()).isEmpty();
            long custodyRows = db.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM custody_event").mapTo(Long.class).one());
            assertThat(custodyRows).as("every append reported committed survived").isGreaterThanOrEqualTo(appended);
            assertThat(after.entries()).as("one leaf per row: evidence item + custody rows").isEqualTo(1 + custodyRows);

            Checkpoints.Stored last;
            try (Connection c = db.dataSource().getConnection()) {
                List<Checkpoints.Stored> all = Checkpoints.all(c);
                last = all.get(all.size() - 1);
            }
            assertThat(last.size()).as("the last checkpoint reported signed survived").isGreaterThanOrEqualTo(checkpointed);
            Checkpoints.Stored next = Checkpoints.signNow(db.dataSource(), signer, Instant.now());
            Checkpoint lastCp = Ledger.openCheckpoint(last.note(), "crash.test/log", signer.verifier());
            Checkpoint nextCp = Ledger.openCheckpoint(next.note(), "crash.test/log", signer.verifier());
            assertThat(nextCp.size()).isEqualTo(1 + custodyRows);
            try (Connection c = db.dataSource().getConnection()) {
                c.setAutoCommit(false);
                Ledger.consistencyProof(new PgHashStore(c), lastCp.size(), nextCp.size()).verify(lastCp.root(), nextCp.root());
                c.rollback();
            }
            assertThat(LogVerifier.verify(db.dataSource(), signer.verifier(), EvidenceStore.in(data)).problems()).isEmpty();
        }
    }
}
