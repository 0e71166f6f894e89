package org.yadman.linkage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yadman.linkage.compare.Comparison;

/**
 * Record linkage of a set of records, the shape of Splink's linker: train a Fellegi–Sunter
 * model, score candidate pairs, cluster them.
 *
 * <pre>{@code
 * Linker linker = new Linker(settings, records);
 * LinkageModel model = linker.train();                 // u from random pairs, m by EM, λ
 * List<ScoredPair> pairs = linker.predict(model);      // blocked pairs, with weights
 * Clusters clusters = linker.cluster(model, pairs, 0.9, 0.5); // persons, pairs to review
 * }</pre>
 *
 * Records of one source listed in {@link LinkageSettings#duplicateFreeSources()} are never
 * paired, so linking two such sources is linkage and one source alone is deduplication.
 * Each comparison prepares every record once, here; a linker is then read-only and its
 * methods may run from several threads.
 */
public final class Linker {

    private final LinkageSettings settings;
    private final List<Record> records;
    private final List<Comparison> comparisons;
    private final Object[][] prepared;
    private final int[] sourceOf;
    private final boolean[] duplicateFree;
    private final Map<String, Integer> indexById = new HashMap<>();
    private final List<Map<String, Integer>> termCounts = new ArrayList<>();
    private final int[] presentCounts;
    /** The candidate pairs of the blocking rules, computed once (training and prediction share them). */
    private long[] predictionCandidates;

    public Linker(LinkageSettings settings, List<Record> records) {
        this.settings = settings;
        this.records = List.copyOf(records);
        this.comparisons = settings.comparisons();
        Map<String, Integer> sources = new HashMap<>();
        List<Boolean> free = new ArrayList<>();
        sourceOf = new int[this.records.size()];
        for (int i = 0; i < sourceOf.length; i++) {
            Record r = this.records.get(i);
            if (indexById.put(r.id(), i) != null) {
                throw new IllegalArgumentException("record id " + r.id() + " appears twice");
            }
            sourceOf[i] = sources.computeIfAbsent(r.source(), s -> {
                free.add(settings.duplicateFreeSources().contains(s));
                return free.size() - 1;
            });
        }
        duplicateFree = new boolean[free.size()];
        for (int s = 0; s < duplicateFree.length; s++) {
            duplicateFree[s] = free.get(s);
        }
        prepared = new Object[comparisons.size()][];
        presentCounts = new int[comparisons.size()];
        for (int c = 0; c < comparisons.size(); c++) {
            Comparison comparison = comparisons.get(c);
            prepared[c] = this.records.parallelStream().map(comparison::prepare).toArray();
            for (Object value : prepared[c]) {
                presentCounts[c] += value == null ? 0 : 1;
            }
            Map<String, Integer> counts = new HashMap<>();
            if (comparison.termFrequencyLevels() > 0) {
                for (Object value : prepared[c]) {
                    if (value != null) {
                        counts.merge(comparison.term(value), 1, Integer::sum);
                    }
                }
            }
            termCounts.add(counts);
        }
    }

    /**
     * Trains the model: u from random comparable pairs, m by EM in one session per training
     * rule (median across sessions), then λ by EM over the candidate pairs with m and u fixed.
     */
    public LinkageModel train() {
        return Training.train(this);
    }

    /**
     * Scores every candidate pair of the blocking rules; order is by record index. Where a
     * source is duplicate-free, a pair's weight also counts its records' other candidates in
     * each other's source (see {@code ExclusiveMatching}): of two namesakes in one such list,
     * at most one can be the person, and a sole candidate is likelier than the prior says.
     */
    public List<ScoredPair> predict(LinkageModel model) {
        checkModel(model);
        long[] candidates = candidates(settings.blockingRules());
        double[] weights = new double[candidates.length];
        for (int k = 0; k < candidates.length; k++) {
            weights[k] = matchWeight(model, CandidatePairs.left(candidates[k]), CandidatePairs.right(candidates[k]));
        }
        weights = ExclusiveMatching.weights(this, model.priorWeight(), candidates, weights);
        List<ScoredPair> scored = new ArrayList<>(candidates.length);
        for (int k = 0; k < candidates.length; k++) {
            double probability = 1.0 / (1.0 + Math.pow(2, -weights[k]));
            scored.add(new ScoredPair(records.get(CandidatePairs.left(candidates[k])).id(),
                records.get(CandidatePairs.right(candidates[k])).id(), weights[k], probability));
        }
        return scored;
    }

    /**
     * Groups records into persons: clusters are merged strongest first while their pooled match
     * probability is at or above {@code threshold}, never joining two records of one
     * duplicate-free source nor two records whose own pair has match probability under about
     * 0.001, nor, once a cluster holds several records, two clusters where a pair across them
     * disagrees on one field by more than 6 bits. Candidate pairs at or above {@code reviewFloor}
     * left in different clusters are returned for human review. See {@code ConstrainedClustering}
     * for the pooling.
     */
    public Clusters cluster(LinkageModel model, List<ScoredPair> pairs, double threshold, double reviewFloor) {
        checkModel(model);
        return ConstrainedClustering.cluster(this, model, pairs, threshold, reviewFloor);
    }

    /**
     * Pair completeness of the blocking rules: the share of truly matching comparable pairs
     * that are candidates.
     *
     * @param personById the true person of each record id (records not in it are ignored)
     */
    public double pairCompleteness(Map<String, String> personById) {
        Map<String, List<Integer>> byPerson = new HashMap<>();
        for (int i = 0; i < records.size(); i++) {
            String person = personById.get(records.get(i).id());
            if (person != null) {
                byPerson.computeIfAbsent(person, p -> new ArrayList<>()).add(i);
            }
        }
        Set<Long> candidates = new HashSet<>();
        for (long pair : candidates(settings.blockingRules())) {
            candidates.add(pair);
        }
        long truePairs = 0;
        long found = 0;
        for (List<Integer> members : byPerson.values()) {
            for (int a = 0; a < members.size(); a++) {
                for (int b = a + 1; b < members.size(); b++) {
                    if (comparable(members.get(a), members.get(b))) {
                        truePairs++;
                        found += candidates.contains(CandidatePairs.encode(members.get(a), members.get(b))) ? 1 : 0;
                    }
                }
            }
        }
        return truePairs == 0 ? 1.0 : (double) found / truePairs;
    }

    /** Number of candidate pairs the blocking rules give. */
    public int candidatePairCount() {
        return candidates(settings.blockingRules()).length;
    }

    public LinkageSettings settings() {
        return settings;
    }

    // ---- package-private, for training and clustering ----

    List<Record> records() {
        return records;
    }

    int indexOf(String id) {
        Integer index = indexById.get(id);
        if (index == null) {
            throw new IllegalArgumentException("no record with id " + id);
        }
        return index;
    }

    int sourceOf(int record) {
        return sourceOf[record];
    }

    boolean isDuplicateFree(int source) {
        return duplicateFree[source];
    }

    boolean comparable(int i, int j) {
        return i != j && (sourceOf[i] != sourceOf[j] || !duplicateFree[sourceOf[i]]);
    }

    /** All comparable pairs: n(n−1)/2 less the pairs inside duplicate-free sources. */
    double comparablePairCount() {
        double n = records.size();
        double pairs = n * (n - 1) / 2;
        int[] perSource = new int[duplicateFree.length];
        for (int s : sourceOf) {
            perSource[s]++;
        }
        for (int s = 0; s < perSource.length; s++) {
            if (duplicateFree[s]) {
                pairs -= (double) perSource[s] * (perSource[s] - 1) / 2;
            }
        }
        return pairs;
    }

    long[] candidates(List<BlockingRule> rules) {
        if (rules.equals(settings.blockingRules())) {
            synchronized (this) {
                if (predictionCandidates == null) {
                    predictionCandidates = CandidatePairs.of(rules, records, this::comparable);
                }
                return predictionCandidates;
            }
        }
        return CandidatePairs.of(rules, records, this::comparable);
    }

    List<Comparison> comparisons() {
        return comparisons;
    }

    int level(int comparison, int i, int j) {
        Object a = prepared[comparison][i];
        Object b = prepared[comparison][j];
        return a == null || b == null ? Comparison.NULL_LEVEL : comparisons.get(comparison).level(a, b);
    }

    double matchWeight(LinkageModel model, int i, int j) {
        double weight = model.priorWeight();
        for (int c = 0; c < comparisons.size(); c++) {
            double w = comparisonWeight(model, c, i, j);
            weight += Double.isNaN(w) ? 0 : w;
        }
        return weight;
    }

    /** The weight one comparison gives a pair, term frequency included; NaN when a value is missing. */
    double comparisonWeight(LinkageModel model, int c, int i, int j) {
        int level = level(c, i, j);
        if (level < 0) {
            return Double.NaN;
        }
        double weight = model.weight(c, level);
        Comparison comparison = comparisons.get(c);
        // an unobserved level carries no evidence, so no term frequency evidence either
        if (settings.termFrequencyAdjustment() && level < comparison.termFrequencyLevels()
            && !model.unobserved(c, level)) {
            weight += termFrequencyAdjustment(model, c, comparison.term(prepared[c][i]));
        }
        return weight;
    }

    /**
     * {@code log2(u_same / tf)}: u_same is how often random pairs agree at the adjusted levels,
     * tf how often this value occurs, so a common value weighs less than an average one and a
     * rare value more (Splink's term-frequency adjustment).
     */
    private double termFrequencyAdjustment(LinkageModel model, int c, String term) {
        Map<String, Integer> counts = termCounts.get(c);
        int total = presentCounts[c];
        double tf = Math.max(counts.getOrDefault(term, 1), 1) / (double) Math.max(total, 1);
        double uSame = 0;
        List<LinkageModel.Level> levels = model.comparisons().get(c).levels();
        for (int l = 0; l < comparisons.get(c).termFrequencyLevels(); l++) {
            uSame += levels.get(l).u();
        }
        return LinkageModel.log2(Math.max(uSame, 1e-9) / tf);
    }

    private void checkModel(LinkageModel model) {
        if (model.comparisons().size() != comparisons.size()) {
            throw new IllegalArgumentException("model has " + model.comparisons().size()
                + " comparisons, settings have " + comparisons.size());
        }
        for (int c = 0; c < comparisons.size(); c++) {
            LinkageModel.ComparisonParameters p = model.comparisons().get(c);
            if (!p.name().equals(comparisons.get(c).name()) || p.levels().size() != comparisons.get(c).levels().size()) {
                throw new IllegalArgumentException("model comparison " + c + " is " + p.name() + " with "
                    + p.levels().size() + " levels, settings have " + comparisons.get(c).name());
            }
        }
    }
}
