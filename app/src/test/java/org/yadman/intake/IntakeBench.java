package org.yadman.intake;

import java.io.IOException;
import java.io.OutputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.yadman.cli.Apps;
import org.yadman.store.Database;
import org.yadman.web.Site;

/**
 * A bounded load generator on loopback (docs/benchmarks.md), not a unit test.
 * <pre>
 *   IntakeBench submissions SECONDS THREADS   browser-style submissions (ciphertext JSON) per second
 *   IntakeBench upload MEGABYTES CHUNK_MB      one resumable upload, MB/s, and the process's RSS as it goes
 * </pre>
 * The server runs in this JVM over an embedded PostgreSQL in a temporary directory. The proof of
 * work is turned off (-Dyadman.intake.powBits=0) so the numbers are the server's, not the client's.
 */
final class IntakeBench {
    public static void main(String[] args) throws Exception {
        System.setProperty("yadman.intake.powBits", "0");
        System.setProperty("yadman.intake.submissionsPerMinute", "100000000");
        Path data = Files.createTempDirectory("intake-bench");
        try {
            run(data, args);
        } finally {
            try (var files = Files.walk(data)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void run(Path data, String[] args) throws Exception {
        try (Database db = Database.embedded(data)) {
            var app = Apps.create(new Site(db, Clock.systemUTC(), false)).start("127.0.0.1", 0);
            try {
                IntakeFixtures.installOrgKey(db);
                String base = "http://127.0.0.1:" + app.port();
                if (args[0].equals("submissions")) submissions(base, Integer.parseInt(args[1]), Integer.parseInt(args[2]));
                else upload(base, Long.parseLong(args[1]) << 20, Integer.parseInt(args[2]) << 20);
            } finally {
                app.stop();
            }
        }
    }

    private static void submissions(String base, int seconds, int threads) throws Exception {
        var submitter = OpenPgp.newSubmitterKey("bench".toCharArray(), new java.util.Date());
        byte[] message = OpenPgp.encrypt(new byte[2000], OpenPgp.encryptionKeys(IntakeFixtures.orgKey().publicKey()), "testimony.txt");
        String fixed = "\"publicKey\":\"" + Base64.getEncoder().encodeToString(submitter.publicKey()) + "\",\"secretKey\":\""
                + Base64.getEncoder().encodeToString(submitter.secretKey()) + "\",\"message\":\"" + Base64.getEncoder().encodeToString(message)
                + "\",\"uploads\":[],\"pow\":\"\"";
        AtomicLong done = new AtomicLong();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> all = new ArrayList<>();
        long started = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            all.add(pool.submit(() -> {
                var client = new IntakeClient(base);
                Random random = new Random();
                byte[] lookup = new byte[32];
                while (System.nanoTime() < end) {
                    random.nextBytes(lookup);
                    HttpResponse<String> r = client.postJson("/api/intake/submissions", "{\"lookup\":\"" + HexFormat.of().formatHex(lookup) + "\"," + fixed + "}");
                    if (r.statusCode() != 201) throw new IllegalStateException(r.statusCode() + " " + r.body());
                    done.incrementAndGet();
                }
                return null;
            }));
        }
        for (Future<?> f : all) f.get();
        pool.shutdown();
        double elapsed = (System.nanoTime() - started) / 1e9;
        System.out.printf("submissions: %d in %.1f s with %d threads = %.1f /s (each: 2 kB ciphertext, one log leaf)%n",
                done.get(), elapsed, threads, done.get() / elapsed);
    }

    /** Encrypts {@code bytes} zero bytes for the organisation, writing the ciphertext to {@code out}. */
    private static void encryptZeros(long bytes, OutputStream out) throws IOException {
        try (OutputStream encrypting = OpenPgp.encryptTo(out, OpenPgp.encryptionKeys(IntakeFixtures.orgKey().publicKey()), "big.bin")) {
            byte[] zeros = new byte[1 << 20];
            for (long left = bytes; left > 0; left -= zeros.length) encrypting.write(zeros, 0, (int) Math.min(zeros.length, left));
        }
    }

    private static void upload(String base, long plainBytes, int chunkBytes) throws Exception {
        Path file = Files.createTempFile("intake-bench", ".gpg");
        try {
            try (OutputStream out = Files.newOutputStream(file)) {
                encryptZeros(plainBytes, out);
            }
            long length = Files.size(file);
            var client = new IntakeClient(base);
            String id = IntakeClient.uploadId(client.createUpload(length));
            long peakRss = rssKib();
            System.out.printf("upload: %,d bytes of ciphertext in chunks of %,d; RSS at start %,d KiB%n", length, chunkBytes, peakRss);
            long started = System.nanoTime();
            byte[] chunk = new byte[chunkBytes];
            long offset = 0;
            int report = 0;
            try (var in = Files.newInputStream(file)) {
                int n;
                while ((n = in.readNBytes(chunk, 0, chunk.length)) > 0) {
                    byte[] part = n == chunk.length ? chunk : java.util.Arrays.copyOf(chunk, n);
                    HttpResponse<String> r = client.patch(id, offset, part, ReceiptKeys.sha256(part));
                    if (r.statusCode() != 204) throw new IllegalStateException(r.statusCode() + " " + r.body());
                    offset += n;
                    long rss = rssKib();
                    peakRss = Math.max(peakRss, rss);
                    if (offset * 10 / length >= report) {
                        System.out.printf("  %3d%%  RSS %,d KiB%n", offset * 100 / length, rss);
                        report++;
                    }
                }
            }
            double elapsed = (System.nanoTime() - started) / 1e9;
            System.out.printf("upload: %.1f MB in %.1f s = %.1f MB/s (checksum per chunk, hash and OpenPGP check of the whole at the end); peak RSS %,d KiB%n",
                    length / 1e6, elapsed, length / 1e6 / elapsed, peakRss);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static long rssKib() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) return Long.parseLong(line.replaceAll("[^0-9]", ""));
        }
        return -1;
    }
}
