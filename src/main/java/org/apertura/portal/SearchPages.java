package org.apertura.portal;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.apertura.platform.SpanishSearch;
import org.apertura.platform.web.SearchSource;
import org.apertura.platform.web.Summary;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The site search: one box, answers from every module that found something (institutions, commitments,
 * proposals, requests…), in Spanish — "contratos" finds "Contrato", "informacion" finds "información".
 */
@Controller
class SearchPages {

    /** Results shown per module; each links to its own complete search where it has one. */
    static final int PER_MODULE = 5;
    /** Longest query read, so a pasted page costs nothing. */
    static final int MAX_QUERY = 200;

    private final List<SearchSource> sources;

    SearchPages(List<SearchSource> sources) {
        this.sources = sources.stream().sorted(Comparator.comparingInt(SearchSource::order)).toList();
    }

    @GetMapping("/buscar")
    String search(@RequestParam(name = "q", required = false) String q, Model model) {
        String query = q == null ? "" : q.strip();
        if (query.length() > MAX_QUERY) {
            query = query.substring(0, MAX_QUERY);
        }
        Set<String> words = SpanishSearch.words(query);
        String asked = query;
        List<Summary> results = words.isEmpty() ? List.of()
                : sources.stream().map(s -> s.search(asked, words, PER_MODULE)).flatMap(java.util.Optional::stream).toList();
        model.addAttribute("q", query);
        model.addAttribute("searched", !words.isEmpty());
        model.addAttribute("results", results);
        return "portal/search";
    }
}
