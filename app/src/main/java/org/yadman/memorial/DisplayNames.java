package org.yadman.memorial;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yadman.linkage.PersianText;
import org.yadman.web.Lang;

/**
 * How a person is named on a page, derived from name assertions: per source record its full name,
 * or its given name and surname joined. Names written in the page's script come first, so the
 * Persian page leads with the Persian spelling when any source has one.
 */
public final class DisplayNames {
    private DisplayNames() {}

    /** Distinct names of one person, the page language's script first; never empty. */
    public static List<String> of(List<MemorialQueries.Name> names, Lang lang) {
        Map<Long, Map<String, String>> byRecord = new LinkedHashMap<>();
        for (MemorialQueries.Name n : names) {
            byRecord.computeIfAbsent(n.sourceRecordId(), k -> new LinkedHashMap<>()).putIfAbsent(n.field(), n.value());
        }
        Set<String> distinct = new LinkedHashSet<>();
        for (Map<String, String> fields : byRecord.values()) {
            String full = fields.get("full_name");
            if (full != null) {
                distinct.add(full.strip());
            } else {
                String joined = String.join(" ", nonBlank(fields.get("given_name"), fields.get("surname")));
                if (!joined.isBlank()) distinct.add(joined);
            }
        }
        List<String> ordered = new ArrayList<>();
        PersianText.Script wanted = lang == Lang.FA ? PersianText.Script.PERSIAN : PersianText.Script.LATIN;
        for (String name : distinct) if (PersianText.script(name) == wanted) ordered.add(name);
        for (String name : distinct) if (PersianText.script(name) != wanted) ordered.add(name);
        if (ordered.isEmpty()) ordered.add(lang.t("memorial.person.unnamed"));
        return ordered;
    }

    private static List<String> nonBlank(String... parts) {
        List<String> out = new ArrayList<>();
        for (String p : parts) if (p != null && !p.isBlank()) out.add(p.strip());
        return out;
    }
}
