package org.yadman.evidence;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * A deterministic stream of {@code size} pseudo-random bytes that never exists in memory, and a
 * main that stores one in the evidence store: {@code GeneratedStream DIR BYTES}. The normal suite
 * runs it with 200 MB under -Xmx64m; by hand, try 4 GB:
 * {@code java -Xmx64m -cp ... org.yadman.evidence.GeneratedStream /tmp/ev 4294967296}.
 */
final class GeneratedStream extends InputStream {
    private final SplittableRandom random = new SplittableRandom(42);
    private long left;

    GeneratedStream(long size) {
        this.left = size;
    }

    @Override
    public int read() {
        if (left == 0) return -1;
        left--;
        return random.nextInt(256);
    }

    @Override
    public int read(byte[] b, int off, int len) {
        if (left == 0) return -1;
        int n = (int) Math.min(len, left);
        for (int i = 0; i < n; i++) b[off + i] = (byte) random.nextInt(256);
        left -= n;
        return n;
    }

    public static void main(String[] args) throws Exception {
        long size = Long.parseLong(args[1]);
        long started = System.nanoTime();
        EvidenceStore.Stored stored = new EvidenceStore(Path.of(args[0])).put(new GeneratedStream(size));
        double seconds = (System.nanoTime() - started) / 1e9;
        Runtime rt = Runtime.getRuntime();
        System.out.printf("stored %d bytes as %s in %.1f s (%.0f MB/s), max heap %d MB%n", stored.size(), stored.sha256(), seconds,
                stored.size() / 1e6 / seconds, rt.maxMemory() >> 20);
    }
}
