package org.yadman.demo;

import java.util.List;
import org.jdbi.v3.core.Handle;
import org.yadman.acts.Places;

/**
 * The gazetteer the demo needs: the country, the cities that hold the prisons of places.tsv, the
 * prisons themselves (every spelling of places.tsv as a name, so imported lists match them) and one
 * grave site, with approximate public coordinates. Places are real; everything the demo says
 * happened at them is invented and labelled synthetic.
 */
final class DemoPlaces {
    /** A prison of places.tsv (by its Persian name) and the city it lies in, with coordinates. */
    record Prison(String persian, String cityPersian, String cityEnglish, double latitude, double longitude,
                  double cityLatitude, double cityLongitude) {}

    static final List<Prison> PRISONS = List.of(
            new Prison("اوین", "تهران", "Tehran", 35.7966, 51.3875, 35.6892, 51.3890),
            new Prison("گوهردشت", "کرج", "Karaj", 35.8163, 50.9560, 35.8400, 50.9391),
            new Prison("قزل‌حصار", "کرج", "Karaj", 35.7838, 51.0073, 35.8400, 50.9391),
            new Prison("دیزل‌آباد", "کرمانشاه", "Kermanshah", 34.3800, 47.1300, 34.3142, 47.0650),
            new Prison("عادل‌آباد", "شیراز", "Shiraz", 29.6000, 52.5600, 29.5918, 52.5837),
            new Prison("وکیل‌آباد", "مشهد", "Mashhad", 36.3300, 59.5200, 36.2605, 59.6168),
            new Prison("کارون", "اهواز", "Ahvaz", 31.3300, 48.6900, 31.3183, 48.6706),
            new Prison("لاکان", "رشت", "Rasht", 37.2300, 49.6300, 37.2808, 49.5832));

    private DemoPlaces() {}

    /** Adds the places; returns the grave site's id. */
    static long add(Handle h, NameTables tables) {
        long iran = Places.add(h, new Places.Input("country", null, 32.4279, 53.6880, "ایران", "Iran"));
        java.util.Map<String, Long> cities = new java.util.HashMap<>();
        for (Prison p : PRISONS) {
            long city = cities.computeIfAbsent(p.cityPersian(), k -> Places.add(h,
                    new Places.Input("city", iran, p.cityLatitude(), p.cityLongitude(), p.cityPersian(), p.cityEnglish())));
            List<String> spellings = tables.prisons().stream().filter(e -> e.persian().equals(p.persian())).findFirst()
                    .orElseThrow(() -> new IllegalStateException("places.tsv has no prison " + p.persian())).latin();
            long prison = Places.add(h, new Places.Input("prison", city, p.latitude(), p.longitude(), p.persian(), spellings.get(0)));
            for (String spelling : spellings) Places.name(h, prison, spelling, "latin");
        }
        return Places.add(h, new Places.Input("grave_site", cities.get("تهران"), 35.6190, 51.5330, "خاوران", "Khavaran"));
    }
}
