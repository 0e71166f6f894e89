package org.yadman.linkage.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import no.priv.garshol.duke.ConfigurationImpl;
import no.priv.garshol.duke.Processor;
import no.priv.garshol.duke.Property;
import no.priv.garshol.duke.PropertyImpl;
import no.priv.garshol.duke.RecordImpl;
import no.priv.garshol.duke.comparators.ExactComparator;
import no.priv.garshol.duke.comparators.JaroWinkler;
import no.priv.garshol.duke.comparators.NumericComparator;
import no.priv.garshol.duke.databases.InMemoryBlockingDatabase;
import no.priv.garshol.duke.databases.KeyFunction;
import no.priv.garshol.duke.matchers.AbstractMatchListener;
import org.yadman.linkage.Evaluation;
import org.yadman.linkage.Record;
import org.yadman.linkage.UncertainDate;
import org.yadman.linkage.compare.PersonFields;
import org.yadman.linkage.compare.PersonLinkage;
import org.yadman.linkage.names.Gazetteer;

/**
 * The peer of {@link MillionRecordsTiming}: Duke 1.2 (Garshol's Lucene-era deduplication engine,
 * from Maven Central) deduplicates the same synthetic records, measured the same way. Not run by
 * {@code mvn verify}. Run (records default 1,000,000):
 * <pre>
 * java -Xmx4g -cp "linkage/target/classes:linkage/target/test-classes:$(cat linkage/target/cp.txt)" \
 *   org.yadman.linkage.bench.DukePeerTiming 1000000
 * </pre>
 *
 * <p>An equivalent configuration: Duke gets the same name knowledge (the dictionary-aware
 * phonetic keys of given name, surname and father's name, the gazetteer's ids of city and prison,
 * birth year and death month already parsed; that preparation is timed) and the same four
 * blocking rules as key functions of an in-memory blocking database (window 1: a record's own
 * block only). Duke learns no parameters: each property's low and high probabilities are set by
 * hand, as Duke's users do, close to the m and u our EM finds on these records. Its matches are
 * joined into connected components, which is what Duke's deduplication hands on.
 */
public final class DukePeerTiming {

    private static final String ID = "ID";
    private static final String GIVEN = "GIVEN";
    private static final String SURNAME = "SURNAME";
    private static final String FATHER = "FATHER";
    private static final String BIRTH = "BIRTH";
    private static final String DEATH = "DEATH";
    private static final String CITY = "CITY";
    private static final String PRISON = "PRISON";

    private DukePeerTiming() {
    }

    public static void main(String[] args) {
        int wanted = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        long start = System.nanoTime();
        SyntheticPopulation population = new SyntheticPopulation(wanted, 7);
        List<Record> records = population.records();
        lap("generate " + records.size() + " records", start);

        long step = System.nanoTime();
        List<no.priv.garshol.duke.Record> dukeRecords = records.parallelStream().map(DukePeerTiming::toDuke).toList();
        lap("prepare (keys, ids, dates)", step);

        ConfigurationImpl config = new ConfigurationImpl();
        List<Property> properties = new ArrayList<>();
        properties.add(new PropertyImpl(ID));
        properties.add(new PropertyImpl(GIVEN, new JaroWinkler(), 0.05, 0.6));
        properties.add(new PropertyImpl(SURNAME, new JaroWinkler(), 0.05, 0.7));
        properties.add(new PropertyImpl(FATHER, new JaroWinkler(), 0.1, 0.75));
        NumericComparator years = new NumericComparator();
        years.setMinRatio(0.999);
        properties.add(new PropertyImpl(BIRTH, years, 0.2, 0.7));
        properties.add(new PropertyImpl(DEATH, new ExactComparator(), 0.2, 0.75));
        properties.add(new PropertyImpl(CITY, new ExactComparator(), 0.1, 0.75));
        properties.add(new PropertyImpl(PRISON, new ExactComparator(), 0.3, 0.6));
        config.setProperties(properties);
        config.setThreshold(0.9);
        InMemoryBlockingDatabase database = new InMemoryBlockingDatabase();
        database.setWindowSize(1);
        database.setKeyFunctions(List.of(key(GIVEN, SURNAME, CITY), key(GIVEN, SURNAME, FATHER),
            key(SURNAME, FATHER, CITY), key(GIVEN, FATHER, CITY)));
        database.setConfiguration(config);
        config.setDatabase(database);

        step = System.nanoTime();
        Processor processor = new Processor(config, database);
        processor.setThreads(Runtime.getRuntime().availableProcessors());
        Components components = new Components(population.truth());
        processor.addMatchListener(components);
        processor.deduplicate(dukeRecords);
        lap("index and match (" + processor.getComparisonCount() + " comparisons, "
            + components.matches + " matches)", step);
        System.out.printf(Locale.ROOT, "Duke's own matched pairs: %d, of which true %.4f%n", components.matches,
            components.trueMatches / (double) Math.max(components.matches, 1));
        step = System.nanoTime();
        Map<String, String> clusters = components.clusters(records);
        lap("connected components", step);
        lap("total", start);
        Runtime rt = Runtime.getRuntime();
        System.out.printf(Locale.ROOT, "heap used %.2f GB of max %.2f GB%n",
            (rt.totalMemory() - rt.freeMemory()) / 1e9, rt.maxMemory() / 1e9);
        System.out.println(Evaluation.of(clusters, population.truth()));
    }

    private static no.priv.garshol.duke.Record toDuke(Record r) {
        Map<String, Collection<String>> values = new HashMap<>();
        put(values, ID, r.id());
        put(values, GIVEN, PersonLinkage.givenKey(r));
        put(values, SURNAME, PersonLinkage.surnameKey(r));
        put(values, FATHER, PersonLinkage.fatherKey(r));
        UncertainDate birth = PersonFields.birth(r);
        put(values, BIRTH, birth == null || birth.earliest() == null ? null : Integer.toString(birth.earliest().getYear()));
        UncertainDate death = PersonFields.death(r);
        put(values, DEATH, death == null || death.earliest() == null ? null : death.earliest().withDayOfMonth(1).toString());
        put(values, CITY, Gazetteer.standard().idOrKey(r.field(PersonFields.CITY)));
        put(values, PRISON, Gazetteer.standard().idOrKey(r.field(PersonFields.PRISON)));
        return new RecordImpl(values);
    }

    private static void put(Map<String, Collection<String>> values, String property, String value) {
        if (value != null && !value.isEmpty()) {
            values.put(property, List.of(value));
        }
    }

    /** Blocking key of several properties; a record missing one gets a block of its own. */
    private static KeyFunction key(String... properties) {
        Function<no.priv.garshol.duke.Record, String> make = record -> {
            StringBuilder key = new StringBuilder();
            for (String p : properties) {
                String v = record.getValue(p);
                if (v == null) {
                    return "\u0000" + record.getValue(ID);
                }
                key.append(v).append('|');
            }
            return key.toString();
        };
        return make::apply;
    }

    /** Union-find over Duke's matches; also counts how many matched pairs are true (for the report). */
    private static final class Components extends AbstractMatchListener {
        private final Map<String, String> parent = new HashMap<>();
        private final Map<String, String> truth;
        long matches;
        long trueMatches;

        Components(Map<String, String> truth) {
            this.truth = truth;
        }

        @Override
        public synchronized void matches(no.priv.garshol.duke.Record a, no.priv.garshol.duke.Record b, double confidence) {
            matches++;
            trueMatches += truth.get(a.getValue(ID)).equals(truth.get(b.getValue(ID))) ? 1 : 0;
            String ra = find(a.getValue(ID));
            String rb = find(b.getValue(ID));
            if (!ra.equals(rb)) {
                parent.put(ra, rb);
            }
        }

        private String find(String x) {
            String root = x;
            while (parent.containsKey(root)) {
                root = parent.get(root);
            }
            while (!x.equals(root)) {
                String next = parent.get(x);
                parent.put(x, root);
                x = next;
            }
            return root;
        }

        synchronized Map<String, String> clusters(List<Record> records) {
            Map<String, String> clusterByRecord = new HashMap<>();
            for (Record r : records) {
                clusterByRecord.put(r.id(), find(r.id()));
            }
            return clusterByRecord;
        }
    }

    private static void lap(String what, long since) {
        System.out.printf(Locale.ROOT, "%-45s %6.1f s%n", what, (System.nanoTime() - since) / 1e9);
    }
}
