package org.apertura.cocreation;

import java.util.List;
import java.util.Map;
import org.apertura.ledger.LedgerFeed;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * The Atom feed of a call: the public changes of the call and of every proposal made to it, newest first, read in one
 * ledger query. A proposal's change links to the proposal's page, the others to the call's.
 */
@Component
public class CallFeed {

    private final CocreationService service;
    private final LedgerFeed feeds;

    CallFeed(CocreationService service, LedgerFeed feeds) {
        this.service = service;
        this.feeds = feeds;
    }

    public ResponseEntity<byte[]> of(String slug) {
        Call call = service.call(slug);
        String path = "/convocatorias/" + slug;
        return feeds.of(call.getTitle(), path, Map.of("call", List.of(call.getId().toString()),
                "proposal", service.proposals(call).stream().map(p -> p.getId().toString()).toList()),
                e -> "proposal".equals(e.getSubjectKind()) ? "/propuestas/" + e.getSubjectId() : path);
    }
}
