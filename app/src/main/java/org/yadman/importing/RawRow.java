package org.yadman.importing;

import java.util.List;

/**
 * One data row as read from the file, before the mapping is applied.
 *
 * @param number 1-based data row (the header is row 0)
 * @param line physical line (CSV) or sheet row (XLSX) where the row starts, 1-based
 * @param fields the fields as text, verbatim; a field that could not be read holds ""
 * @param problem why the row cannot be read (invalid UTF-8, a field over the size limit, ...), or null
 */
record RawRow(long number, long line, List<String> fields, RowProblem problem) {
}
