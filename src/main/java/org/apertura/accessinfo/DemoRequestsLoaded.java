package org.apertura.accessinfo;

import java.time.LocalDate;
import java.util.List;

/**
 * The demo's requests were just replayed up to {@code loadDay} (synchronously, inside the demo's run): modules that
 * add demo data following those requests (the appeal module's appeals) listen to it, so this module does not know
 * them. Each request with its folio, the requester's private follow-up key, its institution and its description.
 */
public record DemoRequestsLoaded(LocalDate loadDay, List<DemoRequest> requests) {

    public record DemoRequest(String folio, String key, String institution, String description) {
    }
}
