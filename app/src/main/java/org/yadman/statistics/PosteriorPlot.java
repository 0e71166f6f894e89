package org.yadman.statistics;

import java.util.ArrayList;
import java.util.List;
import org.yadman.web.Lang;

/**
 * The geometry of the statistics page's SVG plot, computed here so the template only writes
 * elements: bars of the posterior histogram (when there is one), the interval as a band, the
 * estimate as a line, and labelled ticks on the N axis in the page's digits. Coordinates are in a
 * {@link #WIDTH} × {@link #HEIGHT} view box; the plot is drawn left to right in both languages,
 * like any number axis.
 */
public record PosteriorPlot(List<Bar> bars, Tick estimate, Double intervalFrom, Double intervalTo, List<Tick> ticks) {
    public static final int WIDTH = 640;
    public static final int HEIGHT = 240;
    static final double LEFT = 20;
    static final double RIGHT = 620;
    static final double BASE = 200;
    static final double TOP = 20;

    public record Bar(double x, double y, double width, double height) {}

    public record Tick(double x, String label) {}

    public static PosteriorPlot of(EstimateReport r, Lang lang) {
        Posterior p = r.posterior();
        double from = p != null ? p.from() : r.lower() != null ? r.lower() : r.observed();
        double to = p != null ? p.to() : r.upper() != null ? r.upper() : r.estimate() * 1.5;
        from = Math.min(from, r.lower() == null ? r.estimate() : r.lower());
        to = Math.max(to, r.upper() == null ? r.estimate() : r.upper());
        double pad = Math.max(1, (to - from) * 0.05);
        from = Math.max(0, from - pad);
        to = to + pad;
        Axis axis = new Axis(from, to);
        List<Bar> bars = new ArrayList<>();
        if (p != null) {
            double[] mass = p.mass();
            double max = 0;
            for (double m : mass) max = Math.max(max, m);
            for (int i = 0; i < mass.length; i++) {
                if (mass[i] <= 0 || max <= 0) continue;
                double x0 = axis.x(p.from() + i * p.width());
                double x1 = axis.x(p.from() + (i + 1) * p.width());
                double h = (BASE - TOP) * mass[i] / max;
                bars.add(new Bar(round(x0), round(BASE - h), round(Math.max(0.5, x1 - x0 - 0.5)), round(h)));
            }
        }
        List<Tick> ticks = new ArrayList<>();
        double step = niceStep((to - from) / 5);
        for (double v = Math.ceil(from / step) * step; v <= to; v += step) {
            ticks.add(new Tick(round(axis.x(v)), lang.number(Math.round(v))));
        }
        return new PosteriorPlot(bars, new Tick(round(axis.x(r.estimate())), lang.number(Math.round(r.estimate()))),
                r.lower() == null ? null : round(axis.x(r.lower())),
                r.upper() == null ? round(RIGHT) : round(axis.x(r.upper())), ticks);
    }

    public double base() {
        return BASE;
    }

    public double top() {
        return TOP;
    }

    public double left() {
        return LEFT;
    }

    public double right() {
        return RIGHT;
    }

    private record Axis(double from, double to) {
        double x(double v) {
            return LEFT + (RIGHT - LEFT) * (v - from) / (to - from);
        }
    }

    static double niceStep(double raw) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(Math.max(raw, 1))));
        for (double f : new double[] {1, 2, 5, 10}) if (f * magnitude >= raw) return f * magnitude;
        return 10 * magnitude;
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
