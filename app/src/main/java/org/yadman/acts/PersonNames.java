package org.yadman.acts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.yadman.memorial.DisplayNames;
import org.yadman.memorial.MemorialQueries;
import org.yadman.web.Lang;

/** The name each person goes by in the workspace and in case files (any person, published or not). */
final class PersonNames {
    private PersonNames() {}

    static Map<Long, String> of(Handle h, Collection<Long> ids, Lang lang) {
        Map<Long, List<MemorialQueries.Name>> byPerson = new HashMap<>();
        for (Long id : ids) byPerson.put(id, new ArrayList<>());
        if (!ids.isEmpty()) {
            h.createQuery("""
                    SELECT a.person_id, coalesce(a.source_record_id, -a.id) AS record, a.field, a.value, a.script FROM person_assertion a
                    WHERE a.person_id IN (<ids>) AND a.retracted_at IS NULL AND a.field IN (<fields>)
                    ORDER BY a.person_id, a.source_record_id NULLS LAST, a.seq""")
                    .bindList("ids", List.copyOf(ids)).bindList("fields", MemorialQueries.NAME_FIELDS)
                    .map((rs, c) -> new MemorialQueries.Name(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5)))
                    .forEach(n -> byPerson.get(n.personId()).add(n));
        }
        Map<Long, String> names = new HashMap<>();
        byPerson.forEach((id, list) -> names.put(id, DisplayNames.of(list, lang).get(0)));
        return names;
    }
}
