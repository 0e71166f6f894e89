package org.yadman.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.yadman.demo.NameTables.Entry;

/**
 * An invented population: people with names drawn from the name tables with skewed (Zipf-like)
 * frequencies, so that namesakes are common as in real lists, and with birth and death dates in
 * the period the memorial covers. The same seed always gives the same population.
 */
public final class SyntheticPopulation {
    /** The first and last day of the invented killings (summer 1988). */
    static final LocalDate FIRST_DEATH = LocalDate.of(1988, 7, 19);
    static final LocalDate LAST_DEATH = LocalDate.of(1988, 9, 30);
    /** Exponent of the rank-frequency law: 1 gives a few very common names and a long tail. */
    private static final double ZIPF_EXPONENT = 1.0;

    /** One invented person; {@code number} is their id in the truth file. */
    public record Person(int number, char sex, Entry given, Entry surname, Entry father, LocalDate birth,
                         LocalDate death, Entry city, Entry prison, String affiliation, double visibility) {}

    private static final List<String> AFFILIATIONS = List.of(
            "Left group A", "Left group B", "Religious opposition group", "Ethnic party", "Student union", "None known");

    private SyntheticPopulation() {}

    public static List<Person> generate(NameTables tables, long seed, int size) {
        if (size < 1) throw new IllegalArgumentException("population size must be at least 1, not " + size);
        Random random = new Random(seed);
        Zipf male = new Zipf(tables.maleGiven().size());
        Zipf female = new Zipf(tables.femaleGiven().size());
        Zipf surname = new Zipf(tables.surnames().size());
        Zipf city = new Zipf(tables.cities().size());
        Zipf prison = new Zipf(tables.prisons().size());
        Zipf affiliation = new Zipf(AFFILIATIONS.size());
        int deathDays = (int) (LAST_DEATH.toEpochDay() - FIRST_DEATH.toEpochDay()) + 1;
        List<Person> people = new ArrayList<>(size);
        for (int i = 1; i <= size; i++) {
            char sex = random.nextDouble() < 0.9 ? 'm' : 'f';
            Entry given = sex == 'm' ? tables.maleGiven().get(male.draw(random)) : tables.femaleGiven().get(female.draw(random));
            LocalDate birth = LocalDate.of(1940 + random.nextInt(30), 1, 1).plusDays(random.nextInt(365));
            // Skewed towards the first weeks, as the killings were.
            int deathOffset = (int) (deathDays * Math.pow(random.nextDouble(), 1.6));
            // Some people appear in many lists, some in few: capture heterogeneity.
            double visibility = 0.4 + 1.2 * random.nextDouble();
            people.add(new Person(i, sex, given, tables.surnames().get(surname.draw(random)),
                    tables.maleGiven().get(male.draw(random)), birth, FIRST_DEATH.plusDays(deathOffset),
                    tables.cities().get(city.draw(random)), tables.prisons().get(prison.draw(random)),
                    AFFILIATIONS.get(affiliation.draw(random)), visibility));
        }
        return people;
    }

    /** Draws ranks 0..n-1 with probability proportional to 1/(rank+1)^s. */
    static final class Zipf {
        private final double[] cumulative;

        Zipf(int n) {
            cumulative = new double[n];
            double total = 0;
            for (int rank = 0; rank < n; rank++) {
                total += 1.0 / Math.pow(rank + 1, ZIPF_EXPONENT);
                cumulative[rank] = total;
            }
            for (int rank = 0; rank < n; rank++) cumulative[rank] /= total;
        }

        int draw(Random random) {
            double u = random.nextDouble();
            int low = 0;
            int high = cumulative.length - 1;
            while (low < high) {
                int mid = (low + high) >>> 1;
                if (cumulative[mid] < u) low = mid + 1;
                else high = mid;
            }
            return low;
        }
    }
}
