package org.yadman.linkage.bench;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.yadman.linkage.BlockingRule;
import org.yadman.linkage.Clusters;
import org.yadman.linkage.Evaluation;
import org.yadman.linkage.LinkageModel;
import org.yadman.linkage.LinkageSettings;
import org.yadman.linkage.Linker;
import org.yadman.linkage.Record;
import org.yadman.linkage.ScoredPair;
import org.yadman.linkage.compare.DateRangeComparison;
import org.yadman.linkage.compare.NameComparison;
import org.yadman.linkage.compare.PersonFields;
import org.yadman.linkage.compare.PersonLinkage;
import org.yadman.linkage.compare.PlaceComparison;
import org.yadman.linkage.names.Gazetteer;

/**
 * Times deduplication of synthetic records ({@link SyntheticPopulation}), step by step. Not run
 * by {@code mvn verify}. Run (records default 1,000,000):
 * <pre>
 * java -Xmx4g -cp "linkage/target/classes:linkage/target/test-classes:$(cat linkage/target/cp.txt)" \
 *   org.yadman.linkage.bench.MillionRecordsTiming 1000000
 * </pre>
 * {@link DukePeerTiming} runs the peer (Duke 1.2) on the same records; docs/benchmarks.md has both.
 */
public final class MillionRecordsTiming {

    private MillionRecordsTiming() {
    }

    public static void main(String[] args) {
        int wanted = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        long start = System.nanoTime();
        SyntheticPopulation population = new SyntheticPopulation(wanted, 7);
        List<Record> records = population.records();
        lap("generate " + records.size() + " records", start);

        Function<Record, String> city = r -> Gazetteer.standard().idOrKey(r.field(PersonFields.CITY));
        BlockingRule namesCity = BlockingRule.allOf("given + surname + city",
            Set.of(PersonFields.GIVEN_NAME, PersonFields.SURNAME, PersonFields.CITY),
            PersonLinkage::givenKey, PersonLinkage::surnameKey, city);
        BlockingRule namesFather = BlockingRule.allOf("given + surname + father",
            Set.of(PersonFields.GIVEN_NAME, PersonFields.SURNAME, PersonFields.FATHER_NAME),
            PersonLinkage::givenKey, PersonLinkage::surnameKey, PersonLinkage::fatherKey);
        BlockingRule surnameFatherCity = BlockingRule.allOf("surname + father + city",
            Set.of(PersonFields.SURNAME, PersonFields.FATHER_NAME, PersonFields.CITY),
            PersonLinkage::surnameKey, PersonLinkage::fatherKey, city);
        BlockingRule givenFatherCity = BlockingRule.allOf("given + father + city",
            Set.of(PersonFields.GIVEN_NAME, PersonFields.FATHER_NAME, PersonFields.CITY),
            PersonLinkage::givenKey, PersonLinkage::fatherKey, city);
        LinkageSettings settings = LinkageSettings.builder()
            .comparisons(NameComparison.givenName(), NameComparison.surname(), NameComparison.fatherName(),
                DateRangeComparison.birth(), DateRangeComparison.death(), PlaceComparison.city(), PlaceComparison.prison())
            .blockingRules(namesCity, namesFather, surnameFatherCity, givenFatherCity)
            .trainingRules(namesCity, surnameFatherCity, givenFatherCity)
            .build();

        long step = System.nanoTime();
        Linker linker = new Linker(settings, records);
        lap("prepare", step);
        step = System.nanoTime();
        LinkageModel model = linker.train();
        lap("train", step);
        step = System.nanoTime();
        List<ScoredPair> pairs = linker.predict(model);
        lap("predict " + pairs.size() + " candidate pairs", step);
        step = System.nanoTime();
        Clusters clusters = linker.cluster(model, pairs, 0.5, 0.2);
        lap("cluster into " + clusters.count() + " persons", step);
        lap("total", start);
        Runtime rt = Runtime.getRuntime();
        System.out.printf(Locale.ROOT, "heap used %.2f GB of max %.2f GB%n",
            (rt.totalMemory() - rt.freeMemory()) / 1e9, rt.maxMemory() / 1e9);
        System.out.println(Evaluation.of(clusters.clusterByRecord(), population.truth()));
    }

    private static void lap(String what, long since) {
        System.out.printf(Locale.ROOT, "%-45s %6.1f s%n", what, (System.nanoTime() - since) / 1e9);
    }
}
