package org.yadman.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an RFC 4180 CSV file in UTF-8 (with or without a byte-order mark) byte by byte.
 *
 * <p>Why not a CSV library: an import must name the byte offset of invalid UTF-8, the physical
 * line of every row, and refuse an oversized field without holding it. A reader that works on
 * decoded characters can do none of these, so this one parses bytes (the delimiter and the quote
 * are ASCII, so UTF-8 text can be split on them safely) and decodes each field strictly. Memory is
 * one 64 KiB buffer plus one field of at most {@code maxFieldBytes}, whatever the file's size.
 *
 * <p>Rules: fields are separated by the delimiter (given, or the most frequent of
 * {@code , ; TAB |} in the header line); a field may be quoted with {@code "}, inside which
 * delimiters and newlines are data and {@code ""} is one quote; rows end at LF, CRLF or CR; empty
 * lines are skipped. A quote inside an unquoted field is data. A quoted field still open at the end
 * of the file makes the whole file unreadable (everything after the quote would be lost).
 */
final class CsvRowSource implements RowSource {
    private static final byte[] CANDIDATE_DELIMITERS = {',', ';', '\t', '|'};
    private static final int FIELD_START = 0, UNQUOTED = 1, QUOTED = 2, QUOTE_IN_QUOTED = 3;

    private final Path file;
    private final String fileName;
    private final Character configuredDelimiter;
    private final int maxFieldBytes;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);

    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int limit;
    private long base;
    private InputStream in;

    private byte[] field = new byte[256];
    private int fieldLength;
    private boolean fieldTooLarge;
    private long fieldStart;
    private ArrayList<String> fields = new ArrayList<>();
    private RowProblem problem;
    private List<String> headers;
    private long rowNumber;
    private long line = 1;
    private long rowLine = 1;
    private char delimiter;

    CsvRowSource(Path file, Character delimiter, int maxFieldBytes) {
        this.file = file;
        this.fileName = String.valueOf(file.getFileName());
        this.configuredDelimiter = delimiter;
        this.maxFieldBytes = maxFieldBytes;
    }

    char delimiter() {
        return delimiter;
    }

    @Override
    public long bytesRead() {
        return base + pos;
    }

    @Override
    public void read(Handler handler) throws IOException {
        try (InputStream stream = Files.newInputStream(file)) {
            in = stream;
            limit = Math.max(0, in.readNBytes(buf, 0, buf.length));
            if (limit >= 3 && (buf[0] & 0xff) == 0xEF && (buf[1] & 0xff) == 0xBB && (buf[2] & 0xff) == 0xBF) pos = 3;
            delimiter = configuredDelimiter != null ? configuredDelimiter : detectDelimiter();
            parse(handler);
        }
    }

    /** The candidate that occurs most often outside quotes in the first line; ',' when none does. */
    private char detectDelimiter() {
        int[] counts = new int[CANDIDATE_DELIMITERS.length];
        boolean quoted = false;
        for (int i = pos; i < limit; i++) {
            byte b = buf[i];
            if (b == '"') quoted = !quoted;
            else if (!quoted && (b == '\n' || b == '\r')) break;
            else if (!quoted) for (int c = 0; c < counts.length; c++) if (b == CANDIDATE_DELIMITERS[c]) counts[c]++;
        }
        int best = 0;
        for (int c = 1; c < counts.length; c++) if (counts[c] > counts[best]) best = c;
        return (char) CANDIDATE_DELIMITERS[best];
    }

    private int next() throws IOException {
        if (pos == limit) {
            base += limit;
            pos = 0;
            limit = in.read(buf, 0, buf.length);
            if (limit <= 0) {
                limit = 0;
                return -1;
            }
        }
        return buf[pos++] & 0xff;
    }

    private void parse(Handler handler) throws IOException {
        int state = FIELD_START;
        boolean skipLf = false;
        boolean rowStarted = false;
        int d = delimiter;
        for (int b = next(); b >= 0; b = next()) {
            if (skipLf) {
                skipLf = false;
                if (b == '\n') continue;
            }
            if (!rowStarted) {
                rowStarted = true;
                rowLine = line;
            }
            switch (state) {
                case QUOTED -> {
                    if (b == '"') state = QUOTE_IN_QUOTED;
                    else {
                        if (b == '\n') line++;
                        else if (b == '\r') { line++; skipLf = true; }
                        append(b);
                    }
                }
                case QUOTE_IN_QUOTED -> {
                    if (b == '"') { append(b); state = QUOTED; }
                    else if (b == d) { endField(); state = FIELD_START; }
                    else if (b == '\n' || b == '\r') { state = endLine(handler); rowStarted = false; skipLf = b == '\r'; }
                    else {
                        noteProblem(fields.size(), "unexpected character after a closing quote (a quote inside a quoted field must be doubled)");
                        append(b);
                        state = UNQUOTED;
                    }
                }
                default -> {
                    if (b == d) { endField(); state = FIELD_START; }
                    else if (b == '\n' || b == '\r') { state = endLine(handler); rowStarted = false; skipLf = b == '\r'; }
                    else if (b == '"' && state == FIELD_START) { state = QUOTED; fieldStart = base + pos; }
                    else {
                        if (state == FIELD_START) fieldStart = base + pos - 1;
                        append(b);
                        state = UNQUOTED;
                    }
                }
            }
        }
        if (state == QUOTED) {
            throw new ImportException(fileName + ": " + where(rowNumber + 1, rowLine, fields.size())
                    + ": a quoted field is never closed; the file ends inside it (is the file truncated?). Nothing was imported.");
        }
        if (rowStarted) {
            endField();
            endRow(handler);
        }
        if (headers == null) throw new ImportException(fileName + ": the file is empty; a header line is required");
    }

    private int endLine(Handler handler) {
        line++;
        endField();
        endRow(handler);
        return FIELD_START;
    }

    private void append(int b) {
        if (fieldTooLarge) return;
        if (fieldLength >= maxFieldBytes) {
            fieldTooLarge = true;
            noteProblem(fields.size(), "field is larger than the limit of " + maxFieldBytes + " bytes");
            return;
        }
        if (fieldLength == field.length) {
            field = java.util.Arrays.copyOf(field, (int) Math.min((long) maxFieldBytes, field.length * 2L));
        }
        field[fieldLength++] = (byte) b;
    }

    private void endField() {
        fields.add(fieldTooLarge ? "" : decode());
        fieldLength = 0;
        fieldTooLarge = false;
        if (field.length > 1 << 16) field = new byte[256];
    }

    private String decode() {
        boolean ascii = true;
        for (int i = 0; i < fieldLength; i++) {
            if (field[i] <= 0) { ascii = false; break; }
        }
        if (ascii) return new String(field, 0, fieldLength, StandardCharsets.ISO_8859_1);
        ByteBuffer bytes = ByteBuffer.wrap(field, 0, fieldLength);
        CharBuffer chars = CharBuffer.allocate(fieldLength);
        decoder.reset();
        CoderResult result = decoder.decode(bytes, chars, true);
        if (result.isError()) {
            long at = fieldStart + bytes.position();
            noteProblem(fields.size(), "invalid UTF-8 at byte offset " + at + " of the file (byte 0x"
                    + String.format("%02X", field[bytes.position()] & 0xff) + "); save the file as UTF-8");
            return new String(field, 0, fieldLength, StandardCharsets.UTF_8);
        }
        decoder.flush(chars);
        chars.flip();
        String text = chars.toString();
        if (text.indexOf('\0') >= 0) noteProblem(fields.size(), "contains a NUL character");
        return text;
    }

    private void noteProblem(int columnIndex, String reason) {
        if (problem == null) problem = new RowProblem(columnName(columnIndex), reason);
    }

    private String columnName(int index) {
        if (headers != null && index < headers.size()) return headers.get(index);
        return "column " + (index + 1);
    }

    private void endRow(Handler handler) {
        ArrayList<String> row = fields;
        RowProblem rowProblem = problem;
        fields = new ArrayList<>(row.size());
        problem = null;
        if (row.size() == 1 && row.get(0).isEmpty() && rowProblem == null) return; // an empty line
        if (headers == null) {
            if (rowProblem != null) {
                throw new ImportException(fileName + ": header (line " + rowLine + "), " + rowProblem.column() + ": " + rowProblem.reason());
            }
            headers = List.copyOf(row);
            handler.header(headers);
            return;
        }
        handler.row(new RawRow(++rowNumber, rowLine, row, rowProblem));
    }

    private String where(long row, long physicalLine, int columnIndex) {
        return "row " + row + " (line " + physicalLine + "), column '" + columnName(columnIndex) + "'";
    }
}
