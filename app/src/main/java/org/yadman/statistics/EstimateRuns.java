package org.yadman.statistics;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** Stored estimates (table estimate_run): written by {@code yadman estimate --store}, read by the statistics page. */
public final class EstimateRuns {
    private final Jdbi jdbi;

    public EstimateRuns(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** A stored run as the page shows it. */
    public record Stored(long id, EstimateReport report, List<StoredStratum> strata, Instant createdAt) {}

    /** One stratum of a stored stratified run; estimate and bounds null when it was too thin (thin says why). */
    public record StoredStratum(String name, long observed, Double estimate, Double lower, Double upper, String thin) {}

    public long store(EstimateReport r, Instant at) {
        return jdbi.withHandle(h -> h.createUpdate("""
                INSERT INTO estimate_run (method, model, estimate, lower_bound, upper_bound, level, observed, lists,
                    stratified_by, strata, posterior, diagnostics, warnings, created_at)
                VALUES (:method, :model, :estimate, :lower, :upper, :level, :observed, CAST(:lists AS jsonb),
                    :stratifiedBy, CAST(:strata AS jsonb), CAST(:posterior AS jsonb), CAST(:diagnostics AS jsonb),
                    CAST(:warnings AS jsonb), :at)""")
                .bind("method", r.method()).bind("model", r.model()).bind("estimate", r.estimate())
                .bind("lower", r.lower()).bind("upper", r.upper()).bind("level", r.level()).bind("observed", r.observed())
                .bind("lists", json(r.lists())).bind("stratifiedBy", r.stratifiedBy())
                .bind("strata", json(EstimateJson.toMap(r).getOrDefault("strata", List.of())))
                .bind("posterior", r.posterior() == null ? null : json(posteriorMap(r.posterior())))
                .bind("diagnostics", json(r.diagnostics())).bind("warnings", json(r.warnings()))
                .bind("at", OffsetDateTime.ofInstant(at, java.time.ZoneOffset.UTC))
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
    }

    /** The most recent run, if any. Strata are summarised in the report's warnings, not re-read. */
    public Optional<Stored> latest() {
        return jdbi.withHandle(h -> h.createQuery("""
                SELECT * FROM estimate_run ORDER BY created_at DESC, id DESC LIMIT 1""").map((rs, ctx) -> {
                    Double lower = (Double) rs.getObject("lower_bound");
                    Double upper = (Double) rs.getObject("upper_bound");
                    String posterior = rs.getString("posterior");
                    EstimateReport report = new EstimateReport(rs.getDouble("estimate"), lower, upper, rs.getDouble("level"),
                            rs.getString("method"), rs.getString("model"), rs.getLong("observed"),
                            read(rs.getString("lists"), new TypeReference<List<String>>() {}),
                            read(rs.getString("diagnostics"), new TypeReference<Map<String, Double>>() {}),
                            read(rs.getString("warnings"), new TypeReference<List<String>>() {}),
                            rs.getString("stratified_by"), List.of(),
                            posterior == null ? null : posterior(read(posterior, new TypeReference<Map<String, Object>>() {})));
                    List<StoredStratum> strata = read(rs.getString("strata"), new TypeReference<List<Map<String, Object>>>() {})
                            .stream().map(EstimateRuns::stratum).toList();
                    return new Stored(rs.getLong("id"), report, strata, rs.getObject("created_at", OffsetDateTime.class).toInstant());
                }).findOne());
    }

    private static StoredStratum stratum(Map<String, Object> m) {
        return new StoredStratum((String) m.get("stratum"), ((Number) m.get("observed")).longValue(), number(m.get("estimate")),
                number(m.get("lower")), number(m.get("upper")), (String) m.get("thin"));
    }

    private static Double number(Object value) {
        return value == null ? null : ((Number) value).doubleValue();
    }

    private static Map<String, Object> posteriorMap(Posterior p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("from", p.from());
        m.put("width", p.width());
        m.put("mass", p.mass());
        return m;
    }

    private static Posterior posterior(Map<String, Object> m) {
        List<?> mass = (List<?>) m.get("mass");
        double[] values = new double[mass.size()];
        for (int i = 0; i < values.length; i++) values[i] = ((Number) mass.get(i)).doubleValue();
        return new Posterior(((Number) m.get("from")).doubleValue(), ((Number) m.get("width")).doubleValue(), values);
    }

    private static String json(Object value) {
        try {
            return EstimateJson.MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T read(String json, TypeReference<T> type) {
        try {
            return EstimateJson.MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("estimate_run holds malformed JSON: " + e.getOriginalMessage(), e);
        }
    }
}
