package org.apertura.accessinfo;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apertura.platform.time.Today;
import org.apertura.platform.web.SearchSource;
import org.apertura.platform.web.Summary;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/** The site search among access requests and their answers, through the requests' own search. */
@Component
class RequestSearchSource implements SearchSource {

    private final AccessRequestService requests;
    private final MessageSource messages;
    private final Today today;

    RequestSearchSource(AccessRequestService requests, MessageSource messages, Today today) {
        this.requests = requests;
        this.messages = messages;
        this.today = today;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public Optional<Summary> search(String query, Set<String> words, int limit) {
        Page<AccessRequest> page = requests.search(new RequestSearch.Query(query, null, null, null, null, null, null,
                today.date(), 0));
        if (page.isEmpty()) {
            return Optional.empty();
        }
        Object count = RequestSearch.countCapped(page)
                ? messages.getMessage("search.more", new Object[] {page.getTotalElements() - 1}, LocaleContextHolder.getLocale())
                : page.getTotalElements();
        List<Summary.Entry> entries = page.getContent().stream().limit(limit)
                .map(r -> new Summary.Entry(r.getDescription(), "/solicitudes/" + r.getFolio(),
                        messages.getMessage("accessinfo.stage." + r.getStage(), null, LocaleContextHolder.getLocale())
                                + " · " + today.date(r.getReceivedOn())))
                .toList();
        return Optional.of(new Summary("search.requests", List.of(new Summary.Figure("search.found", count)), entries,
                UriComponentsBuilder.fromPath("/solicitudes").queryParam("q", query).build().encode().toUriString(),
                "search.requests.more"));
    }
}
