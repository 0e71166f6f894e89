package org.yadman.atlas;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.yadman.web.Lang;

/**
 * What the map template draws, computed on the server: projected outlines as path data, and one
 * marker per located place, sized by the published persons executed or buried there. Places with
 * no coordinates (or outside the frame) are not drawn but stay in the table under the map.
 */
public record MapView(int width, int height, List<Outline> countries, List<Outline> provinces, List<Label> countryLabels,
                      List<Marker> markers, List<Row> rows) {
    public static final int WIDTH = 1000;

    public record Outline(String code, String name, String path, boolean home) {}

    public record Label(int x, int y, String text) {}

    /**
     * A marker: {@code r} grows with the square root of the count, so areas compare honestly. The
     * label sits at {@code labelY}, below or above the marker; it is null where it would cover
     * another label (the marker's title and the table still name the place).
     */
    public record Marker(long id, String kind, int x, int y, int r, String label, Integer labelY, String title) {}

    /** One place in the table under the map. */
    public record Row(long id, String kind, String name, long executions, long burials, boolean drawn) {}

    /** Where the larger countries' names go, as lon/lat, chosen by hand to avoid the markers' usual places. */
    private static final Map<String, double[]> COUNTRY_LABELS = Map.of(
            "IQ", new double[] {43.2, 33.0}, "TR", new double[] {41.0, 39.4}, "AF", new double[] {64.2, 33.5},
            "PK", new double[] {64.6, 27.6}, "TM", new double[] {58.5, 39.8}, "SA", new double[] {45.0, 25.0});

    public static MapView of(Basemap map, List<AtlasQueries.Place> places, Lang lang) {
        MapProjection projection = new MapProjection(map, WIDTH);
        List<Outline> countries = new ArrayList<>();
        for (Basemap.Shape s : map.countries()) {
            countries.add(new Outline(s.code(), lang.t("atlas.country." + s.code()), projection.path(s.rings()), s.code().equals("IR")));
        }
        List<Outline> provinces = new ArrayList<>();
        for (Basemap.Shape s : map.provinces()) {
            provinces.add(new Outline(s.code(), lang == Lang.FA ? s.nameFa() : s.nameEn(), projection.path(s.rings()), true));
        }
        List<Label> labels = new ArrayList<>();
        COUNTRY_LABELS.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> labels.add(new Label(
                (int) Math.round(projection.x(e.getValue()[0])), (int) Math.round(projection.y(e.getValue()[1])),
                lang.t("atlas.country." + e.getKey()))));
        labels.add(new Label((int) Math.round(projection.x(54.0)), (int) Math.round(projection.y(33.6)), lang.t("atlas.country.IR")));
        List<Marker> markers = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        for (AtlasQueries.Place p : places) {
            String name = PlaceNames.pick(p.names(), lang);
            boolean drawn = p.located() && projection.contains(p.longitude(), p.latitude());
            rows.add(new Row(p.id(), p.kind(), name, p.executions(), p.burials(), drawn));
            if (!drawn) continue;
            long count = p.executions() + p.burials();
            int r = (int) Math.round(4 + 2.5 * Math.sqrt(count));
            String title = lang.t("atlas.map.markerTitle", name, lang.t("atlas.kind." + p.kind()), p.executions(), p.burials());
            markers.add(new Marker(p.id(), p.kind(), (int) Math.round(projection.x(p.longitude())),
                    (int) Math.round(projection.y(p.latitude())), r, name, null, title));
        }
        // Larger markers first, so a small one on top of a large one can still be clicked.
        markers.sort(Comparator.comparingInt(Marker::r).reversed().thenComparingLong(Marker::id));
        markers = placeLabels(markers);
        rows.sort(Comparator.comparingLong((Row r) -> -(r.executions() + r.burials())).thenComparingLong(Row::id));
        return new MapView(WIDTH, projection.height(), countries, provinces, labels, markers, rows);
    }

    /** Labels of larger places first; each goes below its marker, else above, else is left out. */
    private static List<Marker> placeLabels(List<Marker> markers) {
        List<int[]> taken = new ArrayList<>();
        List<Marker> out = new ArrayList<>();
        for (Marker m : markers) {
            int halfWidth = (int) Math.ceil(m.label().length() * 3.6);
            Integer chosen = null;
            for (int baseline : new int[] {m.y() + m.r() + 13, m.y() - m.r() - 4}) {
                int[] box = {m.x() - halfWidth, baseline - 11, m.x() + halfWidth, baseline + 3};
                if (taken.stream().noneMatch(t -> t[0] < box[2] && box[0] < t[2] && t[1] < box[3] && box[1] < t[3])) {
                    taken.add(box);
                    chosen = baseline;
                    break;
                }
            }
            out.add(new Marker(m.id(), m.kind(), m.x(), m.y(), m.r(), m.label(), chosen, m.title()));
        }
        return out;
    }
}
