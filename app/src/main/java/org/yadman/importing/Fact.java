package org.yadman.importing;

import org.yadman.linkage.UncertainDate;

/**
 * One fact an imported row states about its person (kept in the record's {@code facts}).
 *
 * @param field the assertion field (given_name, surname, full_name, father_name, birth_date, ...)
 * @param value the text as written in the file
 * @param script persian, latin, mixed or other; null when the value has no letters
 * @param normalised PersianText.normalise of a name-like value; male/female for sex; else null
 * @param date the date's reading, for birth_date and death_date; else null
 */
record Fact(String field, String value, String script, String normalised, UncertainDate date) {
}
