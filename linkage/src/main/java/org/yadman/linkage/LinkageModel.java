package org.yadman.linkage;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.List;
import java.util.Objects;

/**
 * A trained Fellegi–Sunter model: the prior probability that two comparable records match
 * (λ), and for each comparison level the probability of that level among matches (m) and among
 * non-matches (u). The weight of a level is {@code log2(m / u)}. Plain data: saved as readable
 * JSON ({@link #toJson()}), loaded anywhere ({@link #fromJson(String)}), so a model trained once
 * can be applied by another process or engine.
 *
 * <p>A level that training never observed (no random pair and no training pair had it) is
 * marked {@code "unobserved": true} and weighs 0: its m is only EM's starting value and its u
 * the smoothing floor, so {@code log2(m / u)} would be some +15 bits that no data supports, and
 * a pair at that level on another list would be merged on it alone. The flag is kept rather
 * than rewriting m (to u, or capping it and renormalising the other levels) so m and u stay
 * what training estimated and still sum to 1, the other levels' weights are untouched
 * (renormalising them cost lists-dev F1), and the JSON says plainly why the weight is 0. The
 * flag is written only when true, so a model saved before it existed reads back unchanged.
 */
public final class LinkageModel {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    /** Keeps weights finite when a level was never seen among matches or non-matches. */
    private static final double FLOOR = 1e-9;

    /** One level: its label, probabilities, and whether training ever saw it (weight 0 if not). */
    public record Level(String label, double m, double u,
                        @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean unobserved) {
        /** A level seen in training: its weight is {@code log2(m / u)}. */
        public Level(String label, double m, double u) {
            this(label, m, u, false);
        }
    }

    /** One comparison's levels, most similar first, as in the comparison that produced them. */
    public record ComparisonParameters(String name, List<Level> levels) {
        public ComparisonParameters {
            levels = List.copyOf(levels);
        }
    }

    /** The JSON form. */
    record Document(String format, double lambda, List<ComparisonParameters> comparisons) {
    }

    private static final String FORMAT = "yadman-linkage-model/1";

    private final double lambda;
    private final List<ComparisonParameters> comparisons;

    public LinkageModel(double lambda, List<ComparisonParameters> comparisons) {
        if (!(lambda > 0 && lambda < 1)) {
            throw new IllegalArgumentException("lambda must be in (0, 1), got " + lambda);
        }
        this.lambda = lambda;
        this.comparisons = List.copyOf(comparisons);
    }

    /** Prior probability that two comparable records are the same person. */
    public double lambda() {
        return lambda;
    }

    public List<ComparisonParameters> comparisons() {
        return comparisons;
    }

    /** The parameters of the comparison of that name. */
    public ComparisonParameters comparison(String name) {
        return comparisons.stream().filter(c -> c.name().equals(name)).findFirst()
            .orElseThrow(() -> new IllegalArgumentException("no comparison named " + name + " in the model"));
    }

    /**
     * {@code log2(m / u)} of a level; 0 for {@link org.yadman.linkage.compare.Comparison#NULL_LEVEL}
     * and for an unobserved level (no evidence either way).
     */
    public double weight(int comparison, int level) {
        if (level < 0 || unobserved(comparison, level)) {
            return 0.0;
        }
        Level l = comparisons.get(comparison).levels().get(level);
        return log2(Math.max(l.m(), FLOOR) / Math.max(l.u(), FLOOR));
    }

    /** Whether training never saw that level, so that it carries no weight. */
    public boolean unobserved(int comparison, int level) {
        return comparisons.get(comparison).levels().get(level).unobserved();
    }

    /** The prior as a weight: {@code log2(λ / (1 − λ))}. */
    public double priorWeight() {
        return log2(lambda / (1 - lambda));
    }

    public String toJson() {
        try {
            return JSON.writeValueAsString(new Document(FORMAT, lambda, comparisons));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write model as JSON", e);
        }
    }

    /**
     * Reads a model written by {@link #toJson()}.
     *
     * @throws IllegalArgumentException when the text is not such a model
     */
    public static LinkageModel fromJson(String json) {
        try {
            Document doc = JSON.readValue(json, Document.class);
            if (!FORMAT.equals(doc.format())) {
                throw new IllegalArgumentException("model format must be " + FORMAT + ", got " + doc.format());
            }
            return new LinkageModel(doc.lambda(), Objects.requireNonNull(doc.comparisons(), "comparisons"));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a linkage model: " + e.getOriginalMessage(), e);
        }
    }

    static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LinkageModel other && lambda == other.lambda && comparisons.equals(other.comparisons);
    }

    @Override
    public int hashCode() {
        return Objects.hash(lambda, comparisons);
    }
}
