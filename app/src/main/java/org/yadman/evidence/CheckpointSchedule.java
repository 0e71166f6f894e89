package org.yadman.evidence;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yadman.ledger.NoteSigner;

/**
 * Signs a checkpoint when the log has grown and the last one is at least {@code interval} old, so
 * mirrors and witnesses see every entry within about one interval. The decision takes the time as
 * an argument; {@link #start} only calls it once a minute from the given clock.
 */
public final class CheckpointSchedule {
    private static final Logger LOG = LoggerFactory.getLogger(CheckpointSchedule.class);
    private final DataSource ds;
    private final NoteSigner signer;
    private final Duration interval;

    public CheckpointSchedule(DataSource ds, NoteSigner signer, Duration interval) {
        this.ds = ds;
        this.signer = signer;
        this.interval = interval;
    }

    /** Signs if due at {@code now}; returns the new checkpoint's size, or -1 when none was due. */
    public long tick(Instant now) throws SQLException {
        long size;
        List<Checkpoints.Stored> all;
        try (Connection c = ds.getConnection()) {
            size = Checkpoints.logSize(c);
            all = Checkpoints.all(c);
        }
        if (!all.isEmpty()) {
            Checkpoints.Stored last = all.get(all.size() - 1);
            if (last.size() >= size || now.isBefore(last.signedAt().plus(interval))) return -1;
        }
        return Checkpoints.signNow(ds, signer, now).size();
    }

    /** Ticks once a minute on a daemon thread until the returned executor is shut down. */
    public ScheduledExecutorService start(Clock clock) {
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "checkpoint-signer");
            t.setDaemon(true);
            return t;
        });
        executor.scheduleWithFixedDelay(() -> {
            try {
                long signed = tick(clock.instant());
                if (signed >= 0) LOG.info("signed a checkpoint of the evidence log at size {}", signed);
            } catch (SQLException | RuntimeException e) {
                LOG.error("cannot sign a checkpoint: {}", e.getMessage());
            }
        }, 0, 1, TimeUnit.MINUTES);
        return executor;
    }
}
