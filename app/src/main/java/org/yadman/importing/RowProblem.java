package org.yadman.importing;

/**
 * Why one row cannot be imported.
 *
 * @param column the header of the column at fault, or null when the row as a whole is
 * @param reason what is wrong, for people
 */
record RowProblem(String column, String reason) {
}
