package org.yadman.evidence;

import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.yadman.ledger.Ledger;
import org.yadman.ledger.MerkleTree;
import org.yadman.store.Database;

/**
 * Durable appends per second: custody rows and their leaves, batched per transaction, on an
 * embedded PostgreSQL with its default durability (fsync on, synchronous_commit on), beside this
 * machine's fsyncs/s and the in-memory tree. Not part of the suite; see docs/benchmarks-ledger-app.md.
 * Args: DIR [SECONDS_PER_SIZE].
 */
final class AppendBench {
    private AppendBench() {}

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 10;
        System.out.printf("fsyncs/s on %s: %.0f%n", dir, fsyncsPerSecond(dir, seconds));
        System.out.printf("in-memory tree appends/s (one core): %.0f%n", inMemory(seconds));
        try (Database db = Database.embedded(dir.resolve("bench-data"))) {
            EvidenceItems items = new EvidenceItems(db.dataSource(), EvidenceStore.in(dir.resolve("bench-data")));
            long item = items.receive(new ByteArrayInputStream(("bench " + System.nanoTime()).getBytes()), "bench.txt", "bench", null, "bench", Instant.EPOCH);
            System.out.println("batch size | transactions | appends | seconds | appends/s | transactions/s");
            for (int batch : new int[] {1, 10, 100, 1000}) {
                long appends = 0;
                long transactions = 0;
                long started = System.nanoTime();
                while (System.nanoTime() - started < seconds * 1e9) {
                    appendBatch(db, item, batch);
                    appends += batch;
                    transactions++;
                }
                double took = (System.nanoTime() - started) / 1e9;
                System.out.printf("%d | %d | %d | %.1f | %.0f | %.0f%n", batch, transactions, appends, took, appends / took, transactions / took);
            }
            long verifyStarted = System.nanoTime();
            LogVerifier.Report report = LogVerifier.verify(db.dataSource(), null, null);
            System.out.printf("log verify: %d leaves in %.1f s, %d problems%n", report.entries(), (System.nanoTime() - verifyStarted) / 1e9,
                    report.problems().size());
        }
    }

    private static void appendBatch(Database db, long item, int batch) throws Exception {
        try (Connection c = db.dataSource().getConnection()) {
            c.setAutoCommit(false);
            List<EventLog.Event> events = new ArrayList<>(batch);
            try (PreparedStatement s = c.prepareStatement("INSERT INTO custody_event (evidence_id, action, actor, at)"
                    + " SELECT ?, 'viewed', 'bench', ? FROM generate_series(1, ?) RETURNING id")) {
                s.setLong(1, item);
                s.setTimestamp(2, Timestamp.from(Instant.EPOCH));
                s.setInt(3, batch);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) events.add(new EventLog.Event(EventKind.CUSTODY, r.getLong(1)));
                }
            }
            EventLog.appendAll(c, events);
            c.commit();
        }
    }

    private static double fsyncsPerSecond(Path dir, double seconds) throws Exception {
        Path f = dir.resolve("fsync-probe");
        long n = 0;
        long started = System.nanoTime();
        try (FileChannel ch = FileChannel.open(f, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            while (System.nanoTime() - started < seconds * 1e9) {
                ch.write(ByteBuffer.wrap(new byte[512]), 0);
                ch.force(false);
                n++;
            }
        }
        Files.delete(f);
        return n / ((System.nanoTime() - started) / 1e9);
    }

    private static double inMemory(double seconds) {
        MerkleTree tree = Ledger.newTree();
        byte[] leaf = new byte[200];
        long started = System.nanoTime();
        while (System.nanoTime() - started < seconds * 1e9) {
            for (int i = 0; i < 10_000; i++) {
                leaf[0] = (byte) i;
                tree.append(leaf);
            }
        }
        return tree.size() / ((System.nanoTime() - started) / 1e9);
    }
}
