package org.yadman.linkage.compare;

import java.time.LocalDate;
import java.util.Set;
import java.util.function.Function;
import org.yadman.linkage.BlockingRule;
import org.yadman.linkage.LinkageSettings;
import org.yadman.linkage.Record;
import org.yadman.linkage.UncertainDate;
import org.yadman.linkage.names.Gazetteer;
import org.yadman.linkage.names.NameDictionary;

/**
 * Default settings for linking lists of persons read into {@link PersonFields}: the
 * comparisons (given name, surname, father's name, birth, death, city, prison), blocking on
 * several pairs of keys so that a typo or a missing field in one does not lose the pair, and
 * training sessions blocked on different fields.
 */
public final class PersonLinkage {

    private static final Set<String> GIVEN = Set.of(PersonFields.GIVEN_NAME);
    private static final Set<String> SURNAME = Set.of(PersonFields.SURNAME);
    private static final Set<String> FATHER = Set.of(PersonFields.FATHER_NAME, PersonFields.NOTES);
    private static final Set<String> BIRTH = Set.of(PersonFields.BIRTH, PersonFields.AGE);

    private PersonLinkage() {
    }

    /** Settings for these lists; sources known to hold each person at most once are named. */
    public static LinkageSettings settings(String... duplicateFreeSources) {
        Function<Record, String> given = PersonLinkage::givenKey;
        Function<Record, String> surname = PersonLinkage::surnameKey;
        Function<Record, String> father = PersonLinkage::fatherKey;
        Function<Record, String> city = r -> Gazetteer.standard().idOrKey(r.field(PersonFields.CITY));
        Function<Record, String> birthDecade = r -> {
            Integer year = middleYear(PersonFields.birth(r));
            return year == null ? null : Integer.toString(year / 10);
        };
        Function<Record, String> deathMonth = r -> {
            UncertainDate death = PersonFields.death(r);
            Integer year = middleYear(death);
            return year == null || death.latest().toEpochDay() - death.earliest().toEpochDay() > 40 ? null
                : LocalDate.ofEpochDay((death.earliest().toEpochDay() + death.latest().toEpochDay()) / 2)
                    .withDayOfMonth(1).toString();
        };
        BlockingRule givenSurname = BlockingRule.allOf("given + surname", union(GIVEN, SURNAME), given, surname);
        BlockingRule surnameFather = BlockingRule.allOf("surname + father", union(SURNAME, FATHER), surname, father);
        BlockingRule givenFather = BlockingRule.allOf("given + father", union(GIVEN, FATHER), given, father);
        BlockingRule surnameCity = BlockingRule.allOf("surname + city", union(SURNAME, Set.of(PersonFields.CITY)), surname, city);
        BlockingRule givenCity = BlockingRule.allOf("given + city", union(GIVEN, Set.of(PersonFields.CITY)), given, city);
        BlockingRule surnameBirth = BlockingRule.allOf("surname + birth decade", union(SURNAME, BIRTH), surname, birthDecade);
        BlockingRule givenDeath = BlockingRule.allOf("given + death month", union(GIVEN, Set.of(PersonFields.DEATH)), given, deathMonth);
        BlockingRule givenBirth = BlockingRule.allOf("given + birth decade", union(GIVEN, BIRTH), given, birthDecade);
        BlockingRule fatherCity = BlockingRule.allOf("father + city", union(FATHER, Set.of(PersonFields.CITY)), father, city);
        BlockingRule surnameDeath = BlockingRule.allOf("surname + death month", union(SURNAME, Set.of(PersonFields.DEATH)), surname, deathMonth);
        Function<Record, String> prison = r -> Gazetteer.standard().idOrKey(r.field(PersonFields.PRISON));
        BlockingRule surnamePrison = BlockingRule.allOf("surname + prison", union(SURNAME, Set.of(PersonFields.PRISON)), surname, prison);
        BlockingRule givenPrison = BlockingRule.allOf("given + prison", union(GIVEN, Set.of(PersonFields.PRISON)), given, prison);
        return LinkageSettings.builder()
            .comparisons(NameComparison.givenName(), NameComparison.surname(), NameComparison.fatherName(),
                DateRangeComparison.birth(), DateRangeComparison.death(), PlaceComparison.city(), PlaceComparison.prison())
            .blockingRules(givenSurname, surnameFather, givenFather, surnameCity, givenCity, surnameBirth, givenDeath,
                givenBirth, fatherCity, surnameDeath, surnamePrison, givenPrison)
            .trainingRules(givenSurname, surnameCity, givenFather)
            .duplicateFreeSources(duplicateFreeSources)
            .build();
    }

    /** Dictionary-aware phonetic key of the given name, or null. */
    public static String givenKey(Record r) {
        return key(PersonFields.givenName(r));
    }

    /** Dictionary-aware phonetic key of the surname, or null. */
    public static String surnameKey(Record r) {
        return key(PersonFields.surname(r));
    }

    /** Dictionary-aware phonetic key of the father's name, or null. */
    public static String fatherKey(Record r) {
        return key(PersonFields.fatherName(r));
    }

    private static String key(String name) {
        if (name == null) {
            return null;
        }
        String key = NameDictionary.standard().resolve(name).key();
        return key.isEmpty() ? null : key;
    }

    private static Integer middleYear(UncertainDate date) {
        if (date == null || date.earliest() == null || date.latest() == null) {
            return null;
        }
        return LocalDate.ofEpochDay((date.earliest().toEpochDay() + date.latest().toEpochDay()) / 2).getYear();
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        java.util.Set<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return all;
    }
}
