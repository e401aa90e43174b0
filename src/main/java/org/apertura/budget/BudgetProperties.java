package org.apertura.budget;

import org.apertura.platform.Settings;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/** {@code apertura.budget.max-upload}: the largest budget workbook or file the import API takes. */
@ConfigurationProperties("apertura.budget")
record BudgetProperties(@DefaultValue("512MB") DataSize maxUpload) {

    BudgetProperties {
        Settings.positive("apertura.budget.max-upload", maxUpload);
    }
}
