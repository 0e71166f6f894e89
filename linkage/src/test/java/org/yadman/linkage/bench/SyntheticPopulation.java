package org.yadman.linkage.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.yadman.linkage.Record;
import org.yadman.linkage.compare.PersonFields;

/**
 * Synthetic victim lists for timing: persons with names drawn from a skewed (Zipf) law over
 * the dictionary's names, so that namesakes are many, each recorded one to three times in four
 * sources, in Persian script or a Latin spelling, with fields left out and a typo now and then.
 * Deterministic for a seed. {@link #truth()} gives each record's person.
 */
public final class SyntheticPopulation {

    private static final String[] CITIES = {"تهران", "Tehran", "Teheran", "مشهد", "Mashhad", "اصفهان", "Isfahan",
        "Esfahan", "تبریز", "Tabriz", "شیراز", "Shiraz", "اهواز", "Ahvaz", "قم", "Qom", "کرج", "Karaj", "رشت",
        "Rasht", "کرمان", "Kerman", "همدان", "Hamadan", "یزد", "Yazd", "اراک", "Arak", "زنجان", "Zanjan",
        "سنندج", "Sanandaj", "قزوین", "Qazvin", "گرگان", "Gorgan", "ساری", "Sari", "بابل", "Babol"};
    private static final String[] PRISONS = {"اوین", "Evin", "گوهردشت", "Gohardasht", "Rajaei Shahr", "قزلحصار",
        "Ghezel Hesar", "وکیل‌آباد", "Vakilabad", "عادل‌آباد", "Adelabad", "دیزل‌آباد", "Dizelabad", "لاکان", "Lakan"};
    private static final String[] SURNAME_ENDINGS = {"ی", "پور", "زاده", "نیا"};
    private static final String[] LATIN_ENDINGS = {"i", "pour", "zadeh", "nia"};

    private final List<Record> records = new ArrayList<>();
    private final Map<String, String> truth = new HashMap<>();

    /** Spellings by name: the Persian form first, then Latin spellings. */
    private final List<String[]> names = new ArrayList<>();

    public SyntheticPopulation(int wantedRecords, long seed) {
        loadNames();
        SplittableRandom random = new SplittableRandom(seed);
        int person = 0;
        while (records.size() < wantedRecords) {
            person++;
            int given = zipf(random, names.size());
            int surnameStem = zipf(random, names.size());
            int ending = random.nextInt(SURNAME_ENDINGS.length);
            int father = zipf(random, names.size());
            int birthYear = 1310 + random.nextInt(40);
            int city = random.nextInt(CITIES.length / 2);
            int prison = random.nextInt(PRISONS.length);
            int deathMonth = 5 + random.nextInt(4);
            int deathDay = 1 + random.nextInt(29);
            int copies = 1 + (random.nextDouble() < 0.45 ? 1 : 0) + (random.nextDouble() < 0.2 ? 1 : 0);
            for (int copy = 0; copy < copies && records.size() < wantedRecords; copy++) {
                boolean persian = random.nextBoolean();
                Map<String, String> fields = new HashMap<>();
                fields.put(PersonFields.GIVEN_NAME, typo(random, spelling(random, given, persian)));
                fields.put(PersonFields.SURNAME, typo(random, persian
                    ? spelling(random, surnameStem, true) + SURNAME_ENDINGS[ending]
                    : spelling(random, surnameStem, false) + LATIN_ENDINGS[ending]));
                putSometimes(random, fields, PersonFields.FATHER_NAME, spelling(random, father, persian), 0.6);
                putSometimes(random, fields, PersonFields.BIRTH, Integer.toString(persian ? birthYear : birthYear + 621), 0.5);
                putSometimes(random, fields, PersonFields.CITY, CITIES[2 * city + (persian ? 0 : 1)], 0.7);
                putSometimes(random, fields, PersonFields.PRISON, PRISONS[prison], 0.4);
                putSometimes(random, fields, PersonFields.DEATH, random.nextBoolean()
                    ? String.format("1367/%02d/%02d", deathMonth, deathDay) : "1367/" + deathMonth, 0.6);
                String id = "r" + records.size();
                records.add(new Record(id, "s" + random.nextInt(4), fields));
                truth.put(id, Integer.toString(person));
            }
        }
    }

    public List<Record> records() {
        return records;
    }

    public Map<String, String> truth() {
        return truth;
    }

    private String spelling(SplittableRandom random, int name, boolean persian) {
        String[] spellings = names.get(name);
        return persian || spellings.length == 1 ? spellings[0] : spellings[1 + random.nextInt(spellings.length - 1)];
    }

    private static String typo(SplittableRandom random, String name) {
        if (random.nextDouble() >= 0.03 || name.length() < 4) {
            return name;
        }
        int at = 1 + random.nextInt(name.length() - 2);
        return name.substring(0, at) + name.charAt(at + 1) + name.charAt(at) + name.substring(at + 2);
    }

    private static void putSometimes(SplittableRandom random, Map<String, String> fields, String field, String value,
                                     double probability) {
        if (random.nextDouble() < probability) {
            fields.put(field, value);
        }
    }

    /** Rank k of n with probability proportional to 1 / (k + 3): a long tail of rarer names. */
    private static int zipf(SplittableRandom random, int n) {
        double total = Math.log((n + 3.0) / 3.0);
        return Math.min(n - 1, (int) (3.0 * Math.exp(random.nextDouble() * total) - 3.0));
    }

    private void loadNames() {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
            SyntheticPopulation.class.getResourceAsStream("/org/yadman/linkage/names/persian-names.txt"),
            StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                int colon = line.indexOf(':');
                if (line.startsWith("#") || colon < 0) {
                    continue;
                }
                List<String> spellings = new ArrayList<>();
                spellings.add(line.substring(0, colon).trim());
                for (String latin : line.substring(colon + 1).trim().split("\\s+")) {
                    spellings.add(Character.toUpperCase(latin.charAt(0)) + latin.substring(1));
                }
                names.add(spellings.toArray(String[]::new));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
