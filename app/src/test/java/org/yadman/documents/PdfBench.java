package org.yadman.documents;

import java.time.Instant;

/**
 * How long {@link Pdf#render} takes for a manifest-like document of N table rows, Persian and
 * Latin mixed, after a warm-up. Not part of the suite; see docs/benchmarks.md. Args: [ROWS] [REPEATS].
 */
final class PdfBench {
    private PdfBench() {}

    public static void main(String[] args) {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        StringBuilder body = new StringBuilder("<h1>بستهٔ مدارک: شخص ۵</h1><table><tr><th>شناسه</th><th>مقدار</th><th>SHA-256</th></tr>");
        for (int i = 0; i < rows; i++) {
            body.append("<tr><td dir=\"ltr\">").append(i).append("</td><td>اعدام‌شدگان تابستان ۱۳۶۷، گورستان خاوران — Khavaran ").append(i)
                    .append("</td><td dir=\"ltr\"><code>").append("ab".repeat(32)).append("</code></td></tr>");
        }
        String html = "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"fa\" dir=\"rtl\"><head><title>t</title>"
                + "<style>code{word-wrap:break-word;font-size:8pt}</style></head><body>" + body + "</table></body></html>";
        long t0 = System.nanoTime();
        byte[] first = Pdf.render(html, Instant.EPOCH);
        System.out.printf("first render (cold JVM): %.2f s, %,d bytes%n", (System.nanoTime() - t0) / 1e9, first.length);
        var cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int r = 0; r < repeats; r++) {
            long a = System.nanoTime();
            long c = cpu.getCurrentThreadCpuTime();
            byte[] pdf = Pdf.render(html, Instant.EPOCH);
            System.out.printf("render %d: %.3f s wall, %.3f s CPU of this thread, %,d bytes%n", r + 1, (System.nanoTime() - a) / 1e9,
                    (cpu.getCurrentThreadCpuTime() - c) / 1e9, pdf.length);
        }
    }
}
