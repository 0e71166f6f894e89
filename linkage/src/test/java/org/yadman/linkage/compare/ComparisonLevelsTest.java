package org.yadman.linkage.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yadman.linkage.Record;

/** Each comparison puts typical pairs in the level its Javadoc promises. */
class ComparisonLevelsTest {

    private static Record record(String... keyValues) {
        Map<String, String> fields = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            fields.put(keyValues[i], keyValues[i + 1]);
        }
        return new Record("r" + fields.hashCode(), "s", fields);
    }

    private static int level(Comparison c, Record a, Record b) {
        Object x = c.prepare(a);
        Object y = c.prepare(b);
        return x == null || y == null ? Comparison.NULL_LEVEL : c.level(x, y);
    }

    @Test
    void namesFromExactThroughPhoneticAndDictionaryToElse() {
        Comparison given = NameComparison.givenName();
        assertThat(given.levels()).hasSize(6).startsWith("exact").endsWith("else");
        assertThat(level(given, record("given_name", "Mohammad-Reza"), record("given_name", "MOHAMMADREZA"))).isZero();
        assertThat(level(given, record("given_name", "Hossein"), record("given_name", "حسین"))).isEqualTo(1);
        assertThat(level(given, record("given_name", "Husayn"), record("given_name", "حسین"))).isEqualTo(2);
        assertThat(level(given, record("given_name", "Mehrdad"), record("given_name", "Mehrdar"))).isBetween(3, 4);
        assertThat(level(given, record("given_name", "Hossein"), record("given_name", "Hassan"))).isEqualTo(5);
        assertThat(level(given, record("given_name", "Ali"), record())).isEqualTo(Comparison.NULL_LEVEL);
    }

    @Test
    void typingSlipsAreRatherSimilarNotDifferentNames() {
        Comparison given = NameComparison.givenName();
        Comparison surname = NameComparison.surname();
        assertThat(level(given, record("given_name", "assan"), record("given_name", "حسن"))).isEqualTo(4);
        assertThat(level(given, record("given_name", "Moammad"), record("given_name", "محمد"))).isEqualTo(4);
        assertThat(level(surname, record("surname", "Muavi"), record("surname", "Mousavi"))).isEqualTo(4);
        // a doubled ending is a slip, not another surname
        assertThat(level(surname, record("surname", "Mirzaeii"), record("surname", "ميرزايي"))).isBetween(1, 2);
        assertThat(level(surname, record("surname", "ASSADII"), record("surname", "Asadi"))).isBetween(1, 2);
        assertThat(level(given, record("given_name", "Hossein"), record("given_name", "Hassan"))).isEqualTo(5);
    }

    @Test
    void fullNamesAndPatronymicsFeedTheNameComparisons() {
        Record split = record("given_name", "علی", "surname", "کریمی", "father_name", "کاظم");
        Record full = record("full_name", "KARIMI, Ali", "notes", "son of Kazem");
        assertThat(level(NameComparison.givenName(), split, full)).isEqualTo(1);
        assertThat(level(NameComparison.surname(), split, full)).isEqualTo(1);
        assertThat(level(NameComparison.fatherName(), split, full)).isEqualTo(1);
    }

    @Test
    void birthYearsInTwoCalendarsAndAgesAtDeathCompareByRange() {
        Comparison birth = DateRangeComparison.birth();
        Record solarYear = record("birth", "1337");                      // 1958-03-21 .. 1959-03-20
        Record gregorianYear = record("birth", "1958");
        Record age = record("age", "29", "death", "1988-08-18");          // 1958-08-19 .. 1959-08-18
        Record ageInAYear = record("age", "29", "death", "1988");         // 1958-01-02 .. 1959-12-31
        Record farAway = record("birth", "1340");
        assertThat(level(birth, solarYear, gregorianYear)).isZero();
        assertThat(level(birth, solarYear, age)).isZero();
        assertThat(level(birth, solarYear, ageInAYear)).isEqualTo(1);
        assertThat(level(birth, solarYear, farAway)).isEqualTo(4);
        assertThat(level(birth, solarYear, record())).isEqualTo(Comparison.NULL_LEVEL);
        assertThat(level(birth, solarYear, record("birth", "not a date"))).isEqualTo(Comparison.NULL_LEVEL);
    }

    @Test
    void deathDatesFromSameDayToElse() {
        Comparison death = DateRangeComparison.death();
        Record day = record("death", "1367/05/06");                      // 1988-07-28
        assertThat(level(death, day, record("death", "28 July 1988"))).isZero();
        assertThat(level(death, day, record("death", "مرداد 1367"))).isEqualTo(1);
        assertThat(level(death, day, record("death", "summer 1988"))).isEqualTo(2);
        assertThat(level(death, day, record("death", "1988-08-03"))).isEqualTo(4);
        assertThat(level(death, day, record("death", "1988-12-03"))).isEqualTo(6);
    }

    @Test
    void placesMeetThroughTheGazetteer() {
        Comparison city = PlaceComparison.city();
        assertThat(level(city, record("city", "Teheran"), record("city", "تهران"))).isZero();
        assertThat(level(city, record("city", "Tehran"), record("city", "Tabriz"))).isEqualTo(1);
        assertThat(level(PlaceComparison.prison(), record("prison", "Rajaei Shahr"), record("prison", "گوهردشت"))).isZero();
        assertThat(city.termFrequencyLevels()).isEqualTo(1);
        assertThat(city.term(city.prepare(record("city", "Teheran")))).isEqualTo(city.term(city.prepare(record("city", "تهران"))));
    }
}
