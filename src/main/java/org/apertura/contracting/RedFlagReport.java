package org.apertura.contracting;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The red flags of a run, in Cardinal's output structure: per group (contracting process, buyer, procuring entity,
 * tenderer), per identifier, the value of each indicator that raised a flag; plus, under {@code Meta}, the
 * quartiles and fences the indicators computed from the population.
 *
 * @param results the flags: group → identifier → indicator → value (only groups with flags appear)
 * @param meta per indicator, the statistics it used (e.g. {@code q1}, {@code q3}, {@code lower_fence}), unrounded
 */
public record RedFlagReport(Map<FlagGroup, Map<String, Map<Indicator, Double>>> results,
                            Map<Indicator, Map<String, Double>> meta) {

    public RedFlagReport {
        Map<FlagGroup, Map<String, Map<Indicator, Double>>> groups = new EnumMap<>(FlagGroup.class);
        results.forEach((group, ids) -> {
            Map<String, Map<Indicator, Double>> copy = new LinkedHashMap<>();
            ids.forEach((id, values) -> copy.put(id, Collections.unmodifiableMap(new EnumMap<>(values))));
            groups.put(group, Collections.unmodifiableMap(copy));
        });
        results = Collections.unmodifiableMap(groups);
        Map<Indicator, Map<String, Double>> statistics = new EnumMap<>(Indicator.class);
        meta.forEach((indicator, values) -> statistics.put(indicator,
                Collections.unmodifiableMap(new LinkedHashMap<>(values))));
        meta = Collections.unmodifiableMap(statistics);
    }

    /** The flags raised for an identifier in a group (empty if none). */
    public Map<Indicator, Double> flags(FlagGroup group, String id) {
        return results.getOrDefault(group, Map.of()).getOrDefault(id, Map.of());
    }

    /** Cardinal's output: the groups and, unless there are none, the statistics under {@code Meta}. */
    public ObjectNode toJson() {
        return toJson(true);
    }

    /**
     * Cardinal's output, with or without {@code Meta} (Cardinal's {@code --no-meta}). Statistics are rounded to 4
     * decimals as Cardinal prints them; a statistic that is not a number (an empty population) is {@code null}.
     */
    public ObjectNode toJson(boolean withMeta) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        ObjectNode json = nodes.objectNode();
        results.forEach((group, ids) -> {
            ObjectNode groupNode = json.putObject(group.jsonName());
            ids.forEach((id, values) -> {
                ObjectNode idNode = groupNode.putObject(id);
                values.forEach((indicator, value) -> idNode.put(indicator.name(), value));
            });
        });
        if (withMeta && !meta.isEmpty()) {
            ObjectNode metaNode = json.putObject("Meta");
            meta.forEach((indicator, values) -> {
                ObjectNode indicatorNode = metaNode.putObject(indicator.name());
                values.forEach((key, value) -> {
                    if (Double.isFinite(value)) {
                        indicatorNode.put(key, roundToFourDecimals(value));
                    } else {
                        indicatorNode.putNull(key);
                    }
                });
            });
        }
        return json;
    }

    /** {@code (v * 10000).round() / 10000} with Rust's rounding: halves away from zero. */
    static double roundToFourDecimals(double value) {
        double scaled = value * 10_000.0;
        double truncated = scaled < 0 ? Math.ceil(scaled) : Math.floor(scaled);
        double rounded = Math.abs(scaled - truncated) >= 0.5 ? truncated + Math.copySign(1.0, scaled) : truncated;
        return rounded / 10_000.0;
    }
}
