package org.yadman.acts;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import org.yadman.linkage.PersianText;
import org.yadman.linkage.UncertainDate;

/** Reads posted form fields; Persian and Arabic digits are accepted everywhere. Problems name the field. */
final class Forms {
    private Forms() {}

    static String text(Context ctx, String field) {
        String v = ctx.formParam(field);
        return v == null || v.isBlank() ? null : v.strip();
    }

    static String required(Context ctx, String field) {
        String v = text(ctx, field);
        if (v == null) throw new InputProblem(field, "must not be empty");
        return v;
    }

    static Long id(Context ctx, String field) {
        String v = text(ctx, field);
        return v == null ? null : id(field, v);
    }

    static long requiredId(Context ctx, String field) {
        return id(field, required(ctx, field));
    }

    static long id(String field, String value) {
        String ascii = PersianText.digitsToAscii(value.strip());
        if (!ascii.matches("[0-9]{1,18}") || Long.parseLong(ascii) == 0) throw new InputProblem(field, "\"" + value + "\" is not an id");
        return Long.parseLong(ascii);
    }

    /** Ids separated by spaces, commas (Latin or Persian) or new lines. */
    static List<Long> ids(Context ctx, String field) {
        String v = text(ctx, field);
        List<Long> out = new ArrayList<>();
        if (v == null) return out;
        for (String part : v.split("[\\s,،]+")) if (!part.isBlank()) out.add(id(field, part));
        return out;
    }

    static Double decimal(Context ctx, String field) {
        String v = text(ctx, field);
        if (v == null) return null;
        String ascii = PersianText.digitsToAscii(v).replace('٫', '.');
        try {
            return Double.parseDouble(ascii);
        } catch (NumberFormatException e) {
            throw new InputProblem(field, "\"" + v + "\" is not a number");
        }
    }

    static int credibility(Context ctx) {
        long c = id("credibility", required(ctx, "credibility"));
        if (c > 6) throw new InputProblem("credibility", "credibility " + c + " is not in 1..6");
        return (int) c;
    }

    /** A date as written (Solar Hijri by default for numbers up to 1420, Gregorian after; see UncertainDate). */
    static UncertainDate date(Context ctx, String field) {
        String v = text(ctx, field);
        try {
            return UncertainDate.parse(v, UncertainDate.Calendar.SOLAR_HIJRI);
        } catch (RuntimeException e) {
            throw new InputProblem(field, e.getMessage());
        }
    }
}
