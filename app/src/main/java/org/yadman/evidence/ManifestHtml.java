package org.yadman.evidence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.yadman.web.Lang;

/**
 * The bundle's readable manifest in one language (manifest.html in English, manifest.fa.html in
 * Persian, right to left): items, hashes, custody, sources, and how to check them. Every value is
 * escaped; hashes and keys stay left to right inside Persian text. The bundle also carries each as
 * PDF (manifest.pdf, manifest.fa.pdf).
 */
final class ManifestHtml {
    private ManifestHtml() {}

    /**
     * Well-formed XHTML (the same text is rendered to PDF by {@link org.yadman.documents.Pdf}); the
     * style is for that PDF and for a browser opening the file from the bundle, where no page CSP applies.
     */
    /** Columns of people's text (either script); the others are machine values, always left to right. */
    private static final java.util.Set<String> FREE_TEXT = java.util.Set.of("value", "source", "description", "date");

    private static final String STYLE = "body{font-size:10pt}table{border-collapse:collapse;margin-bottom:1em}"
            + "[dir=rtl] table{margin-left:auto;margin-right:0}"
            + "th,td{border:1px solid #999;padding:2px 4px;text-align:start;vertical-align:top}code{word-wrap:break-word;font-size:8pt}";

    /** A table of the manifest: a heading and column keys (evidence.manifest.*), and plain-text cells. */
    record Section(String titleKey, List<String> columnKeys, List<List<String>> rows) {}

    static String render(Lang lang, String heading, List<EvidenceItems.Item> items, List<BundleWriter.Entry> entries, List<Section> sections,
            List<String> missing, Connection c, Checkpoints.Stored checkpoint, String logKey) throws SQLException {
        StringBuilder h = new StringBuilder("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"").append(lang.code())
                .append("\" dir=\"").append(lang.dir()).append("\"><head><meta charset=\"utf-8\"/><title>")
                .append(esc(lang.t("evidence.manifest.title"))).append("</title><style>").append(STYLE).append("</style></head><body>\n");
        h.append("<h1>").append(esc(heading)).append("</h1>\n<p>")
                .append(esc(lang.t("evidence.manifest.checkpoint", checkpoint.size(), "\u2066" + checkpoint.root().hex() + "\u2069",
                        "\u2066" + checkpoint.signedAt() + "\u2069"))).append("<br/>")
                .append(esc(lang.t("evidence.manifest.logKey"))).append(" <code dir=\"ltr\">").append(esc(logKey)).append("</code></p>\n");
        h.append("<p>").append(esc(lang.t("evidence.manifest.howToCheck"))).append("</p>\n<p>")
                .append(esc(lang.t("evidence.manifest.otherLanguage"))).append("</p>\n");
        for (EvidenceItems.Item item : items) {
            h.append("<h2>").append(esc(lang.t("evidence.manifest.item", item.id(), item.originalName()))).append("</h2>\n<table>\n");
            row(h, lang.t("evidence.manifest.sha256"), "<code dir=\"ltr\">" + item.sha256() + "</code>");
            row(h, lang.t("evidence.manifest.size"), esc(lang.number(item.size())));
            row(h, lang.t("evidence.manifest.source"), esc(item.source()));
            row(h, lang.t("evidence.manifest.added"), "<span dir=\"ltr\">" + esc(item.addedAt().toString()) + "</span>");
            if (item.derivedFrom() != null) {
                row(h, lang.t("evidence.manifest.derivedFrom"), esc(lang.t("evidence.manifest.workingCopyOf", item.derivedFrom())));
            }
            h.append("</table>\n<h3>").append(esc(lang.t("evidence.manifest.custody"))).append("</h3>\n<table>\n<tr>");
            for (String key : List.of("when", "action", "by", "detail")) h.append("<th>").append(esc(lang.t("evidence.manifest." + key))).append("</th>");
            h.append("</tr>\n");
            for (EvidenceItems.Custody e : EvidenceItems.custody(c, item.id())) {
                h.append("<tr><td dir=\"ltr\">").append(esc(e.at().toString())).append("</td><td>").append(esc(e.action())).append("</td><td>")
                        .append(esc(e.actor())).append("</td><td>").append(esc(e.detail() == null ? "" : e.detail())).append("</td></tr>\n");
            }
            h.append("</table>\n");
        }
        for (Section section : sections) {
            if (section.rows().isEmpty()) continue;
            h.append("<h2>").append(esc(lang.t("evidence.manifest." + section.titleKey()))).append("</h2>\n<table>\n<tr>");
            for (String key : section.columnKeys()) h.append("<th>").append(esc(lang.t("evidence.manifest." + key))).append("</th>");
            h.append("</tr>\n");
            for (List<String> row : section.rows()) {
                h.append("<tr>");
                for (int i = 0; i < row.size(); i++) {
                    String dir = FREE_TEXT.contains(section.columnKeys().get(i)) ? "auto" : "ltr"; // ids, dates, JSON, paths stay left to right
                    h.append("<td dir=\"").append(dir).append("\">").append(esc(row.get(i) == null ? "" : row.get(i))).append("</td>");
                }
                h.append("</tr>\n");
            }
            h.append("</table>\n");
        }
        if (!missing.isEmpty()) {
            h.append("<h2>").append(esc(lang.t("evidence.manifest.notLogged"))).append("</h2>\n<p dir=\"ltr\">")
                    .append(esc(String.join(", ", missing))).append("</p>\n");
        }
        h.append("<h2>").append(esc(lang.t("evidence.manifest.entries"))).append("</h2>\n<table>\n<tr>");
        for (String key : List.of("leafIndex", "event", "row", "files")) h.append("<th>").append(esc(lang.t("evidence.manifest." + key))).append("</th>");
        h.append("</tr>\n");
        for (BundleWriter.Entry e : entries) {
            h.append("<tr><td>").append(esc(lang.number(e.index()))).append("</td><td dir=\"ltr\">").append(esc(e.kind().code()))
                    .append("</td><td dir=\"ltr\">").append(esc(e.kind().table())).append(' ').append(e.targetId())
                    .append("</td><td dir=\"ltr\"><code>items/").append(e.index()).append("/{leaf,row.json,tlog-proof}</code></td></tr>\n");
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
