package org.yadman.linking;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.yadman.linkage.Clusters;
import org.yadman.linkage.LinkageModel;
import org.yadman.linkage.LinkageSettings;
import org.yadman.linkage.Linker;
import org.yadman.linkage.Record;
import org.yadman.linkage.ScoredPair;
import org.yadman.linkage.compare.PersonLinkage;

/**
 * One link run, in one transaction: load the current records, train a model (or apply a saved
 * one), score candidate pairs, cluster them honouring reviewers' accepted and rejected pairs,
 * then move the records whose person changed (superseding links), store the run and the pairs
 * of the review band. Anything failing leaves the registry exactly as it was.
 */
public final class LinkRun {

    /** What to link and how. {@code stage} hears each step's name (progress, and tests). */
    public record Options(List<String> sources, List<String> duplicateFreeSources, double threshold,
                          double reviewFloor, String modelJson, String runBy, Consumer<String> stage) {
        public Options {
            sources = List.copyOf(sources);
            duplicateFreeSources = List.copyOf(duplicateFreeSources);
            if (!(threshold > 0 && threshold < 1)) throw new IllegalArgumentException("--threshold must be between 0 and 1, got " + threshold);
            if (!(reviewFloor > 0 && reviewFloor <= threshold)) {
                throw new IllegalArgumentException("--review-band must be above 0 and at most the threshold " + threshold + ", got " + reviewFloor);
            }
            stage = stage == null ? s -> { } : stage;
        }
    }

    /** What a run did. */
    public record Result(long runId, int records, int candidatePairs, int persons, int linksChanged,
                         int reviewPairs, LinkageModel model) {
    }

    /** A weight above any model's: an accepted pair is joined first. */
    static final double ACCEPTED_WEIGHT = 60;

    private final Jdbi jdbi;
    private final Clock clock;

    public LinkRun(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    public Result run(Options options) {
        return jdbi.inTransaction(h -> run(h, options));
    }

    private Result run(Handle h, Options options) {
        for (String source : options.sources()) {
            if (h.createQuery("SELECT count(*) FROM source WHERE name = :n").bind("n", source).mapTo(Long.class).one() == 0) {
                throw new IllegalArgumentException("no source named '" + source + "'");
            }
        }
        List<LinkInputs.Input> inputs = LinkInputs.load(h, options.sources());
        if (inputs.size() < 2) throw new IllegalArgumentException("nothing to link: " + inputs.size() + " record(s)");
        options.stage().accept("loaded");
        LinkageSettings settings = PersonLinkage.settings(options.duplicateFreeSources().toArray(String[]::new));
        List<Record> records = inputs.stream().map(LinkInputs.Input::record).toList();
        Linker linker = new Linker(settings, records);
        LinkageModel model = options.modelJson() != null ? LinkageModel.fromJson(options.modelJson()) : linker.train();
        options.stage().accept("trained");
        List<ScoredPair> predicted = linker.predict(model);
        Decisions decisions = Decisions.load(h, inputs);
        List<ScoredPair> pairs = new ArrayList<>();
        for (ScoredPair p : predicted) {
            if (!decisions.rejected().contains(new DecidedClusters.Pair(p.leftId(), p.rightId()))
                    && !decisions.rejected().contains(new DecidedClusters.Pair(p.rightId(), p.leftId()))) {
                pairs.add(p);
            }
        }
        for (DecidedClusters.Pair p : decisions.accepted()) {
            pairs.add(new ScoredPair(p.left(), p.right(), ACCEPTED_WEIGHT, 1.0));
        }
        options.stage().accept("scored");
        Clusters clusters = linker.cluster(model, pairs, options.threshold(), options.reviewFloor());
        List<List<String>> groups = DecidedClusters.apply(clusters.clusterByRecord(), pairs,
                List.copyOf(decisions.accepted()), List.copyOf(decisions.rejected()),
                duplicateFreeSourceOf(inputs, options.duplicateFreeSources()));
        options.stage().accept("clustered");

        Map<String, Integer> groupOf = new HashMap<>();
        for (int g = 0; g < groups.size(); g++) {
            for (String r : groups.get(g)) groupOf.put(r, g);
        }
        Map<Long, Double> probability = new HashMap<>();
        for (ScoredPair p : pairs) {
            if (groupOf.get(p.leftId()).equals(groupOf.get(p.rightId()))) {
                probability.merge(Long.parseLong(p.leftId()), p.probability(), Math::max);
                probability.merge(Long.parseLong(p.rightId()), p.probability(), Math::max);
            }
        }
        Map<Long, Long> currentPerson = new HashMap<>();
        for (LinkInputs.Input in : inputs) currentPerson.put(in.id(), in.personId());
        List<List<Long>> recordGroups = groups.stream().map(g -> g.stream().map(Long::parseLong).toList()).toList();
        List<Relinking.Change> changes = Relinking.plan(h, recordGroups, currentPerson, probability);

        List<ScoredPair> review = new ArrayList<>();
        for (ScoredPair p : clusters.forReview()) {
            if (!groupOf.get(p.leftId()).equals(groupOf.get(p.rightId())) && p.matchWeight() < ACCEPTED_WEIGHT) review.add(p);
        }
        var now = clock.instant();
        long runId = h.createUpdate("""
                INSERT INTO link_run (run_at, run_by, sources, duplicate_free_sources, model, threshold, review_floor,
                                      records, candidate_pairs, clusters, links_changed, review_pairs)
                VALUES (:at, :by, to_jsonb(:sources), to_jsonb(:duplicateFree), :model::jsonb, :threshold, :floor,
                        :records, :candidates, :clusters, :changed, :review)
                """).bind("at", java.sql.Timestamp.from(now)).bind("by", options.runBy())
                .bindArray("sources", String.class, options.sources())
                .bindArray("duplicateFree", String.class, options.duplicateFreeSources()).bind("model", model.toJson())
                .bind("threshold", options.threshold()).bind("floor", options.reviewFloor())
                .bind("records", inputs.size()).bind("candidates", predicted.size()).bind("clusters", groups.size())
                .bind("changed", changes.size()).bind("review", review.size())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        Relinking.write(h, changes, new Relinking.Decider("model", null, runId), now);
        org.yadman.accounts.Audit.record(h, now, null, "link.run", "link_run", runId,
                "by " + options.runBy() + ": " + inputs.size() + " records, " + changes.size() + " links changed");
        options.stage().accept("links written");
        Map<String, Record> byId = new HashMap<>();
        for (Record r : records) byId.put(r.id(), r);
        ReviewPairs.store(h, runId, review, settings, model, byId, inputs.stream().map(LinkInputs.Input::id).toList());
        options.stage().accept("review pairs written");
        return new Result(runId, inputs.size(), predicted.size(), groups.size(), changes.size(), review.size(), model);
    }

    /** The source of each record (by id) whose source is duplicate-free. */
    static Map<String, String> duplicateFreeSourceOf(List<LinkInputs.Input> inputs, Collection<String> duplicateFree) {
        Map<String, String> sourceOf = new HashMap<>();
        for (LinkInputs.Input in : inputs) {
            if (duplicateFree.contains(in.source())) sourceOf.put(Long.toString(in.id()), in.source());
        }
        return sourceOf;
    }

    /** Reviewers' accepted and rejected pairs among the run's records. */
    record Decisions(Set<DecidedClusters.Pair> accepted, Set<DecidedClusters.Pair> rejected) {
        static Decisions load(Handle h, List<LinkInputs.Input> inputs) {
            Set<String> ids = new HashSet<>();
            for (LinkInputs.Input in : inputs) ids.add(Long.toString(in.id()));
            Set<DecidedClusters.Pair> accepted = new HashSet<>();
            Set<DecidedClusters.Pair> rejected = new HashSet<>();
            h.createQuery("SELECT left_record_id, right_record_id, status FROM review_pair WHERE status IN ('accepted', 'rejected')")
                    .map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)})
                    .forEach(r -> {
                        if (ids.contains(r[0]) && ids.contains(r[1])) {
                            ("accepted".equals(r[2]) ? accepted : rejected).add(new DecidedClusters.Pair(r[0], r[1]));
                        }
                    });
            return new Decisions(accepted, rejected);
        }
    }
}
