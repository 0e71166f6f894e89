package org.yadman.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.net.SocketTimeoutException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/** HTML to PDF: Persian shaped and in logical order when read back, Latin beside it, the font embedded, bytes reproducible. */
class PdfTest {
    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    private static String document(String body) {
        return "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"fa\"><head><meta charset=\"utf-8\"/><title>t</title></head>"
                + "<body>" + body + "</body></html>";
    }

    private static final String BILINGUAL = document(
            "<p dir=\"ltr\">Evidence received on 1 March 2026</p>"
            + "<p dir=\"rtl\">اعدام‌شدگان تابستان ۱۳۶۷ در گورستان خاوران</p>");

    /** The text as a reader sees it: glyphs sorted by position, right-to-left runs put back in logical order. */
    private static String text(PDDocument doc) throws Exception {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        return stripper.getText(doc);
    }

    @Test
    void persianAndLatinParagraphsReadBackInLogicalOrder() throws Exception {
        byte[] pdf = Pdf.render(BILINGUAL, T0);
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(text(doc).lines().map(String::strip).toList())
                    .containsExactly("Evidence received on 1 March 2026", "اعدام‌شدگان تابستان ۱۳۶۷ در گورستان خاوران");
            List<String> fonts = new ArrayList<>();
            for (PDPage page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    fonts.add(font.getName() + (font.isEmbedded() ? " embedded" : ""));
                }
            }
            assertThat(fonts).isNotEmpty().allSatisfy(f -> assertThat(f).contains("Vazirmatn").endsWith("embedded"));
            assertThat(doc.getDocumentInformation().getCreationDate().toInstant()).isEqualTo(T0);
        }
    }

    @Test
    void persianLettersAreDrawnJoined() throws Exception {
        // نگار: nun initial, gaf medial, alef final, reh isolated. Unshaped, the file would hold U+06AF for gaf.
        byte[] pdf = Pdf.render(document("<p dir=\"rtl\">نگار</p>"), T0);
        StringBuilder drawn = new StringBuilder();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper raw = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition text) {
                    drawn.append(text.getUnicode());
                }
            };
            assertThat(raw.getText(doc)).isNotNull();
        }
        assertThat(drawn.toString()).contains("\uFB95").contains("\uFEE7").doesNotContain("\u06AF");
    }

    @Test
    void sameDocumentAndDateGiveTheSameBytes() {
        byte[] first = Pdf.render(BILINGUAL, T0);
        byte[] second = Pdf.render(BILINGUAL, T0);
        assertThat(second).isEqualTo(first);
        assertThat(Pdf.render(BILINGUAL, T0.plusSeconds(1))).isNotEqualTo(first);
    }

    @Test
    void nothingOutsideTheDocumentIsFetched() throws Exception {
        try (ServerSocket server = new ServerSocket(0)) {
            String url = "http://127.0.0.1:" + server.getLocalPort() + "/x";
            byte[] pdf = Pdf.render(document("<link rel=\"stylesheet\" href=\"" + url + ".css\"/><p>a<img src=\"" + url + ".png\"/></p>"
                    + "<p style=\"background-image: url(" + url + "-bg.png)\">b</p>"), T0);
            assertThat(pdf).isNotEmpty();
            server.setSoTimeout(300);
            assertThatThrownBy(server::accept).as("no connection was attempted").isInstanceOf(SocketTimeoutException.class);
        }
    }

    @Test
    void aDocumentThatIsNotXhtmlIsRefusedWithItsPosition() {
        assertThatThrownBy(() -> Pdf.render("<html><body>\n<p>open<br></p></body></html>", T0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not well-formed XHTML").hasMessageContaining("line 2");
    }
}
