package org.yadman.atlas;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yadman.testing.RunningSite;

/** Map and place pages over the real server and PostgreSQL: only published persons count or show. */
class AtlasPagesTest {
    private static final LocalDate DAY = LocalDate.of(1988, 7, 30);

    @Test
    void mapCountsOnlyPublishedPersonsAndAWithdrawalTakesThemOff() {
        try (var site = RunningSite.start()) {
            var rows = new AtlasRows(site.database());
            long evin = rows.place("prison", 35.80, 51.39, "Evin Prison", "زندان اوین");
            long khavaran = rows.place("grave_site", 35.61, 51.60, "Khavaran", "خاوران");
            long a = rows.published("Ali Rahimi");
            long b = rows.published("Reza Karimi");
            long hidden = rows.person("Hidden Person");
            rows.act("execution", evin, DAY, DAY, a, b, hidden);
            rows.act("burial", khavaran, DAY, DAY, a, hidden);

            String en = site.get("/en/map").body();
            assertThat(markers(en)).isEqualTo(2);
            assertThat(en).contains("Evin Prison (Prison): 2 executed, 0 buried").contains("Khavaran (Grave site): 0 executed, 1 buried")
                    .contains("<path class=\"country home\"").contains("<path class=\"province\"")
                    .contains("href=\"/en/place/" + evin + "\"");
            String fa = site.get("/fa/map").body();
            assertThat(fa).contains("dir=\"rtl\"").contains("زندان اوین (زندان): ۲ اعدام، ۰ دفن").contains("href=\"/fa/place/" + khavaran + "\"");

            String place = site.get("/en/place/" + evin).body();
            assertThat(place).contains("Ali Rahimi").contains("Reza Karimi").doesNotContain("Hidden Person");

            rows.withdraw(b);
            assertThat(site.get("/en/map").body()).contains("Evin Prison (Prison): 1 executed, 0 buried");
            assertThat(site.get("/en/place/" + evin).body()).contains("Ali Rahimi").doesNotContain("Reza Karimi");
        }
    }

    @Test
    void placePageShowsTheGraveSiteStatusHistoryInOrder() {
        try (var site = RunningSite.start()) {
            var rows = new AtlasRows(site.database());
            long tehran = rows.place("city", 35.7, 51.4, "Tehran", "تهران");
            long khavaran = rows.place("grave_site", 35.61, 51.60, "Khavaran", "خاوران");
            site.database().jdbi().useHandle(h -> h.execute("UPDATE place SET parent_id = ? WHERE id = ?", tehran, khavaran));
            rows.status(khavaran, "destroyed", "January 2009", LocalDate.of(2009, 1, 15));
            rows.status(khavaran, "reported", "September 1988", LocalDate.of(1988, 9, 1));

            var response = site.get("/en/place/" + khavaran);
            assertThat(response.statusCode()).isEqualTo(200);
            String body = response.body();
            assertThat(body).contains("Grave site").contains(">Tehran</a>").contains("Also written:").contains("خاوران");
            assertThat(body.indexOf("Reported")).isPositive().isLessThan(body.indexOf("Destroyed"));
            assertThat(site.get("/fa/place/" + khavaran).body()).contains("<h1>خاوران</h1>").contains("تخریب‌شده");
            assertThat(body).contains("Atlas test list");

            // A protected source (a witness) is never named on a public page.
            site.database().jdbi().useHandle(h -> h.execute("UPDATE source SET protected = true WHERE name = 'atlas-test'"));
            assertThat(site.get("/en/place/" + khavaran).body()).contains("Destroyed").doesNotContain("Atlas test list")
                    .doesNotContain("atlas-test");
            assertThat(site.get("/en/place/999999").statusCode()).isEqualTo(404);
            assertThat(site.get("/en/place/abc").statusCode()).isEqualTo(404);
        }
    }

    @Test
    void placesWithoutCoordinatesStayInTheTableButOffTheMap() {
        try (var site = RunningSite.start()) {
            var rows = new AtlasRows(site.database());
            rows.place("cemetery", null, null, "Unknown Cemetery");
            rows.place("cemetery", 48.8, 2.3, "Far Away Cemetery"); // outside the frame
            String en = site.get("/en/map").body();
            assertThat(markers(en)).isZero();
            assertThat(en).contains("Unknown Cemetery").contains("Far Away Cemetery").contains("not on the map");
        }
    }

    static int markers(String html) {
        Matcher m = Pattern.compile("<a href=\"[^\"]*\" class=\"marker ").matcher(html);
        int n = 0;
        while (m.find()) n++;
        return n;
    }
}
