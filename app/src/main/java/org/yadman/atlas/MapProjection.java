package org.yadman.atlas;

/**
 * Longitude and latitude to SVG pixels: an equirectangular projection whose horizontal scale is
 * corrected for the frame's middle latitude, which keeps Iran's shape within a few per cent at
 * this size and needs no library. Paths are written with whole pixels and relative moves, which
 * keeps the page small; rounding happens on absolute positions so errors never add up.
 */
public final class MapProjection {
    private final double lonMin;
    private final double latMax;
    private final double scale;
    private final double xScale;
    private final int width;
    private final int height;

    public MapProjection(Basemap map, int width) {
        this.lonMin = map.lonMin();
        this.latMax = map.latMax();
        this.xScale = Math.cos(Math.toRadians((map.latMin() + map.latMax()) / 2));
        this.width = width;
        this.scale = width / ((map.lonMax() - map.lonMin()) * xScale);
        this.height = (int) Math.round((map.latMax() - map.latMin()) * scale);
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public double x(double lon) {
        return (lon - lonMin) * xScale * scale;
    }

    public double y(double lat) {
        return (latMax - lat) * scale;
    }

    /** Whether a point falls inside the drawn frame. */
    public boolean contains(double lon, double lat) {
        double x = x(lon), y = y(lat);
        return x >= 0 && x <= width && y >= 0 && y <= height;
    }

    /** SVG path data for closed rings of flat lon,lat pairs; rings smaller than a pixel are left out. */
    public String path(Iterable<double[]> rings) {
        StringBuilder d = new StringBuilder();
        long px = 0, py = 0; // after "z" the pen is back at the start of the ring it closed
        for (double[] ring : rings) {
            java.util.List<long[]> points = new java.util.ArrayList<>();
            for (int i = 0; i < ring.length; i += 2) {
                long[] p = {Math.round(x(ring[i])), Math.round(y(ring[i + 1]))};
                long[] last = points.isEmpty() ? null : points.get(points.size() - 1);
                if (last == null || last[0] != p[0] || last[1] != p[1]) points.add(p);
            }
            if (points.size() < 3) continue;
            long[] start = points.get(0);
            d.append('m');
            number(d, start[0] - px, true);
            number(d, start[1] - py, false);
            d.append('l');
            long cx = start[0], cy = start[1];
            boolean firstNumber = true;
            for (long[] p : points.subList(1, points.size())) {
                number(d, p[0] - cx, firstNumber);
                number(d, p[1] - cy, false);
                firstNumber = false;
                cx = p[0];
                cy = p[1];
            }
            d.append('z');
            px = start[0];
            py = start[1];
        }
        return d.toString();
    }

    /** Appends a number, with a space before it unless it follows a command letter or starts with a minus. */
    private static void number(StringBuilder d, long value, boolean afterCommand) {
        if (!afterCommand && value >= 0) d.append(' ');
        d.append(value);
    }
}
