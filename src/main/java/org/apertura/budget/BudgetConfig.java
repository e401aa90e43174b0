package org.apertura.budget;

import org.apertura.platform.web.LargeBody;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/** A quarter's file through the API may be far larger than a form: its own cap ({@code apertura.budget.max-upload}). */
@Configuration(proxyBeanMethods = false)
class BudgetConfig {

    @Bean
    LargeBody budgetUploads(BudgetProperties settings) {
        return new LargeBody("/api/v1/budget/imports", settings.maxUpload().toBytes());
    }
}
