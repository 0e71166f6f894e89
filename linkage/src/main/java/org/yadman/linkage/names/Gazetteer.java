package org.yadman.linkage.names;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.yadman.linkage.PersianText;

/**
 * Names of places (Iranian cities and prisons) in several scripts and spellings, mapped to one
 * id, from the curated resource {@code places.txt}: Teheran = Tehran = تهران, Gohardasht =
 * Gohar Dasht = Rajaei Shahr = گوهردشت. Names compare by {@link PersianText#compactKey}, and a
 * leading or trailing "prison" / «زندان» is ignored. Immutable and thread-safe.
 */
public final class Gazetteer {

    private static final String RESOURCE = "places.txt";
    private static final Gazetteer STANDARD = load();

    private final Map<String, String> idByName;
    /** Places as written, resolved before: lists name few places, millions of times. */
    private final Map<String, Optional<String>> seen = new ConcurrentHashMap<>();

    private Gazetteer(Map<String, String> idByName) {
        this.idByName = idByName;
    }

    /** The gazetteer shipped with Yadman. */
    public static Gazetteer standard() {
        return STANDARD;
    }

    /** The id of the place a text names, or null when the gazetteer does not know it. */
    public String idOf(String name) {
        String key = PersianText.compactKey(name);
        if (key.isEmpty()) {
            return null;
        }
        String id = idByName.get(key);
        if (id == null) {
            id = idByName.get(withoutPrisonWord(key));
        }
        return id;
    }

    /**
     * The id of a known place, else a phonetic key of the text marked with "~", so that
     * unknown places still compare by sound; null for a blank text.
     */
    public String idOrKey(String name) {
        if (name == null) {
            return null;
        }
        if (seen.size() > 100_000) {
            seen.clear(); // a bound for free-text place columns, not an eviction policy
        }
        return seen.computeIfAbsent(name, this::idOrKeyUncached).orElse(null);
    }

    private Optional<String> idOrKeyUncached(String name) {
        String id = idOf(name);
        if (id != null) {
            return Optional.of(id);
        }
        String key = PhoneticKey.of(name);
        return key.isEmpty() ? Optional.empty() : Optional.of("~" + key);
    }

    private static String withoutPrisonWord(String key) {
        for (String word : new String[] {"prison", "زندان"}) {
            if (key.startsWith(word)) {
                return key.substring(word.length());
            }
            if (key.endsWith(word)) {
                return key.substring(0, key.length() - word.length());
            }
        }
        return key;
    }

    private static Gazetteer load() {
        return new Gazetteer(VariantTable.read(RESOURCE, String::trim, "\\|", false));
    }
}
