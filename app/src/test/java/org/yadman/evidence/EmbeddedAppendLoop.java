package org.yadman.evidence;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Instant;
import org.yadman.store.Database;

/**
 * The process-tree crash test's child: the app's own embedded PostgreSQL under DATA_DIR (as
 * {@code --data} starts it), then custody events appended as fast as it can, a checkpoint signed
 * every 25, each printed once committed, until the whole tree is killed. Args: DATA_DIR.
 */
final class EmbeddedAppendLoop {
    private EmbeddedAppendLoop() {}

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        try (Database db = Database.embedded(data)) {
            EvidenceItems items = new EvidenceItems(db.dataSource(), EvidenceStore.in(data));
            long item = items.receive(new ByteArrayInputStream("crash".getBytes()), "crash.txt", "crash test", null, "loop", Instant.EPOCH);
            var signer = LogKeys.signer(data);
            for (long n = 1; ; n++) {
                items.recordCustody(item, "viewed", "loop", Instant.EPOCH.plusSeconds(n), null);
                System.out.println("appended " + n);
                if (n % 25 == 0) {
                    Checkpoints.Stored cp = Checkpoints.signNow(db.dataSource(), signer, Instant.EPOCH.plusSeconds(n));
                    System.out.println("checkpoint " + cp.size());
                }
            }
        }
    }
}
