package org.yadman.documents;

import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.extend.FSSupplier;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PDFCreationListener;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Renders an XHTML document (well-formed HTML: every element closed) to PDF with openhtmltopdf,
 * for court bundles and case files. Right-to-left text is ordered by ICU (bidi splitter and
 * reorderer) and joined by {@link PersianShaping}, in Vazirmatn, which ships in the jar (OFL,
 * fonts/vazirmatn) and also covers Latin, so one family serves both scripts and the PDF never depends on the fonts of
 * the machine that made it. It is the document's default font; its CSS may still name others.
 *
 * <p>Nothing outside the document is loaded: no network, no file, no image by URL (a bundle is
 * made from the database and must not reach out). The output is reproducible: the same XHTML and
 * the same {@code created} give the same bytes (no clock read, no random document id).
 */
public final class Pdf {
    /** The font family every document gets by default. */
    public static final String FONT_FAMILY = "Vazirmatn";
    private static final String FONTS = "/fonts/vazirmatn/";

    static {
        XRLog.setLoggingEnabled(false); // it logs every CSS fallback at INFO; errors reach us as exceptions
        // PDFBox logs through commons-logging, which prefers the Log4j API when it is on the class path
        // (POI brings it, without a provider) and then prints an error on every start: send it to SLF4J,
        // the app's logging, unless someone chose otherwise.
        if (System.getProperty("org.apache.commons.logging.LogFactory") == null) {
            System.setProperty("org.apache.commons.logging.LogFactory", "org.apache.commons.logging.impl.Slf4jLogFactory");
        }
    }

    private Pdf() {}

    /** The PDF for {@code xhtml}, dated {@code created} (its creation and modification dates). */
    public static byte[] render(String xhtml, Instant created) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            render(xhtml, created, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // only an in-memory stream, so only a renderer fault
        }
        return out.toByteArray();
    }

    /**
     * Writes the PDF for {@code xhtml} to {@code out} (not closed).
     *
     * @throws IllegalArgumentException the document is not well-formed XML (line and column named)
     */
    public static void render(String xhtml, Instant created, OutputStream out) throws IOException {
        Document document = parse(xhtml);
        Calendar date = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        date.setTimeInMillis(created.toEpochMilli());
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .useFastMode()
                .withW3cDocument(document, "about:blank")
                .useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                .useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
                .useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory())
                .useUnicodeBidiReorderer(new ShapingReorderer())
                .defaultTextDirection(BaseRendererBuilder.TextDirection.LTR)
                .withProducer("Yadman")
                .useFont(font("Vazirmatn-Regular.ttf"), FONT_FAMILY, 400, BaseRendererBuilder.FontStyle.NORMAL, true)
                .useFont(font("Vazirmatn-Bold.ttf"), FONT_FAMILY, 700, BaseRendererBuilder.FontStyle.NORMAL, true)
                .toStream(out);
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            // The renderer stamps the document with the clock while writing; onClose runs just before it saves.
            renderer.setListener(new PDFCreationListener() {
                @Override
                public void preOpen(PdfBoxRenderer r) {}

                @Override
                public void preWrite(PdfBoxRenderer r, int pageCount) {}

                @Override
                public void onClose(PdfBoxRenderer r) {
                    PDDocument pdf = r.getPdfDocument();
                    PDDocumentInformation info = pdf.getDocumentInformation();
                    info.setCreationDate(date);
                    info.setModificationDate(date);
                    // Without an id PDFBox makes one from the clock; this one is a digest of what the file depends on.
                    COSString id = new COSString(documentId(xhtml, created));
                    COSArray ids = new COSArray();
                    ids.add(id);
                    ids.add(id);
                    pdf.getDocument().getTrailer().setItem(COSName.ID, ids);
                }
            });
            renderer.layout();
            renderer.createPDF();
        }
    }

    private static byte[] documentId(String xhtml, Instant created) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(xhtml.getBytes(StandardCharsets.UTF_8));
            sha.update(created.toString().getBytes(StandardCharsets.UTF_8));
            return Arrays.copyOf(sha.digest(), 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static FSSupplier<InputStream> font(String file) {
        return () -> {
            InputStream in = Pdf.class.getResourceAsStream(FONTS + file);
            if (in == null) throw new IllegalStateException("font " + FONTS + file + " is missing from the jar");
            return in;
        };
    }

    /** Parses without DTDs or external entities, and puts the default font first in the head. */
    private static Document parse(String xhtml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder parser = factory.newDocumentBuilder();
            parser.setErrorHandler(null);
            Document document = parser.parse(new InputSource(new StringReader(xhtml)));
            defaultFont(document);
            return document;
        } catch (SAXParseException e) {
            throw new IllegalArgumentException("the document is not well-formed XHTML: line " + e.getLineNumber()
                    + ", column " + e.getColumnNumber() + ": " + e.getMessage(), e);
        } catch (SAXException | ParserConfigurationException e) {
            throw new IllegalArgumentException("the document is not well-formed XHTML: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void defaultFont(Document document) {
        Element root = document.getDocumentElement();
        String ns = root.getNamespaceURI();
        Element head = null;
        for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && "head".equals(e.getLocalName() == null ? e.getTagName() : e.getLocalName())) head = e;
        }
        if (head == null) {
            head = document.createElementNS(ns, "head");
            root.insertBefore(head, root.getFirstChild());
        }
        Element style = document.createElementNS(ns, "style");
        style.setTextContent("html { font-family: " + FONT_FAMILY + "; }");
        head.insertBefore(style, head.getFirstChild());
    }
}
