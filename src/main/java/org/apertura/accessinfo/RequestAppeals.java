package org.apertura.accessinfo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apertura.platform.items.ItemPanel;

/**
 * What the request side shows and asks about the appeals filed against its requests. Declared here and implemented
 * by the appeal module, which depends on this one and never the reverse (docs/adr/0015); without it (this module
 * alone) a request has no appeals. The request's page inserts the panels, its figures count the tallies, and
 * {@link AccessProceedings} asks whether an appeal is under way.
 */
public interface RequestAppeals {

    /** Sections for a request's page (the appeals panel), rendered with the page's model in scope. */
    List<ItemPanel> panels(AccessRequest request);

    /** The appeals against every request that has any, tallied per request id. */
    Tallies tallies();

    /** The appeals of a request and then the inconformidades against them, in filing order, as proceedings. */
    List<AccessProceedings.Proceeding> proceedingsOf(AccessRequest request);

    /** The appeal or inconformidad a folio names, as a proceeding. */
    Optional<AccessProceedings.Proceeding> proceeding(String appealFolio);

    /**
     * The appeals and then the inconformidades of several requests, each request's in filing order as
     * {@link #proceedingsOf} gives them, by the request's folio (a request with none left out), in two queries.
     */
    Map<String, List<AccessProceedings.Proceeding>> proceedingsOfFolios(java.util.Collection<String> requestFolios);

    /** The folios of the requests with an appeal or an inconformidad under way. */
    Set<String> requestsWithAppealsUnderWay();

    /**
     * The appeals against a set of requests as their figures count them: filed, still open, confirming the answer,
     * modifying or revoking it, and each resolution by its name (in the order figures list them; its words are
     * {@code appeal.resolution.<name>}).
     */
    record Tally(long filed, long open, long confirmed, long modifiedOrRevoked, Map<String, Long> resolutions) {

        public Tally plus(Tally other) {
            Map<String, Long> sum = new LinkedHashMap<>(resolutions);
            other.resolutions.forEach((k, v) -> sum.merge(k, v, Long::sum));
            return new Tally(filed + other.filed, open + other.open, confirmed + other.confirmed,
                    modifiedOrRevoked + other.modifiedOrRevoked, sum);
        }
    }

    /** Every resolution's name in order, and the tally of each request with appeals. */
    record Tallies(List<String> resolutions, Map<Long, Tally> byRequest) {

        /** The tally of a set of requests: every resolution present, zero when none. */
        public Tally of(java.util.Collection<AccessRequest> requests) {
            Map<String, Long> zeros = new LinkedHashMap<>();
            resolutions.forEach(r -> zeros.put(r, 0L));
            Tally sum = new Tally(0, 0, 0, 0, zeros);
            for (AccessRequest r : requests) {
                Tally t = byRequest.get(r.getId());
                if (t != null) {
                    sum = sum.plus(t);
                }
            }
            return sum;
        }
    }

    /** No appeal module: no request has appeals. */
    RequestAppeals NONE = new RequestAppeals() {
        @Override
        public List<ItemPanel> panels(AccessRequest request) {
            return List.of();
        }

        @Override
        public Tallies tallies() {
            return new Tallies(List.of(), Map.of());
        }

        @Override
        public List<AccessProceedings.Proceeding> proceedingsOf(AccessRequest request) {
            return List.of();
        }

        @Override
        public Optional<AccessProceedings.Proceeding> proceeding(String appealFolio) {
            return Optional.empty();
        }

        @Override
        public Map<String, List<AccessProceedings.Proceeding>> proceedingsOfFolios(
                java.util.Collection<String> requestFolios) {
            return Map.of();
        }

        @Override
        public Set<String> requestsWithAppealsUnderWay() {
            return Set.of();
        }
    };
}
