package org.yadman.linkage.names;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.yadman.linkage.PersianText;

/**
 * Known spellings of Persian names, each mapped to its Persian form, from the curated resource
 * {@code persian-names.txt}. It settles what {@link PhoneticKey}'s rules cannot (Kazim = کاظم,
 * Husayn = حسین, Fatima = فاطمه) and tells names apart that the rules would merge.
 *
 * <p>A word is looked up as written, then without a surname ending (Mohammadi = محمد + ی,
 * Mohammadpour = محمد + پور), then as two known names written joined (Mohammadreza). A name of
 * several words is also looked up whole (Gholam Reza = غلامرضا). Keys of resolved words are the
 * {@link PhoneticKey} of their Persian form, so a resolved and an unresolved spelling of one
 * name still meet when the rules agree. Immutable and thread-safe.
 */
public final class NameDictionary {

    private static final String RESOURCE = "persian-names.txt";
    private static final List<String[]> LATIN_ENDINGS = List.of(
        new String[] {"pour", "پور"}, new String[] {"pur", "پور"}, new String[] {"zadeh", "زاده"},
        new String[] {"zade", "زاده"}, new String[] {"nia", "نیا"}, new String[] {"ii", "ی"},
        new String[] {"i", "ی"}, new String[] {"y", "ی"});
    private static final List<String> PERSIAN_ENDINGS = List.of("پور", "زاده", "نیا", "ی");
    private static final NameDictionary STANDARD = load();
    private static final NameDictionary EMPTY = new NameDictionary(Map.of());

    /** What a name resolves to: its Persian form when every word is known, and its key. */
    public record Resolution(String canonical, String key) {
    }

    /** Resolutions of names seen before: lists repeat a few thousand names across millions of rows. */
    private final Map<String, Resolution> seen = new ConcurrentHashMap<>();
    private static final int MAX_SEEN = 500_000;

    private final Map<String, String> canonicalBySpelling;

    private NameDictionary(Map<String, String> canonicalBySpelling) {
        this.canonicalBySpelling = canonicalBySpelling;
    }

    /** The curated dictionary shipped with Yadman. */
    public static NameDictionary standard() {
        return STANDARD;
    }

    /** No entries: keys by {@link PhoneticKey}'s rules alone, to measure what the dictionary adds. */
    public static NameDictionary empty() {
        return EMPTY;
    }

    /** Number of known spellings, Persian forms included. */
    public int size() {
        return canonicalBySpelling.size();
    }

    /**
     * Resolves a name of one or several words, in any script.
     *
     * @return the Persian form (null when some word is unknown) and the key ("" for no letters)
     */
    public Resolution resolve(String name) {
        if (name == null) {
            return new Resolution(null, "");
        }
        Resolution known = seen.get(name);
        if (known == null) {
            known = resolveUncached(name);
            if (seen.size() >= MAX_SEEN) {
                seen.clear(); // a bound, not an eviction policy: enough for names
            }
            seen.put(name, known);
        }
        return known;
    }

    private Resolution resolveUncached(String name) {
        String normal = PersianText.normalise(name);
        String whole = lookUp(PersianText.compactKey(normal));
        if (whole != null) {
            return new Resolution(whole, PhoneticKey.of(whole));
        }
        StringBuilder canonical = new StringBuilder();
        StringBuilder key = new StringBuilder();
        boolean allKnown = true;
        for (String word : normal.split(" ")) {
            String compact = PersianText.compactKey(word);
            if (compact.isEmpty()) {
                continue;
            }
            String known = lookUp(compact);
            if (known == null) {
                known = joined(compact);
            }
            if (known == null) {
                allKnown = false;
                key.append(PhoneticKey.ofWord(word));
            } else {
                canonical.append(canonical.length() == 0 ? "" : " ").append(known);
                key.append(PhoneticKey.of(known));
            }
        }
        String collapsed = collapse(key);
        return new Resolution(allKnown && canonical.length() > 0 ? canonical.toString() : null, collapsed);
    }

    /** A word as written, else without a surname ending. */
    private String lookUp(String compact) {
        String known = canonicalBySpelling.get(compact);
        if (known != null) {
            return known;
        }
        boolean latin = !compact.isEmpty() && compact.charAt(0) < 0x0250;
        if (latin) {
            for (String[] ending : LATIN_ENDINGS) {
                String stem = stem(compact, ending[0]);
                if (stem != null && canonicalBySpelling.containsKey(stem)) {
                    return withEnding(canonicalBySpelling.get(stem), ending[1]);
                }
            }
        } else {
            for (String ending : PERSIAN_ENDINGS) {
                String stem = stem(compact, ending);
                if (stem != null && canonicalBySpelling.containsKey(stem)) {
                    return withEnding(canonicalBySpelling.get(stem), ending);
                }
            }
        }
        return null;
    }

    /**
     * A known stem with a surname ending. A stem that already ends in ی takes no second one:
     * "Mirzaeii" and "Tehranii" are typing slips for میرزایی and تهرانی, not names of their own.
     */
    private static String withEnding(String stem, String ending) {
        if (!ending.equals("ی")) {
            return stem + " " + ending;
        }
        return stem.endsWith("ی") ? stem : stem + "ی";
    }

    private static String stem(String word, String ending) {
        return word.endsWith(ending) && word.length() - ending.length() >= 3
            ? word.substring(0, word.length() - ending.length()) : null;
    }

    /** Two known names written as one word (mohammadreza), the second possibly with an ending. */
    private String joined(String compact) {
        for (int split = 3; split <= compact.length() - 3; split++) {
            String first = canonicalBySpelling.get(compact.substring(0, split));
            if (first != null) {
                String second = lookUp(compact.substring(split));
                if (second != null) {
                    return first + " " + second;
                }
            }
        }
        return null;
    }

    private static String collapse(CharSequence codes) {
        StringBuilder out = new StringBuilder(codes.length());
        for (int i = 0; i < codes.length(); i++) {
            if (out.length() == 0 || out.charAt(out.length() - 1) != codes.charAt(i)) {
                out.append(codes.charAt(i));
            }
        }
        return out.toString();
    }

    private static NameDictionary load() {
        return new NameDictionary(VariantTable.read(RESOURCE, PersianText::normalise, "\\s+", true));
    }
}
