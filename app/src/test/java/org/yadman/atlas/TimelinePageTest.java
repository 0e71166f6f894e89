package org.yadman.atlas;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yadman.testing.RunningSite;

/** The timeline page over the real server: each published person counted once, uncertain dates apart. */
class TimelinePageTest {
    private static final LocalDate SAT = LocalDate.of(1988, 7, 30);

    @Test
    void countsEachPublishedPersonOnceAndKeepsMonthOnlyDatesOutOfTheWeeks() {
        try (var site = RunningSite.start()) {
            var rows = new AtlasRows(site.database());
            long evin = rows.place("prison", 35.80, 51.39, "Evin Prison", "زندان اوین");
            long a = rows.published("Ali Rahimi");
            long b = rows.published("Reza Karimi");
            long twice = rows.published("Two Acts");
            long month = rows.published("Month Only");
            long deathOnly = rows.published("Death Date Only");
            long hidden = rows.person("Hidden Person");
            rows.act("execution", evin, SAT, SAT, a, hidden);
            rows.act("execution", evin, SAT.plusDays(2), SAT.plusDays(2), b);
            rows.act("execution", evin, SAT.plusDays(1), SAT.plusDays(1), twice);
            rows.act("execution", evin, SAT.plusDays(1), SAT.plusDays(3), twice); // a second, vaguer act: still one person
            rows.deathDate(month, "Mordad 1367", LocalDate.of(1988, 7, 23), LocalDate.of(1988, 8, 22));
            rows.deathDate(deathOnly, "1367/05/16", SAT.plusDays(8), SAT.plusDays(8));

            String en = site.get("/en/timeline").body();
            assertThat(en).contains("5 published persons with a recorded execution; 4 of them dated to a week.");
            assertThat(bars(en)).isEqualTo(2); // Evin in week 1, place not recorded in week 2
            assertThat(en).contains("Week of 30 Jul 1988, Evin Prison: 3").contains("Week of 6 Aug 1988, Place not recorded: 1");
            assertThat(en).contains("Date known only to the month").contains("23 Jul 1988 to 22 Aug 1988");
            String fa = site.get("/fa/timeline").body();
            assertThat(fa).contains("dir=\"rtl\"").contains("هفتهٔ ۸ مرداد ۱۳۶۷، زندان اوین: ۳").contains("۱ مرداد ۱۳۶۷ تا ۳۱ مرداد ۱۳۶۷");

            rows.withdraw(b);
            assertThat(site.get("/en/timeline").body()).contains("Week of 30 Jul 1988, Evin Prison: 2")
                    .contains("4 published persons with a recorded execution");
        }
    }

    static long bars(String html) {
        return Pattern.compile("<rect class=\"bar ").matcher(html).results().count();
    }
}
