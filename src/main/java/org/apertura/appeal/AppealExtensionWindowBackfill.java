package org.apertura.appeal;

import org.apertura.platform.security.SystemActor;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At start-up, completes migration V202612157813: the appeals it marked get the last day to ask for a compliance
 * extension, counted in business days on their guarantor authority's calendar, which SQL cannot apply (ADR 0026).
 * After the first start nothing is marked, and a database created after the migration has nothing to do.
 */
@Component
@Order(6)
class AppealExtensionWindowBackfill implements ApplicationRunner {

    private final AppealService service;

    AppealExtensionWindowBackfill(AppealService service) {
        this.service = service;
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemActor.run(service::backfillExtensionWindows);
    }
}
