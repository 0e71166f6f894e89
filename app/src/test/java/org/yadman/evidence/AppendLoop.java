package org.yadman.evidence;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Instant;
import org.yadman.store.Database;

/**
 * The crash test's child: appends custody events to the log as fast as it can, signing a
 * checkpoint every 25, and prints each count, until it is killed. Args: JDBC_URL DATA_DIR.
 */
final class AppendLoop {
    private AppendLoop() {}

    public static void main(String[] args) throws Exception {
        try (Database db = Database.external(args[0], "postgres", "")) {
            Path data = Path.of(args[1]);
            EvidenceItems items = new EvidenceItems(db.dataSource(), EvidenceStore.in(data));
            long item = items.receive(new ByteArrayInputStream("crash".getBytes()), "crash.txt", "crash test", null, "loop", Instant.EPOCH);
            var signer = LogKeys.signer(data);
            for (long n = 1; ; n++) {
                items.recordCustody(item, "viewed", "loop", Instant.EPOCH.plusSeconds(n), null);
                if (n % 25 == 0) Checkpoints.signNow(db.dataSource(), signer, Instant.EPOCH.plusSeconds(n));
                System.out.println("appended " + n);
            }
        }
    }
}
