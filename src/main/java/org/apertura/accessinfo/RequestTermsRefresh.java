package org.apertura.accessinfo;

import org.apertura.platform.StaleSearchTerms;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/** At start-up, gives the requests that migration V202612157920 marked their search terms again (ADR 0034). */
@Component
class RequestTermsRefresh implements ApplicationRunner {

    private final StaleSearchTerms stale;

    RequestTermsRefresh(StaleSearchTerms stale) {
        this.stale = stale;
    }

    @Override
    public void run(ApplicationArguments args) {
        stale.refresh(AccessRequest.class, AccessRequest::refreshSearchTerms);
    }
}
