package org.apertura.archives;

import java.util.Set;

/** One row of an instruments file once read: a level of the CGCA and, for series that are leaves, its catalog row. */
record CatalogRow(int line, Level level, String code, String parentCode, String name, String producingUnit,
        String attribution, Set<PrimaryValue> values, Integer yearsActive, Integer yearsSemiactive,
        Destination destination, Classification classification, Boolean personalData, String notes) {

    boolean hasDisposition() {
        return yearsActive != null || yearsSemiactive != null || destination != null || !values.isEmpty();
    }
}
