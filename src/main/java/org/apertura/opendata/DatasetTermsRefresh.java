package org.apertura.opendata;

import org.apertura.platform.StaleSearchTerms;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/** At start-up, gives the datasets that migration V202612157920 marked their search terms again (ADR 0034). */
@Component
class DatasetTermsRefresh implements ApplicationRunner {

    private final StaleSearchTerms stale;

    DatasetTermsRefresh(StaleSearchTerms stale) {
        this.stale = stale;
    }

    @Override
    public void run(ApplicationArguments args) {
        stale.refresh(Dataset.class, Dataset::refreshSearchTerms);
    }
}
