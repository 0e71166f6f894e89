package org.yadman.atlas;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The offline basemap shipped with Yadman: public-domain Natural Earth outlines of Iran, its
 * neighbours and its provinces, already clipped and simplified (see docs/third-party.md for the
 * command that made {@code atlas/basemap.json}). Loaded once; nothing is fetched from anywhere.
 */
public record Basemap(double lonMin, double latMin, double lonMax, double latMax, List<Shape> countries, List<Shape> provinces) {
    /** One outline: an ISO code, names (provinces only; null for countries) and flat lon,lat rings. */
    public record Shape(String code, String nameEn, String nameFa, List<double[]> rings) {}

    private static final Basemap SHIPPED = load();

    public static Basemap shipped() {
        return SHIPPED;
    }

    private static Basemap load() {
        try (InputStream in = Basemap.class.getResourceAsStream("/atlas/basemap.json")) {
            if (in == null) throw new IllegalStateException("missing resource /atlas/basemap.json");
            JsonNode root = new ObjectMapper().readTree(in);
            JsonNode frame = root.path("frame");
            return new Basemap(frame.get(0).asDouble(), frame.get(1).asDouble(), frame.get(2).asDouble(), frame.get(3).asDouble(),
                    shapes(root.path("countries")), shapes(root.path("provinces")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Shape> shapes(JsonNode array) {
        List<Shape> out = new ArrayList<>();
        for (JsonNode s : array) {
            List<double[]> rings = new ArrayList<>();
            for (JsonNode ring : s.path("rings")) {
                double[] flat = new double[ring.size()];
                for (int i = 0; i < flat.length; i++) flat[i] = ring.get(i).asDouble();
                rings.add(flat);
            }
            out.add(new Shape(s.path("code").asText(), s.hasNonNull("en") ? s.get("en").asText() : null,
                    s.hasNonNull("fa") ? s.get("fa").asText() : null, List.copyOf(rings)));
        }
        return List.copyOf(out);
    }
}
