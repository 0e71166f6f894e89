package org.yadman.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;

/**
 * A one-line progress bar on a terminal: {@code [#########.........]  45%  450,000/1,000,000 sweeps}.
 * Thread-safe (chains report from their own threads); redraws at most every 200 ms.
 */
final class ProgressBar implements LongConsumer, AutoCloseable {
    private static final int WIDTH = 30;
    private final PrintStream out;
    private final long total;
    private final String unit;
    private final AtomicLong done = new AtomicLong();
    private long lastDrawnAt;

    ProgressBar(PrintStream out, long total, String unit) {
        this.out = out;
        this.total = Math.max(1, total);
        this.unit = unit;
    }

    /** A bar on standard error when it is a terminal (so {@code --json > file} still shows one); otherwise nothing. */
    static LongConsumer onTerminal(long total, String unit) {
        return standardErrorIsTerminal() ? new ProgressBar(System.err, total, unit) : n -> { };
    }

    /** Java cannot ask isatty(2); on Linux the descriptor's link names the terminal, elsewhere fall back to the console. */
    private static boolean standardErrorIsTerminal() {
        try {
            String target = java.nio.file.Files.readSymbolicLink(java.nio.file.Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (java.io.IOException | UnsupportedOperationException e) {
            return System.console() != null;
        }
    }

    @Override
    public void accept(long steps) {
        long now = done.addAndGet(steps);
        long time = System.nanoTime();
        synchronized (this) {
            if (now < total && time - lastDrawnAt < 200_000_000L) return;
            lastDrawnAt = time;
            draw(now);
        }
    }

    private void draw(long now) {
        long shown = Math.min(now, total);
        int filled = (int) (WIDTH * shown / total);
        out.printf(Locale.ROOT, "\r[%s%s] %3d%%  %,d/%,d %s", "#".repeat(filled), ".".repeat(WIDTH - filled),
                100 * shown / total, shown, total, unit);
        if (shown >= total) out.println();
        out.flush();
    }

    @Override
    public synchronized void close() {
        if (done.get() < total) out.println();
    }
}
