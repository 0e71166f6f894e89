package org.yadman.atlas;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The shipped basemap and the path data drawn from it. */
class BasemapTest {
    @Test
    void shipsIranItsNeighboursAndThirtyOneNamedProvinces() {
        Basemap map = Basemap.shipped();
        assertThat(map.countries()).extracting(Basemap.Shape::code).contains("IR", "IQ", "TR", "AF", "PK", "TM", "AZ", "AM");
        assertThat(map.provinces()).hasSize(31).allSatisfy(p -> {
            assertThat(p.code()).startsWith("IR-");
            assertThat(p.nameEn()).isNotBlank();
            assertThat(p.nameFa()).isNotBlank().doesNotStartWith("استان");
            assertThat(p.rings()).isNotEmpty();
        });
        MapProjection projection = new MapProjection(map, MapView.WIDTH);
        assertThat(projection.contains(51.39, 35.80)).as("Tehran").isTrue();
        assertThat(projection.contains(2.35, 48.85)).as("Paris").isFalse();
    }

    @Test
    void relativePathDataComesBackToTheProjectedPointsAcrossSeveralRings() {
        MapProjection projection = new MapProjection(Basemap.shipped(), MapView.WIDTH);
        double[] first = {50, 30, 52, 30, 52, 32, 50, 32};
        double[] second = {55, 35, 56, 35, 55.5, 36};
        List<long[]> decoded = decode(projection.path(List.of(first, second)));
        List<long[]> expected = new ArrayList<>();
        for (double[] ring : List.of(first, second)) {
            for (int i = 0; i < ring.length; i += 2) {
                expected.add(new long[] {Math.round(projection.x(ring[i])), Math.round(projection.y(ring[i + 1]))});
            }
        }
        assertThat(decoded).usingElementComparator((a, b) -> a[0] == b[0] && a[1] == b[1] ? 0 : 1).containsExactlyElementsOf(expected);
    }

    @Test
    void aRingSmallerThanAPixelIsLeftOut() {
        MapProjection projection = new MapProjection(Basemap.shipped(), MapView.WIDTH);
        assertThat(projection.path(List.<double[]>of(new double[] {50, 30, 50.001, 30, 50.001, 30.001}))).isEmpty();
    }

    /** Absolute points of an "m dx dy l dx dy ... z" path, honouring that "z" returns the pen to the ring's start. */
    private static List<long[]> decode(String d) {
        List<long[]> points = new ArrayList<>();
        Matcher tokens = Pattern.compile("[mlz]|-?\\d+").matcher(d);
        long x = 0, y = 0, startX = 0, startY = 0;
        List<Long> numbers = new ArrayList<>();
        char command = 0;
        while (tokens.find()) {
            String t = tokens.group();
            if (t.equals("z")) {
                x = startX;
                y = startY;
            } else if (t.equals("m") || t.equals("l")) {
                command = t.charAt(0);
            } else {
                numbers.add(Long.parseLong(t));
                if (numbers.size() == 2) {
                    x += numbers.get(0);
                    y += numbers.get(1);
                    numbers.clear();
                    if (command == 'm') {
                        startX = x;
                        startY = y;
                    }
                    points.add(new long[] {x, y});
                }
            }
        }
        return points;
    }
}
