package org.yadman.atlas;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yadman.atlas.ExecutionDates.Basis;
import org.yadman.atlas.ExecutionDates.Entry;

/** Weekly buckets, and uncertain dates kept out of them. */
class TimelineTest {
    private static final LocalDate SAT = LocalDate.of(1988, 7, 30); // a Saturday

    @Test
    void weeksStartOnSaturdayAndRunContiguously() {
        assertThat(Timeline.weekStart(SAT)).isEqualTo(SAT);
        assertThat(Timeline.weekStart(SAT.plusDays(6))).isEqualTo(SAT);
        assertThat(Timeline.weekStart(SAT.plusDays(7))).isEqualTo(SAT.plusDays(7));
        Timeline t = Timeline.of(List.of(
                new Entry(1, 10L, SAT, SAT, Basis.ACT),
                new Entry(2, 10L, SAT.plusDays(20), SAT.plusDays(20), Basis.ACT)));
        assertThat(t.weeks()).extracting(Timeline.Week::start).containsExactly(SAT, SAT.plusWeeks(1), SAT.plusWeeks(2));
        assertThat(t.weeks()).extracting(Timeline.Week::total).containsExactly(1L, 0L, 1L);
    }

    @Test
    void aDateKnownOnlyToTheMonthIsNeverPutIntoAWeek() {
        LocalDate mordadFirst = LocalDate.of(1988, 7, 23), mordadLast = LocalDate.of(1988, 8, 22);
        Timeline t = Timeline.of(List.of(
                new Entry(1, 10L, SAT, SAT.plusDays(6), Basis.ACT),            // a range inside one week: that week
                new Entry(2, 10L, SAT.plusDays(5), SAT.plusDays(8), Basis.ACT), // four days across two weeks: not a week
                new Entry(3, 10L, mordadFirst, mordadLast, Basis.DEATH_DATE),   // Mordad 1367
                new Entry(4, null, LocalDate.of(1988, 1, 1), LocalDate.of(1988, 12, 31), Basis.DEATH_DATE),
                new Entry(5, 10L, null, null, Basis.ACT)));
        assertThat(t.weekly()).isEqualTo(1);
        assertThat(t.monthRanges()).extracting(Timeline.Range::earliest).containsExactly(mordadFirst, SAT.plusDays(5));
        assertThat(t.widerRanges()).singleElement().extracting(Timeline.Range::total).isEqualTo(1L);
        assertThat(t.undated()).isEqualTo(1);
        assertThat(t.total()).isEqualTo(5);
    }

    @Test
    void placesBeyondTheLargestAreDrawnTogetherAndAnUnknownPlaceIsItsOwnSeries() {
        List<Entry> entries = new java.util.ArrayList<>();
        long person = 1;
        for (long place = 1; place <= Timeline.MAX_SERIES + 2; place++) {
            for (int i = 0; i < 10 - place; i++) entries.add(new Entry(person++, place, SAT, SAT, Basis.ACT));
        }
        entries.add(new Entry(person, null, SAT, SAT, Basis.DEATH_DATE));
        Timeline t = Timeline.of(entries);
        assertThat(t.series()).hasSize(Timeline.MAX_SERIES + 2).startsWith(1L, 2L).endsWith(Timeline.OTHER_PLACES, Timeline.UNKNOWN_PLACE);
        assertThat(t.weeks().get(0).count(Timeline.OTHER_PLACES)).isEqualTo(3 + 2); // places 7 and 8, with 3 and 2 persons
        assertThat(t.weeks().get(0).total()).isEqualTo(entries.size());
    }

    @Test
    void solarHijriLabelsUsePersianDigitsOnPersianPages() {
        assertThat(DateLabels.solarHijri(SAT, org.yadman.web.Lang.FA)).isEqualTo("۸ مرداد ۱۳۶۷");
        assertThat(DateLabels.primary(SAT, org.yadman.web.Lang.EN)).isEqualTo("30 Jul 1988");
        assertThat(DateLabels.secondary(SAT, org.yadman.web.Lang.EN)).isEqualTo("8 Mordad 1367");
    }
}
