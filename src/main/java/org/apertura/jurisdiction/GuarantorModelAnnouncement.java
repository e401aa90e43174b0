package org.apertura.jurisdiction;

import org.apertura.platform.security.SystemActor;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At start-up, writes the move of the former guarantor bodies to the 2025 model (migration V202612152000) to the
 * public history as one event, once; a database created after the migration has nothing to announce.
 */
@Component
@Order(5)
class GuarantorModelAnnouncement implements ApplicationRunner {

    private final GuarantorService service;

    GuarantorModelAnnouncement(GuarantorService service) {
        this.service = service;
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemActor.run(service::announceMigration);
    }
}
