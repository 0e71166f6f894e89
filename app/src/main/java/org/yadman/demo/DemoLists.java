package org.yadman.demo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.yadman.demo.SyntheticPopulation.Person;

/**
 * Several lists of one invented population, each compiled "by a different organisation": its own
 * columns, script, calendar and habits, and its own chance of including each person, so the lists
 * overlap partly, as real ones do. Every list's mapping marks its source as synthetic.
 */
public final class DemoLists {
    /** One generated list: its CSV content, its import mapping, and who each row really is. */
    public record DemoList(String stem, String sourceName, String title, String mappingYaml, List<String> headers,
                           List<List<String>> rows, List<Integer> personNumbers) {}

    private DemoLists() {}

    public static List<DemoList> generate(List<Person> people, long seed) {
        Random random = new Random(seed ^ 0x5DEECE66DL);
        return List.of(familiesCommittee(people, random), rightsOrganisation(people, random),
                publishedList(people, random), testimonies(people, random));
    }

    private interface RowMaker {
        List<String> row(String recordId, Person person, Random random);
    }

    private static DemoList list(String stem, String title, String prefix, double capture, List<Person> people,
                                 Random random, String mapping, List<String> headers, RowMaker maker) {
        List<Person> chosen = new ArrayList<>();
        for (Person p : people) if (random.nextDouble() < Math.min(1.0, capture * p.visibility())) chosen.add(p);
        Collections.shuffle(chosen, random);
        List<List<String>> rows = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        for (int i = 0; i < chosen.size(); i++) {
            String id = String.format("%s%05d", prefix, i + 1);
            rows.add(maker.row(id, chosen.get(i), random));
            numbers.add(chosen.get(i).number());
        }
        String sourceName = "synthetic-demo-" + stem.replace('_', '-');
        return new DemoList(stem, sourceName, title, mapping, headers, rows, numbers);
    }

    private static String maybe(Random random, double chance, String value) {
        return random.nextDouble() < chance ? value : "";
    }

    private static DemoList familiesCommittee(List<Person> people, Random random) {
        String title = "Families' committee list (synthetic demo)";
        String mapping = """
                # Persian script, Solar Hijri dates in Persian or ASCII digits, or a month and year.
                id: شناسه
                script: persian
                calendar: solar_hijri
                source:
                  title: %s
                  supplied_by: an invented committee of families
                  reliability: B
                  language: fa
                  synthetic: true
                columns:
                  نام: given_name
                  نام خانوادگی: surname
                  نام پدر: father_name
                  سال تولد: birth_year
                  شهر: city
                  زندان: prison
                  تاریخ اعدام: death_date
                """.formatted(title);
        return list("families_committee", title, "A", 0.5, people, random, mapping,
                List.of("شناسه", "نام", "نام خانوادگی", "نام پدر", "سال تولد", "شهر", "زندان", "تاریخ اعدام"),
                (id, p, r) -> {
                    double form = r.nextDouble();
                    String death = form < 0.35 ? Spellings.persianDigits(Spellings.solarHijriDay(p.death()))
                            : form < 0.6 ? Spellings.solarHijriDay(p.death())
                            : form < 0.85 ? Spellings.solarHijriMonthPersian(p.death()) : "";
                    String birthYear = String.valueOf(Spellings.solarHijri(p.birth())[0]);
                    return List.of(id, Spellings.persian(p.given(), r, 0.1), Spellings.persian(p.surname(), r, 0.1),
                            maybe(r, 0.7, p.father().persian()),
                            maybe(r, 0.8, r.nextBoolean() ? Spellings.persianDigits(birthYear) : birthYear),
                            maybe(r, 0.85, p.city().persian()), maybe(r, 0.7, p.prison().persian()), death);
                });
    }

    private static DemoList rightsOrganisation(List<Person> people, Random random) {
        String title = "Human rights organisation list (synthetic demo)";
        String mapping = """
                # Latin transliterations, Gregorian dates, age at death instead of a birth year.
                id: record_id
                script: latin
                calendar: gregorian
                age_reference: 1988
                source:
                  title: %s
                  supplied_by: an invented human rights organisation
                  reliability: B
                  language: en
                  synthetic: true
                columns:
                  first_name: given_name
                  last_name: surname
                  father_name: father_name
                  age: age
                  city: city
                  prison: prison
                  date_of_death: death_date
                  sex: sex
                """.formatted(title);
        return list("rights_org", title, "B", 0.4, people, random, mapping,
                List.of("record_id", "first_name", "last_name", "father_name", "age", "city", "prison", "date_of_death", "sex"),
                (id, p, r) -> {
                    double form = r.nextDouble();
                    String death = form < 0.6 ? p.death().toString()
                            : form < 0.85 ? Spellings.gregorianMonthWords(p.death()) : "";
                    long age = ChronoUnit.YEARS.between(p.birth(), p.death());
                    return List.of(id, Spellings.latin(p.given(), r), Spellings.latin(p.surname(), r),
                            maybe(r, 0.5, Spellings.latin(p.father(), r)), maybe(r, 0.6, String.valueOf(age)),
                            maybe(r, 0.8, Spellings.latin(p.city(), r)), maybe(r, 0.6, Spellings.latin(p.prison(), r)),
                            death, maybe(r, 0.8, p.sex() == 'm' ? "M" : "F"));
                });
    }

    private static DemoList publishedList(List<Person> people, Random random) {
        String title = "Published list in a report (synthetic demo)";
        String mapping = """
                # One Latin name column, "SURNAME, Given" or "Given Surname"; dates in either calendar.
                id: record_id
                script: latin
                calendar: gregorian
                source:
                  title: %s
                  supplied_by: an invented report
                  reliability: C
                  language: en
                  synthetic: true
                columns:
                  full_name:
                    kind: full_name
                    order: either
                  affiliation: affiliation
                  city: city
                  executed: death_date
                  notes:
                    kind: notes
                    patronymic: true
                """.formatted(title);
        return list("published_list", title, "C", 0.25, people, random, mapping,
                List.of("record_id", "full_name", "affiliation", "city", "executed", "notes"),
                (id, p, r) -> {
                    String given = Spellings.latin(p.given(), r);
                    String surname = Spellings.latin(p.surname(), r);
                    String name = r.nextBoolean() ? surname.toUpperCase(java.util.Locale.ROOT) + ", " + given : given + " " + surname;
                    double form = r.nextDouble();
                    String death = form < 0.4 ? Spellings.solarHijriDayLatin(p.death())
                            : form < 0.8 ? Spellings.gregorianDayWords(p.death()) : "";
                    String son = p.sex() == 'm' ? "son of " : "daughter of ";
                    return List.of(id, name, maybe(r, 0.7, p.affiliation()), maybe(r, 0.7, Spellings.latin(p.city(), r)),
                            death, maybe(r, 0.3, son + Spellings.latin(p.father(), r)));
                });
    }

    private static DemoList testimonies(List<Person> people, Random random) {
        String title = "Testimonies of relatives (synthetic demo)";
        String mapping = """
                # Persian full names as relatives write them; birth years in either calendar.
                id: record_id
                script: persian
                calendar: solar_hijri
                source:
                  title: %s
                  supplied_by: invented relatives
                  reliability: C
                  language: fa
                  synthetic: true
                columns:
                  name:
                    kind: full_name
                    order: given_first
                  father: father_name
                  city: city
                  year_of_birth: birth_year
                  reported_by: notes
                """.formatted(title);
        List<String> relatives = List.of("برادر", "خواهر", "مادر", "همسر", "فرزند");
        return list("testimonies", title, "D", 0.15, people, random, mapping,
                List.of("record_id", "name", "father", "city", "year_of_birth", "reported_by"),
                (id, p, r) -> {
                    String year = r.nextBoolean() ? String.valueOf(Spellings.solarHijri(p.birth())[0])
                            : String.valueOf(p.birth().getYear());
                    return List.of(id, Spellings.persian(p.given(), r, 0.2) + " " + Spellings.persian(p.surname(), r, 0.2),
                            maybe(r, 0.5, p.father().persian()), maybe(r, 0.6, p.city().persian()), maybe(r, 0.6, year),
                            "گزارش " + relatives.get(r.nextInt(relatives.size())));
                });
    }
}
