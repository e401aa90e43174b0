package org.apertura.budget;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The explorer's filters: one value per dimension at most (a programme, a chapter, a function, a source). */
public record Filter(Map<Dimension, String> values) {

    public static final Filter NONE = new Filter(Map.of());

    public Filter {
        values = values.isEmpty() ? Map.of() : new EnumMap<>(values);
    }

    public static Filter of(Dimension dimension, String value) {
        return value == null || value.isBlank() ? NONE : new Filter(Map.of(dimension, value));
    }

    public Filter and(Dimension dimension, String value) {
        if (value == null || value.isBlank()) {
            return this;
        }
        Map<Dimension, String> more = new EnumMap<>(Dimension.class);
        more.putAll(values);
        more.put(dimension, value);
        return new Filter(more);
    }

    /** The SQL condition after {@code snapshot_id = ?} and its arguments. */
    String where(List<Object> args) {
        StringBuilder sql = new StringBuilder();
        List<Object> mine = new ArrayList<>();
        values.forEach((dimension, value) -> {
            sql.append(" AND ").append(dimension.column()).append(" = ?");
            mine.add(value);
        });
        args.addAll(mine);
        return sql.toString();
    }
}
