package org.apertura.cocreation;

import org.apertura.platform.security.SystemActor;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Writes changed support counts to the ledger every few minutes (apertura.cocreation.tally-interval). */
@Component
class SupportTallies {

    private final CocreationService service;

    SupportTallies(CocreationService service) {
        this.service = service;
    }

    @Scheduled(fixedDelayString = "${apertura.cocreation.tally-interval:PT5M}",
            initialDelayString = "${apertura.cocreation.tally-interval:PT5M}")
    void tally() {
        SystemActor.run(service::tallySupports);
    }
}
