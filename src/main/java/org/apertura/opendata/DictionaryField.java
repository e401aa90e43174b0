package org.apertura.opendata;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One field of a resource's data dictionary (the Mexican guide's diccionario de datos): the column's name as in the
 * file, its type, what it means, its unit and, when it is a code, the values it may take (separated by {@code |}).
 */
@Embeddable
public class DictionaryField {

    public static final int MAX_NAME = 200;
    public static final int MAX_DESCRIPTION = 2000;
    public static final int MAX_UNIT = 100;
    public static final int MAX_ALLOWED = 2000;

    @Column(name = "name")
    private String name;
    @Enumerated(EnumType.STRING)
    @Column(name = "type")
    private FieldType type;
    @Column(name = "description")
    private String description;
    @Column(name = "unit")
    private String unit;
    @Column(name = "allowed_values")
    private String allowedValues;

    protected DictionaryField() {
    }

    public DictionaryField(String name, FieldType type, String description, String unit, String allowedValues) {
        this.name = name;
        this.type = type == null ? FieldType.STRING : type;
        this.description = description;
        this.unit = unit;
        this.allowedValues = allowedValues;
    }

    public String getName() {
        return name;
    }

    public FieldType getType() {
        return type;
    }

    public Optional<String> getDescription() {
        return Optional.ofNullable(description);
    }

    public Optional<String> getUnit() {
        return Optional.ofNullable(unit);
    }

    /** The allowed values as written ({@code a|b|c}). */
    public Optional<String> getAllowedValues() {
        return Optional.ofNullable(allowedValues);
    }

    /** The allowed values one by one. */
    public List<String> allowedValueList() {
        return allowedValues == null ? List.of()
                : Arrays.stream(allowedValues.split("\\|")).map(String::strip).filter(v -> !v.isEmpty()).toList();
    }

    /** Whether it says what the field means. */
    public boolean isDescribed() {
        return description != null && !description.isBlank();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DictionaryField f && Objects.equals(name, f.name) && type == f.type
                && Objects.equals(description, f.description) && Objects.equals(unit, f.unit)
                && Objects.equals(allowedValues, f.allowedValues);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, type, description, unit, allowedValues);
    }

    @Override
    public String toString() {
        return name + ":" + type;
    }
}
