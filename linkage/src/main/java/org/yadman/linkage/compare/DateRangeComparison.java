package org.yadman.linkage.compare;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.yadman.linkage.Record;
import org.yadman.linkage.UncertainDate;

/**
 * Two uncertain dates compared by their ranges of possible Gregorian days
 * ({@link UncertainDate#earliest()} to {@link UncertainDate#latest()}), so that a year, an age,
 * a month or a day in either calendar compare fairly. Levels, first that holds:
 * <ol start="0">
 *   <li>… one level per width: the ranges share a day and each spans at most that many days
 *       (a shared day says more when both dates are precise)</li>
 *   <li>overlap: the ranges share a day</li>
 *   <li>… one level per gap: the ranges are at most that many days apart</li>
 *   <li>else</li>
 * </ol>
 * Null when either date is missing or does not parse. See {@link #birth()} and {@link #death()}.
 */
public final class DateRangeComparison implements Comparison {

    private final String name;
    private final Set<String> fields;
    private final Function<Record, UncertainDate> value;
    private final int[] widthDays;
    private final int[] gapDays;
    private final List<String> levels;

    public DateRangeComparison(String name, Set<String> fields, Function<Record, UncertainDate> value,
                               int[] widthDays, int[] gapDays) {
        this.name = name;
        this.fields = Set.copyOf(fields);
        this.value = value;
        this.widthDays = widthDays.clone();
        this.gapDays = gapDays.clone();
        List<String> names = new ArrayList<>();
        for (int width : widthDays) {
            names.add("overlap, each within " + width + " days");
        }
        names.add("overlap");
        for (int gap : gapDays) {
            names.add("within " + gap + " days");
        }
        names.add("else");
        this.levels = List.copyOf(names);
    }

    /**
     * Birth: a year (either calendar), a full date, or an age at death. Levels: overlap with
     * both within a year (400 days), with both within two (an age spans two calendar years),
     * overlap, within 1 year, within 3 years, else.
     */
    public static DateRangeComparison birth() {
        return new DateRangeComparison("birth", Set.of(PersonFields.BIRTH, PersonFields.AGE),
            PersonFields::birth, new int[] {400, 800}, new int[] {366, 3 * 366});
    }

    /**
     * Death or execution: same day, overlap with both within a month (31 days), within a season
     * (95 days), overlap, within 10 days, within 45 days, else.
     */
    public static DateRangeComparison death() {
        return new DateRangeComparison("death", Set.of(PersonFields.DEATH), PersonFields::death,
            new int[] {1, 31, 95}, new int[] {10, 45});
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<String> levels() {
        return levels;
    }

    @Override
    public Set<String> fields() {
        return fields;
    }

    @Override
    public Object prepare(Record record) {
        UncertainDate date = value.apply(record);
        if (date == null) {
            return null;
        }
        return new long[] {day(date.earliest(), Long.MIN_VALUE / 4), day(date.latest(), Long.MAX_VALUE / 4)};
    }

    private static long day(LocalDate date, long unbounded) {
        return date == null ? unbounded : date.toEpochDay();
    }

    @Override
    public int level(Object left, Object right) {
        long[] a = (long[]) left;
        long[] b = (long[]) right;
        long gap = Math.max(a[0], b[0]) - Math.min(a[1], b[1]);
        if (gap <= 0) {
            long wider = Math.max(a[1] - a[0], b[1] - b[0]) + 1;
            for (int i = 0; i < widthDays.length; i++) {
                if (wider <= widthDays[i]) {
                    return i;
                }
            }
            return widthDays.length;
        }
        for (int i = 0; i < gapDays.length; i++) {
            if (gap <= gapDays[i]) {
                return widthDays.length + 1 + i;
            }
        }
        return levels.size() - 1;
    }
}
