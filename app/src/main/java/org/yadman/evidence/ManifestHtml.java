package org.yadman.evidence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** The bundle's readable manifest: items, hashes, custody, sources, and how to check them. Every value escaped. */
final class ManifestHtml {
    private ManifestHtml() {}

    static String render(List<EvidenceItems.Item> items, List<BundleWriter.Entry> entries, Connection c,
            Checkpoints.Stored checkpoint, String logKey) throws SQLException {
        StringBuilder h = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Evidence bundle</title></head><body>\n");
        h.append("<h1>Evidence bundle</h1>\n<p>Log checkpoint: size ").append(checkpoint.size()).append(", root <code>")
                .append(checkpoint.root().hex()).append("</code>, signed ").append(esc(checkpoint.signedAt().toString()))
                .append(".<br>Log key: <code>").append(esc(logKey)).append("</code></p>\n");
        h.append("<p>Check everything offline with <code>yadman verify BUNDLE.zip</code>; add <code>--checkpoint FILE</code> "
                + "to check against a checkpoint obtained elsewhere (from a witness, or an earlier bundle).</p>\n");
        for (EvidenceItems.Item item : items) {
            h.append("<h2>Evidence item ").append(item.id()).append(": ").append(esc(item.originalName())).append("</h2>\n<table>\n");
            row(h, "SHA-256", "<code>" + item.sha256() + "</code>");
            row(h, "Size (bytes)", Long.toString(item.size()));
            row(h, "Source", esc(item.source()));
            row(h, "Added", esc(item.addedAt().toString()));
            if (item.derivedFrom() != null) row(h, "Working copy of", "evidence item " + item.derivedFrom());
            h.append("</table>\n<h3>Custody</h3>\n<table>\n<tr><th>When</th><th>Action</th><th>By</th><th>Detail</th></tr>\n");
            for (EvidenceItems.Custody e : EvidenceItems.custody(c, item.id())) {
                h.append("<tr><td>").append(esc(e.at().toString())).append("</td><td>").append(esc(e.action())).append("</td><td>")
                        .append(esc(e.actor())).append("</td><td>").append(esc(e.detail() == null ? "" : e.detail())).append("</td></tr>\n");
            }
            h.append("</table>\n");
        }
        h.append("<h2>Log entries</h2>\n<table>\n<tr><th>Leaf index</th><th>Event</th><th>Row</th><th>Files</th></tr>\n");
        for (BundleWriter.Entry e : entries) {
            h.append("<tr><td>").append(e.index()).append("</td><td>").append(esc(e.kind().code())).append("</td><td>")
                    .append(esc(e.kind().table())).append(' ').append(e.targetId()).append("</td><td><code>items/").append(e.index())
                    .append("/{leaf,row.json,tlog-proof}</code></td></tr>\n");
        }
        return h.append("</table>\n</body></html>\n").toString();
    }

    private static void row(StringBuilder h, String label, String html) {
        h.append("<tr><th>").append(esc(label)).append("</th><td>").append(html).append("</td></tr>\n");
    }

    static String esc(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(ch);
            }
        }
        return out.toString();
    }
}
