package org.yadman.statistics;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON form of a report, as {@code yadman estimate --json} prints it: estimate, lower, upper
 * (null when none), level, method, model, observed, lists, diagnostics, warnings, and when stratified
 * stratifiedBy and strata. Only finite numbers appear.
 */
public final class EstimateJson {
    static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private EstimateJson() {}

    public static String write(EstimateReport r) {
        try {
            return MAPPER.writeValueAsString(toMap(r));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, Object> toMap(EstimateReport r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("estimate", r.estimate());
        m.put("lower", r.lower());
        m.put("upper", r.upper());
        m.put("level", r.level());
        m.put("method", r.method());
        m.put("model", r.model());
        m.put("observed", r.observed());
        m.put("lists", r.lists());
        m.put("diagnostics", new LinkedHashMap<>(r.diagnostics()));
        m.put("warnings", r.warnings());
        if (r.stratifiedBy() != null) {
            m.put("stratifiedBy", r.stratifiedBy());
            List<Map<String, Object>> strata = new ArrayList<>();
            for (EstimateReport.Stratum s : r.strata()) {
                Map<String, Object> one = new LinkedHashMap<>();
                one.put("stratum", s.name());
                one.put("observed", s.observed());
                if (s.report() != null) {
                    one.put("estimate", s.report().estimate());
                    one.put("lower", s.report().lower());
                    one.put("upper", s.report().upper());
                } else {
                    one.put("thin", s.thinReason());
                }
                strata.add(one);
            }
            m.put("strata", strata);
        }
        return m;
    }
}
