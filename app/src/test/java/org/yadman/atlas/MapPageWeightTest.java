package org.yadman.atlas;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.yadman.testing.RunningSite;

/**
 * The map page with its basemap, stylesheet and pan-and-zoom script stays under its budget
 * (150 KB), for readers on slow and filtered connections. Prints the sizes for docs/benchmarks.md.
 */
class MapPageWeightTest {
    static final int BUDGET = 150 * 1024;

    @Test
    void mapPageWithBasemapAndStylesheetIsUnderBudget() {
        try (var site = RunningSite.start()) {
            var rows = new AtlasRows(site.database());
            for (int i = 0; i < 40; i++) { // forty prisons and grave sites spread over Iran
                long place = rows.place(i % 2 == 0 ? "prison" : "grave_site", 26.0 + (i % 8) * 1.6, 45.0 + (i / 8) * 3.5,
                        "Place " + i, "مکان " + i);
                rows.act("execution", place, null, null, rows.published("Person " + i));
            }
            for (String lang : new String[] {"en", "fa"}) {
                byte[] html = site.get("/" + lang + "/map").body().getBytes(StandardCharsets.UTF_8);
                byte[] css = site.get("/static/yadman.css").body().getBytes(StandardCharsets.UTF_8);
                byte[] js = site.get("/static/atlas-map.js").body().getBytes(StandardCharsets.UTF_8);
                assertThat(new String(html, StandardCharsets.UTF_8)).contains("/static/atlas-map.js").contains("/static/yadman.css");
                int total = html.length + css.length + js.length;
                System.out.printf("map page /%s/map: html %,d B (gzip %,d B), css %,d B (gzip %,d B), js %,d B (gzip %,d B),"
                        + " total %,d B (gzip %,d B)%n", lang, html.length, gzip(html), css.length, gzip(css), js.length, gzip(js),
                        total, gzip(html) + gzip(css) + gzip(js));
                assertThat(total).as("bytes of /" + lang + "/map with what it loads").isLessThan(BUDGET);
            }
        }
    }

    static int gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(out)) {
            z.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.size();
    }
}
