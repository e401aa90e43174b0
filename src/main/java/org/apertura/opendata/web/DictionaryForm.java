package org.apertura.opendata.web;

import java.util.ArrayList;
import java.util.List;
import org.apertura.opendata.DictionaryField;
import org.apertura.opendata.FieldType;

/** The data dictionary form: one row per column of the file. */
public class DictionaryForm {

    private List<Row> fields = new ArrayList<>();

    public List<Row> getFields() {
        return fields;
    }

    public void setFields(List<Row> fields) {
        this.fields = fields;
    }

    List<DictionaryField> toFields() {
        return fields.stream().map(r -> new DictionaryField(r.name, r.type, r.description, r.unit, r.allowedValues))
                .toList();
    }

    /** One field's row. */
    public static class Row {
        private String name;
        private FieldType type = FieldType.STRING;
        private String description;
        private String unit;
        private String allowedValues;

        public Row() {
        }

        Row(String name, FieldType type, String description, String unit, String allowedValues) {
            this.name = name;
            this.type = type;
            this.description = description;
            this.unit = unit;
            this.allowedValues = allowedValues;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public FieldType getType() {
            return type;
        }

        public void setType(FieldType type) {
            this.type = type;
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }

        public String getUnit() {
            return unit;
        }

        public void setUnit(String unit) {
            this.unit = unit;
        }

        public String getAllowedValues() {
            return allowedValues;
        }

        public void setAllowedValues(String allowedValues) {
            this.allowedValues = allowedValues;
        }
    }
}
