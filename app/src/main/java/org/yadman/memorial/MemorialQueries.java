package org.yadman.memorial;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.yadman.linkage.PersianText;
import org.yadman.linking.NameKeys;

/**
 * The memorial's read model: plain SQL over the registry, and nothing but published persons.
 * A person is public while a publication without {@code withdrawn_at} exists; fields named in that
 * publication's {@code redactions} (a JSON array of field names) are never read for display or
 * search. Every query here repeats that rule rather than trusting callers to check first.
 * A person's facts are read through the {@code person_assertion} view: the assertions of the
 * source records linked to the person now, plus those made about the person directly, so a merge
 * or split by the linkage (superseding record links) shows at once. After a merge the surviving
 * (smallest) person id carries the publication; a person left with no records is on no page.
 */
public final class MemorialQueries {
    /** Assertion fields that hold a name, searched by {@link #search(String, int)}. */
    public static final List<String> NAME_FIELDS = List.of("given_name", "surname", "full_name");

    /**
     * The persons the memorial shows: published now, and with something to show. A person merged
     * into another keeps its row and its publication but no current record and no fact of its own,
     * and is on no page. Tests current links and direct facts by index, never expanding records'
     * facts, so the home page costs the same with a million records as with a thousand.
     */
    public static final String SHOWN_PERSONS = """
            SELECT p.person_id FROM publication p WHERE p.withdrawn_at IS NULL
               AND (EXISTS (SELECT 1 FROM record_link l WHERE l.person_id = p.person_id AND l.superseded_at IS NULL)
                    OR EXISTS (SELECT 1 FROM assertion d WHERE d.person_id = p.person_id AND d.source_record_id IS NULL))
            """;

    private static final String PUBLISHED = """
            JOIN publication p ON p.person_id = a.person_id AND p.withdrawn_at IS NULL
                              AND NOT jsonb_exists(p.redactions, a.field)
            """;

    /** Persons published now whose current records are searched, none of whose names is redacted; binds :nameFields. */
    private static final String RECORD_PUBLISHED = """
            SELECT l.person_id FROM source_record r
            JOIN record_link l ON l.source_record_id = r.id AND l.superseded_at IS NULL
            JOIN publication p ON p.person_id = l.person_id AND p.withdrawn_at IS NULL
                              AND NOT jsonb_exists_any(p.redactions, CAST(:nameFields AS text[]))
            """;

    /** Joins the keys of one query reading into one text (phonetic keys never hold it). */
    private static final String KEY_SEPARATOR = "\u001f";

    private final Jdbi jdbi;

    public MemorialQueries(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public record Counts(long persons, long sources, long records) {}

    /** One name as one source record gives it, with the script it is written in. */
    public record Name(long personId, long sourceRecordId, String field, String value, String script) {}

    public record Source(long id, String name, String title, String suppliedBy, String obtainedHow,
                         String reliability, String language, String script, String defaultCalendar,
                         boolean synthetic, long records, long publishedPersons) {
        /** The title when there is one, else the short name. */
        public String label() {
            return title == null || title.isBlank() ? name : title;
        }
    }

    /** One non-retracted fact about a person, with where it comes from; {@code id} is the assertion, null for a fact of an imported record. */
    public record Fact(Long id, String field, String value, String script, String dateCalendar,
                       String dateQualifier, LocalDate dateEarliest, LocalDate dateLatest,
                       Long sourceId, String sourceLabel, Long sourceRecordId, String recordKey) {}

    /** A source record linked to a person now (not superseded). */
    public record Record(long id, String recordKey, int rowNumber, long sourceId, String sourceLabel) {}

    public record Person(long id, List<Fact> facts, List<Record> records) {}

    public Counts counts() {
        return jdbi.withHandle(h -> h.createQuery("""
                SELECT (SELECT count(*) FROM (""" + SHOWN_PERSONS + """
                        ) shown) AS persons,
                       (SELECT count(*) FROM public_source) AS sources,
                       (SELECT count(*) FROM source_record) AS records
                """).map((rs, ctx) -> new Counts(rs.getLong("persons"), rs.getLong("sources"), rs.getLong("records"))).one());
    }

    /**
     * Published persons with a name field equal to the normalised query, or whose given name and
     * surname, in either order, make up the query. At most {@code limit} ids, in ascending order.
     */
    public List<Long> search(String query, int limit) {
        String q = PersianText.normalise(query);
        if (q.isEmpty()) return List.of();
        // Every split of the query at a space is a candidate (given, surname) pair in both orders,
        // so "Mohammad Reza Ahmadi" finds given "Mohammad Reza" + surname "Ahmadi" by the index.
        List<String> givens = new ArrayList<>();
        List<String> surnames = new ArrayList<>();
        for (int i = q.indexOf(' '); i > 0; i = q.indexOf(' ', i + 1)) {
            String left = q.substring(0, i);
            String right = q.substring(i + 1);
            givens.add(left);
            surnames.add(right);
            givens.add(right);
            surnames.add(left);
        }
        // Facts people recorded (and those imported before V13) are assertion rows, searched by
        // index through person_assertion_row; imported facts by their record's search arrays. A
        // person whose publication redacts a name is never found by a record's names.
        List<Long> exact = jdbi.withHandle(h -> h.createQuery("""
                SELECT a.person_id FROM person_assertion_row a
                """ + PUBLISHED + """
                WHERE a.retracted_at IS NULL AND a.field IN (<fields>) AND a.normalised = :q
                UNION
                SELECT a.person_id FROM person_assertion_row a
                """ + PUBLISHED + """
                JOIN person_assertion_row s ON s.person_id = a.person_id AND s.field = 'surname' AND s.retracted_at IS NULL
                                AND NOT jsonb_exists(p.redactions, s.field)
                JOIN unnest(:givens, :surnames) AS c(given, surname)
                     ON a.normalised = c.given AND s.normalised = c.surname
                WHERE a.field = 'given_name' AND a.retracted_at IS NULL
                UNION
                """ + RECORD_PUBLISHED + """
                WHERE r.search_names @> ARRAY[CAST(:q AS text)]
                ORDER BY 1 LIMIT :limit
                """)
                .bindList("fields", NAME_FIELDS)
                .bind("q", q)
                .bindArray("givens", String.class, givens)
                .bindArray("surnames", String.class, surnames)
                .bindArray("nameFields", String.class, NAME_FIELDS)
                .bind("limit", limit)
                .mapTo(Long.class).list());
        if (exact.size() >= limit) return exact;
        List<List<String>> readings = NameKeys.readingsOfQuery(query);
        if (readings.isEmpty()) return exact;
        java.util.Set<String> anyKey = new java.util.LinkedHashSet<>();
        List<String> readingArrays = new ArrayList<>();
        for (List<String> reading : readings) {
            anyKey.addAll(reading);
            readingArrays.add(String.join(KEY_SEPARATOR, reading));
        }
        // For one reading of the query, every group of words must have its phonetic key among the
        // name keys of one of the person's records, or of the person's name assertions ("Husayn
        // Karimi" finds «حسین کریمی», "Gholam Reza" finds "Gholamreza"); exact matches stay first.
        List<Long> tolerant = jdbi.withHandle(h -> h.createQuery("""
                SELECT person_id FROM (
                    SELECT m.person_id FROM (
                        SELECT a.person_id, array_agg(DISTINCT k.key) AS keys FROM person_assertion_row a
                        """ + PUBLISHED + """
                        JOIN name_key k ON k.assertion_id = a.id
                        WHERE a.retracted_at IS NULL AND a.field IN (<fields>) AND k.key = ANY(:keys)
                        GROUP BY a.person_id) m
                    WHERE EXISTS (SELECT 1 FROM unnest(:readings) AS q(keys)
                                  WHERE m.keys @> string_to_array(q.keys, :separator))
                    UNION
                    """ + RECORD_PUBLISHED + """
                    JOIN unnest(:readings) AS q(keys) ON r.name_keys @> string_to_array(q.keys, :separator)
                ) found ORDER BY person_id LIMIT :limit
                """)
                .bindList("fields", NAME_FIELDS)
                .bindArray("keys", String.class, List.copyOf(anyKey))
                .bindArray("readings", String.class, readingArrays)
                .bindArray("nameFields", String.class, NAME_FIELDS)
                .bind("separator", KEY_SEPARATOR)
                .bind("limit", limit)
                .mapTo(Long.class).list());
        java.util.LinkedHashSet<Long> all = new java.util.LinkedHashSet<>(exact);
        for (Long id : tolerant) {
            if (all.size() >= limit) break;
            all.add(id);
        }
        return List.copyOf(all);
    }

    /** The names of the given persons (published ones only), per person in record order. */
    public Map<Long, List<Name>> names(List<Long> personIds) {
        Map<Long, List<Name>> byPerson = new LinkedHashMap<>();
        for (Long id : personIds) byPerson.put(id, new ArrayList<>());
        if (personIds.isEmpty()) return byPerson;
        jdbi.useHandle(h -> h.createQuery("""
                SELECT a.person_id, coalesce(a.source_record_id, 0) AS record, a.field, a.value, a.script
                FROM person_assertion a
                """ + PUBLISHED + """
                WHERE a.person_id IN (<ids>) AND a.retracted_at IS NULL AND a.field IN (<fields>)
                ORDER BY a.person_id, a.source_record_id NULLS LAST, a.seq
                """)
                .bindList("ids", personIds)
                .bindList("fields", NAME_FIELDS)
                .map((rs, ctx) -> new Name(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5)))
                .forEach(n -> byPerson.get(n.personId()).add(n)));
        return byPerson;
    }

    /** Fields that tell namesakes apart in lists of persons. */
    public static final List<String> DISTINGUISHING_FIELDS = List.of("father_name", "city", "death_date");

    /**
     * For each given (published) person, the first value of each distinguishing field, so lists
     * of namesakes can be told apart: field to value, absent fields left out.
     */
    public Map<Long, Map<String, String>> distinguishing(List<Long> personIds) {
        Map<Long, Map<String, String>> byPerson = new LinkedHashMap<>();
        for (Long id : personIds) byPerson.put(id, new LinkedHashMap<>());
        if (personIds.isEmpty()) return byPerson;
        jdbi.useHandle(h -> h.createQuery("""
                SELECT a.person_id, a.field, a.value FROM person_assertion a
                """ + PUBLISHED + """
                WHERE a.person_id IN (<ids>) AND a.retracted_at IS NULL AND a.field IN (<fields>)
                ORDER BY a.person_id, a.source_record_id NULLS LAST, a.seq
                """)
                .bindList("ids", personIds)
                .bindList("fields", DISTINGUISHING_FIELDS)
                .map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)})
                .forEach(r -> byPerson.get(Long.parseLong(r[0])).putIfAbsent(r[1], r[2])));
        return byPerson;
    }

    /** A published person's facts and records; empty when the person is not (or no longer) public. */
    public Optional<Person> person(long id) {
        return jdbi.withHandle(h -> {
            boolean published = h.createQuery("SELECT count(*) FROM (" + SHOWN_PERSONS + ") shown WHERE person_id = :id")
                    .bind("id", id).mapTo(Long.class).one() > 0;
            if (!published) return Optional.empty();
            List<Fact> facts = h.createQuery("""
                    SELECT a.id, a.field, a.value, a.script, a.date_calendar, a.date_qualifier,
                           a.date_earliest, a.date_latest, s.id AS source_id,
                           coalesce(nullif(s.title, ''), s.name) AS source_label,
                           a.source_record_id, r.record_key
                    FROM person_assertion a
                    """ + PUBLISHED + """
                    LEFT JOIN public_source s ON s.id = a.source_id
                    LEFT JOIN source_record r ON r.id = a.source_record_id
                    WHERE a.person_id = :id AND a.retracted_at IS NULL
                    ORDER BY a.source_record_id NULLS LAST, a.seq
                    """).bind("id", id).map((rs, ctx) -> new Fact((Long) rs.getObject("id"), rs.getString("field"),
                            rs.getString("value"), rs.getString("script"), rs.getString("date_calendar"),
                            rs.getString("date_qualifier"), rs.getObject("date_earliest", LocalDate.class),
                            rs.getObject("date_latest", LocalDate.class), (Long) rs.getObject("source_id"),
                            rs.getString("source_label"), (Long) rs.getObject("source_record_id"),
                            rs.getString("record_key"))).list();
            return Optional.of(new Person(id, facts, records(h, id)));
        });
    }

    private static List<Record> records(Handle h, long personId) {
        return h.createQuery("""
                SELECT r.id, r.record_key, r.row_number, s.id AS source_id, coalesce(nullif(s.title, ''), s.name) AS label
                FROM record_link l
                JOIN source_record r ON r.id = l.source_record_id
                JOIN public_source s ON s.id = r.source_id
                WHERE l.person_id = :id AND l.superseded_at IS NULL
                ORDER BY s.id, r.row_number, r.id
                """).bind("id", personId).map((rs, ctx) -> new Record(rs.getLong("id"), rs.getString("record_key"),
                        rs.getInt("row_number"), rs.getLong("source_id"), rs.getString("label"))).list();
    }

    private static final String SOURCE_COLUMNS = """
            SELECT s.*, (SELECT count(*) FROM source_record r WHERE r.source_id = s.id) AS records,
                   (SELECT count(DISTINCT l.person_id) FROM source_record r
                      JOIN record_link l ON l.source_record_id = r.id AND l.superseded_at IS NULL
                      JOIN publication p ON p.person_id = l.person_id AND p.withdrawn_at IS NULL
                     WHERE r.source_id = s.id) AS published
            FROM public_source s
            """;

    public List<Source> sources() {
        return jdbi.withHandle(h -> h.createQuery(SOURCE_COLUMNS + " ORDER BY s.id").map((rs, ctx) -> source(rs)).list());
    }

    public Optional<Source> source(long id) {
        return jdbi.withHandle(h -> h.createQuery(SOURCE_COLUMNS + " WHERE s.id = :id").bind("id", id)
                .map((rs, ctx) -> source(rs)).findOne());
    }

    private static Source source(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Source(rs.getLong("id"), rs.getString("name"), rs.getString("title"), rs.getString("supplied_by"),
                rs.getString("obtained_how"), rs.getString("reliability"), rs.getString("language"),
                rs.getString("script"), rs.getString("default_calendar"), rs.getBoolean("synthetic"),
                rs.getLong("records"), rs.getLong("published"));
    }

    /** Published persons with a current record in the source, by id, one page of them. */
    public List<Long> sourcePersons(long sourceId, int offset, int limit) {
        return jdbi.withHandle(h -> h.createQuery("""
                SELECT DISTINCT l.person_id FROM source_record r
                JOIN record_link l ON l.source_record_id = r.id AND l.superseded_at IS NULL
                JOIN publication p ON p.person_id = l.person_id AND p.withdrawn_at IS NULL
                WHERE r.source_id = :source
                ORDER BY l.person_id OFFSET :offset LIMIT :limit
                """).bind("source", sourceId).bind("offset", offset).bind("limit", limit).mapTo(Long.class).list());
    }
}
