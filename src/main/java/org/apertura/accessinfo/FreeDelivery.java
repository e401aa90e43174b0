package org.apertura.accessinfo;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Records on the request that an appeal for lack of answer made its delivery free (art. 149). */
@Component
class FreeDelivery {

    private final AccessRequestService service;

    FreeDelivery(AccessRequestService service) {
        this.service = service;
    }

    @EventListener
    void on(NoAnswerAppealWon won) {
        service.deliverFree(won);
    }
}
