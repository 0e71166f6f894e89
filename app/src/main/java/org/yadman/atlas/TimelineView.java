package org.yadman.atlas;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yadman.web.Lang;

/**
 * The timeline's chart geometry and table rows, computed on the server: one stacked bar per week
 * (a segment per place series), a count axis, date ticks in the page's calendar and digits.
 */
public record TimelineView(Timeline timeline, int width, int height, List<Bar> bars, List<Tick> yTicks, List<Tick> xTicks,
                           List<Series> series, List<WeekRow> weeks, List<RangeRow> monthRanges, List<RangeRow> widerRanges) {
    public static final int WIDTH = 960;
    public static final int HEIGHT = 320;
    static final int LEFT = 48, RIGHT = 12, TOP = 12, BOTTOM = 40;

    public record Bar(int x, int y, int width, int height, int series, String title) {}

    public record Tick(int position, String label) {}

    public record Series(int index, String name) {}

    public record WeekRow(String primary, String secondary, List<String> counts, String total) {}

    public record RangeRow(String label, List<String> counts, String total) {}

    public static TimelineView of(Timeline t, Map<Long, String> placeNames, Lang lang) {
        List<Series> series = new ArrayList<>();
        for (int i = 0; i < t.series().size(); i++) series.add(new Series(i, seriesName(t.series().get(i), placeNames, lang)));
        int plotW = WIDTH - LEFT - RIGHT, plotH = HEIGHT - TOP - BOTTOM;
        long top = niceCeiling(t.maxWeek());
        List<Bar> bars = new ArrayList<>();
        List<Tick> xTicks = new ArrayList<>();
        int n = t.weeks().size();
        double step = n == 0 ? 0 : (double) plotW / n;
        int every = Math.max(1, (int) Math.ceil(n / 8.0));
        for (int w = 0; w < n; w++) {
            Timeline.Week week = t.weeks().get(w);
            int x = LEFT + (int) Math.round(w * step);
            int barW = Math.max(1, (int) Math.round(step) - (step > 4 ? 1 : 0));
            double base = 0;
            for (int s = 0; s < t.series().size(); s++) {
                long c = week.count(t.series().get(s));
                if (c == 0) continue;
                int y0 = TOP + plotH - (int) Math.round(base * plotH / top);
                base += c;
                int y1 = TOP + plotH - (int) Math.round(base * plotH / top);
                bars.add(new Bar(x, y1, barW, Math.max(1, y0 - y1), s, lang.t("atlas.timeline.barTitle",
                        DateLabels.primary(week.start(), lang), series.get(s).name(), c)));
            }
            if (w % every == 0) xTicks.add(new Tick(x + barW / 2, DateLabels.primary(week.start(), lang)));
        }
        List<Tick> yTicks = new ArrayList<>();
        long tickStep = Math.max(1, top / 4);
        for (long v = 0; v <= top; v += tickStep) yTicks.add(new Tick(TOP + plotH - (int) Math.round((double) v * plotH / top), lang.number(v)));
        List<WeekRow> weekRows = new ArrayList<>();
        for (Timeline.Week week : t.weeks()) {
            weekRows.add(new WeekRow(DateLabels.range(week.start(), week.end(), lang), DateLabels.secondary(week.start(), lang),
                    counts(t, week.counts(), lang), lang.number(week.total())));
        }
        return new TimelineView(t, WIDTH, HEIGHT, bars, yTicks, xTicks, series, weekRows, ranges(t, t.monthRanges(), lang),
                ranges(t, t.widerRanges(), lang));
    }

    private static List<RangeRow> ranges(Timeline t, List<Timeline.Range> ranges, Lang lang) {
        List<RangeRow> out = new ArrayList<>();
        for (Timeline.Range r : ranges) {
            out.add(new RangeRow(DateLabels.range(r.earliest(), r.latest(), lang), counts(t, r.counts(), lang), lang.number(r.total())));
        }
        return out;
    }

    private static List<String> counts(Timeline t, Map<Long, Long> counts, Lang lang) {
        List<String> out = new ArrayList<>();
        for (Long key : t.series()) out.add(lang.number(counts.getOrDefault(key, 0L)));
        long rest = 0; // ranges may hold places outside the weekly series; they are counted, never dropped
        for (var e : counts.entrySet()) if (!t.series().contains(e.getKey())) rest += e.getValue();
        out.add(lang.number(rest));
        return out;
    }

    private static String seriesName(long key, Map<Long, String> placeNames, Lang lang) {
        if (key == Timeline.UNKNOWN_PLACE) return lang.t("atlas.timeline.unknownPlace");
        if (key == Timeline.OTHER_PLACES) return lang.t("atlas.timeline.otherPlaces");
        return placeNames.getOrDefault(key, lang.t("atlas.place.unnamed"));
    }

    /** The smallest of 1, 2, 5 × 10^k at least {@code max} (and at least 1), so the axis has round numbers. */
    static long niceCeiling(long max) {
        long scale = 1;
        while (true) {
            for (long m : new long[] {1, 2, 5}) if (m * scale >= Math.max(1, max)) return m * scale;
            scale *= 10;
        }
    }
}
