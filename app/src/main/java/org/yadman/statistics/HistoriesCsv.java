package org.yadman.statistics;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.yadman.estimate.CaptureHistories;
import org.yadman.linkage.PersianText;

/**
 * Reads a capture-history table: a header with one column per list and a {@code freq} column, then
 * one row per history (list columns 0 or 1, {@code freq} a non-negative whole number). This is the
 * layout of Rcapture's and LCMCR's example data. Persian and Arabic digits are accepted.
 *
 * <p>Every problem is an {@link IllegalArgumentException} naming the file, the line and the column.
 */
public final class HistoriesCsv {
    private HistoriesCsv() {}

    public static CaptureHistories read(Path file) {
        if (!Files.isRegularFile(file)) throw new IllegalArgumentException(file + ": no such file");
        List<CsvRecord> rows = new ArrayList<>();
        try (CsvReader<CsvRecord> reader = CsvReader.builder().skipEmptyLines(true).allowExtraFields(true).allowMissingFields(true).ofCsvRecord(file)) {
            reader.forEach(rows::add);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot be read", e);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(file + ": not a readable CSV file: " + e.getMessage(), e);
        }
        if (rows.isEmpty()) throw new IllegalArgumentException(file + ": empty; expected a header with list columns and 'freq'");
        CsvRecord header = rows.get(0);
        List<String> names = new ArrayList<>();
        int freqColumn = -1;
        for (int c = 0; c < header.getFieldCount(); c++) {
            String name = header.getField(c).strip();
            if (c == 0) name = name.replace("\uFEFF", "");
            if (name.equalsIgnoreCase("freq")) {
                if (freqColumn >= 0) throw new IllegalArgumentException(file + ": line 1: column 'freq' appears twice");
                freqColumn = c;
            } else {
                if (name.isEmpty()) throw new IllegalArgumentException(file + ": line 1, column " + (c + 1) + ": the list has no name");
                names.add(name);
            }
        }
        if (freqColumn < 0) throw new IllegalArgumentException(file + ": line 1: no 'freq' column; expected list columns (0/1) and 'freq'");
        if (names.size() < 2) {
            throw new IllegalArgumentException(file + ": line 1: multiple systems estimation needs at least 2 list columns; got "
                    + names.size() + (names.isEmpty() ? "" : " (" + names.get(0) + ")"));
        }
        CaptureHistories.Builder builder;
        try {
            builder = CaptureHistories.builder(names.toArray(String[]::new));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": line 1: " + e.getMessage(), e);
        }
        if (rows.size() == 1) throw new IllegalArgumentException(file + ": no rows after the header");
        for (CsvRecord row : rows.subList(1, rows.size())) {
            long line = row.getStartingLineNumber();
            if (row.getFieldCount() != header.getFieldCount()) {
                throw new IllegalArgumentException(file + ": line " + line + ": expected " + header.getFieldCount()
                        + " fields as in the header; got " + row.getFieldCount());
            }
            int[] flags = new int[names.size()];
            int list = 0;
            for (int c = 0; c < row.getFieldCount(); c++) {
                if (c == freqColumn) continue;
                String value = PersianText.digitsToAscii(row.getField(c).strip());
                if (!value.equals("0") && !value.equals("1")) {
                    throw new IllegalArgumentException(file + ": line " + line + ", column '" + names.get(list)
                            + "': a list column must be 0 or 1; got '" + row.getField(c) + "'");
                }
                flags[list++] = value.charAt(0) - '0';
            }
            long count = count(file, line, row.getField(freqColumn));
            boolean nobody = true;
            for (int flag : flags) nobody &= flag == 0;
            if (nobody && count > 0) {
                throw new IllegalArgumentException(file + ": line " + line + ", column 'freq': the all-zero history is the"
                        + " unobserved count being estimated and cannot be given; got " + count + " (drop the row)");
            }
            builder.add(flags, count);
        }
        try {
            return builder.build();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }

    private static long count(Path file, long line, String text) {
        String value = PersianText.digitsToAscii(text.strip()).replace(",", "").replace("٬", "");
        long count;
        try {
            count = Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(file + ": line " + line + ", column 'freq': expected a whole number; got '"
                    + text + "'");
        }
        if (count < 0) {
            throw new IllegalArgumentException(file + ": line " + line + ", column 'freq': counts must be non-negative; got "
                    + count);
        }
        return count;
    }
}
