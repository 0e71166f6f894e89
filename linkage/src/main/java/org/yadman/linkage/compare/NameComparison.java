package org.yadman.linkage.compare;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Set;
import java.util.function.Function;
import org.yadman.linkage.PersianText;
import org.yadman.linkage.Record;
import org.yadman.linkage.names.NameDictionary;
import org.yadman.linkage.names.PhoneticKey;

/**
 * A name compared across scripts and transliterations. Levels, first that holds:
 * <ol start="0">
 *   <li>exact: equal {@link PersianText#compactKey} (case, spacing, hyphens, Arabic letters aside)</li>
 *   <li>phonetic key: equal {@link PhoneticKey}, unless the dictionary knows them as two names</li>
 *   <li>dictionary: the {@link NameDictionary} resolves both to one name (or one key)</li>
 *   <li>similar keys: Jaro–Winkler of the dictionary keys ≥ 0.92 (typos)</li>
 *   <li>rather similar keys: Jaro–Winkler ≥ 0.80, or keys of one length that differ in one
 *       letter (a dot missed on a Persian keyboard: ب for پ, ر for ژ, in a short name), or a
 *       typing slip: one key found in order in the other, one or two letters longer ("assan"
 *       for Hassan, "Moammad" for Mohammad)</li>
 *   <li>else; also when the dictionary knows both as different names with different keys
 *       (Hossein, Hassan), since a similar key then is no typo</li>
 * </ol>
 * Null when either record has no name. The first three levels get a term-frequency
 * adjustment on the dictionary key: sharing «محمد» says less than sharing a rare name.
 */
public final class NameComparison implements Comparison {

    private static final List<String> LEVELS = List.of("exact", "phonetic key", "dictionary",
        "similar keys (JW >= 0.92)", "rather similar keys (JW >= 0.80)", "else");

    private final String name;
    private final Set<String> fields;
    private final Function<Record, String> value;
    private final NameDictionary dictionary;
    /** Names seen before: lists repeat a few thousand names across millions of rows. */
    private final Map<String, Prepared> seen = new ConcurrentHashMap<>();

    record Prepared(String exact, String phonetic, String canonical, String key) {
    }

    public NameComparison(String name, Set<String> fields, Function<Record, String> value, NameDictionary dictionary) {
        this.name = name;
        this.fields = Set.copyOf(fields);
        this.value = value;
        this.dictionary = dictionary;
    }

    /**
     * Given name: {@link PersonFields#GIVEN_NAME}, or the given part of the full name. Its
     * declared field is given_name alone, so that training blocked on the surname keeps it.
     */
    public static NameComparison givenName() {
        return new NameComparison("given_name", Set.of(PersonFields.GIVEN_NAME),
            PersonFields::givenName, NameDictionary.standard());
    }

    /** Surname: {@link PersonFields#SURNAME}, or the surname part of the full name. */
    public static NameComparison surname() {
        return new NameComparison("surname", Set.of(PersonFields.SURNAME),
            PersonFields::surname, NameDictionary.standard());
    }

    /** Father's name: {@link PersonFields#FATHER_NAME}, or a patronymic in the notes. */
    public static NameComparison fatherName() {
        return new NameComparison("father_name", Set.of(PersonFields.FATHER_NAME, PersonFields.NOTES),
            PersonFields::fatherName, NameDictionary.standard());
    }

    /** Any name-valued field read as it is. */
    public static NameComparison onField(String field) {
        return new NameComparison(field, Set.of(field), r -> r.field(field), NameDictionary.standard());
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<String> levels() {
        return LEVELS;
    }

    @Override
    public Set<String> fields() {
        return fields;
    }

    @Override
    public Object prepare(Record record) {
        String text = value.apply(record);
        if (text == null) {
            return null;
        }
        Prepared known = seen.get(text);
        if (known == null) {
            String exact = PersianText.compactKey(text);
            NameDictionary.Resolution resolved = dictionary.resolve(text);
            known = new Prepared(exact, PhoneticKey.of(text), resolved.canonical(), resolved.key());
            if (seen.size() > 500_000) {
                seen.clear(); // a bound, not an eviction policy: enough for names
            }
            seen.put(text, known);
        }
        return known.exact.isEmpty() ? null : known;
    }

    @Override
    public int level(Object left, Object right) {
        Prepared a = (Prepared) left;
        Prepared b = (Prepared) right;
        if (a.exact.equals(b.exact)) {
            return 0;
        }
        boolean knownDifferent = a.canonical != null && b.canonical != null && !a.canonical.equals(b.canonical)
            && !a.key.equals(b.key);
        if (!knownDifferent && !a.phonetic.isEmpty() && a.phonetic.equals(b.phonetic)) {
            return 1;
        }
        if (a.canonical != null && a.canonical.equals(b.canonical)
            || !knownDifferent && !a.key.isEmpty() && a.key.equals(b.key)) {
            return 2;
        }
        if (knownDifferent) {
            return 5; // two names the dictionary knows, not a typo of one: Hossein and Hassan
        }
        double similarity = JaroWinkler.similarity(a.key, b.key);
        return similarity >= 0.92 ? 3
            : similarity >= 0.80 || oneLetterApart(a.key, b.key) || typingSlip(a.key, b.key) ? 4 : 5;
    }

    /**
     * Keys one letter inserted or dropped apart (a first letter lost: "assan" for Hassan), or
     * the shorter, of two letters at least, found in order in a longer one of at most two
     * letters more ("Moammad" for Mohammad, "Muavi" for Mousavi).
     */
    static boolean typingSlip(String a, String b) {
        String shorter = a.length() <= b.length() ? a : b;
        String longer = shorter == a ? b : a;
        int extra = longer.length() - shorter.length();
        if (shorter.length() < 2 || extra < 1 || extra > 2) {
            return false;
        }
        int k = 0;
        for (int i = 0; i < longer.length() && k < shorter.length(); i++) {
            if (longer.charAt(i) == shorter.charAt(k)) {
                k++;
            }
        }
        return k == shorter.length();
    }

    private static boolean oneLetterApart(String a, String b) {
        if (a.length() != b.length() || a.length() < 3) {
            return false;
        }
        int differences = 0;
        for (int i = 0; i < a.length(); i++) {
            differences += a.charAt(i) == b.charAt(i) ? 0 : 1;
        }
        return differences == 1;
    }

    @Override
    public int termFrequencyLevels() {
        return 3;
    }

    @Override
    public String term(Object prepared) {
        return ((Prepared) prepared).key;
    }
}
