package org.yadman.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads the first sheet of an XLSX workbook with POI's event (SAX) reader, never building the
 * workbook in memory: rows stream from the sheet's XML. Cells appear as Excel shows them, except
 * dates, which become ISO {@code yyyy-MM-dd} so that no day/month order is guessed. Formulas give
 * their cached result. Missing cells are empty; a row with no cells is skipped. The "line" of a
 * row is its row number in the sheet. Shared strings are held in memory (POI's read-only table).
 */
final class XlsxRowSource implements RowSource {
    private final Path file;
    private final String fileName;
    private final int maxFieldBytes;

    XlsxRowSource(Path file, int maxFieldBytes) {
        this.file = file;
        this.fileName = String.valueOf(file.getFileName());
        this.maxFieldBytes = maxFieldBytes;
    }

    @Override
    public long bytesRead() {
        return 0; // the sheet is compressed: progress is counted in rows only
    }

    @Override
    public void read(Handler handler) throws IOException {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            if (!sheets.hasNext()) throw new ImportException(fileName + ": the workbook has no sheet");
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null, strings,
                        new Rows(handler), new IsoDates(), false));
                parser.parse(new InputSource(sheet));
            }
        } catch (InvalidFormatException e) {
            throw new ImportException(fileName + ": not a readable XLSX workbook: " + e.getMessage(), e);
        } catch (OpenXML4JException | SAXException | javax.xml.parsers.ParserConfigurationException e) {
            throw new ImportException(fileName + ": the workbook is damaged: " + e.getMessage(), e);
        }
    }

    /** Excel's formatting, but dates as ISO days. */
    private static final class IsoDates extends DataFormatter {
        IsoDates() {
            super(Locale.ROOT);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value, use1904Windowing).toLocalDate().format(DateTimeFormatter.ISO_LOCAL_DATE);
            }
            return super.formatRawCellContents(value, formatIndex, formatString, use1904Windowing);
        }
    }

    /** Collects the cells of each row into a list by column letter, padding gaps with "". */
    private final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final Handler handler;
        private List<String> headers;
        private ArrayList<String> cells = new ArrayList<>();
        private RowProblem problem;
        private long dataRows;

        Rows(Handler handler) {
            this.handler = handler;
        }

        @Override
        public void startRow(int rowNum) {
            cells = new ArrayList<>(headers == null ? 16 : headers.size());
            problem = null;
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = reference == null ? cells.size() : new CellReference(reference).getCol();
            while (cells.size() < column) cells.add("");
            String text = value == null ? "" : value;
            if (problem == null && text.length() * 3L > maxFieldBytes
                    && text.getBytes(StandardCharsets.UTF_8).length > maxFieldBytes) {
                problem = new RowProblem(columnName(column), "field is larger than the limit of " + maxFieldBytes + " bytes");
                text = "";
            }
            cells.add(text);
        }

        @Override
        public void endRow(int rowNum) {
            if (cells.stream().allMatch(String::isEmpty)) return;
            if (headers == null) {
                headers = List.copyOf(cells);
                handler.header(headers);
                return;
            }
            while (cells.size() < headers.size()) cells.add("");
            handler.row(new RawRow(++dataRows, rowNum + 1L, cells, problem));
        }

        private String columnName(int index) {
            return headers != null && index < headers.size() ? headers.get(index) : "column " + (index + 1);
        }
    }
}
