package org.apertura.deadlines;

import jakarta.persistence.AttributeConverter;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Stores a {@link StepType} as its key, the string the column held before the types were enums, so no row changes.
 * Each procedure's enum has a converter extending this one.
 */
public abstract class StepTypeConverter<E extends Enum<E> & StepType> implements AttributeConverter<E, String> {

    private final Map<String, E> byKey;

    protected StepTypeConverter(Class<E> type) {
        this.byKey = Arrays.stream(type.getEnumConstants())
                .collect(Collectors.toUnmodifiableMap(StepType::getKey, Function.identity()));
    }

    /** The step type stored under a key; an unknown key is a broken row, not a reader's input. */
    public E of(String key) {
        E type = byKey.get(key);
        if (type == null) {
            throw new IllegalStateException("unknown step type: " + key);
        }
        return type;
    }

    @Override
    public String convertToDatabaseColumn(E type) {
        return type == null ? null : type.getKey();
    }

    @Override
    public E convertToEntityAttribute(String key) {
        return key == null ? null : of(key);
    }
}
