package org.apertura.appeal.web;

import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import org.springframework.data.domain.Page;
import org.springframework.ui.Model;

/**
 * What the pages of either remedy do alike ({@link AppealPages}, {@link InconformityPages}): show a remedy with the
 * forms for whoever may act on it now; do an act posted from one of them (done: back to the remedy with a notice;
 * refused: the page again with status 400, see {@link ActForms}); list every page of a search for the CSV; and name
 * the paths for the sitemap. Each controller keeps its own paths, forms and the acts its law allows.
 */
abstract class RemedyPages {

    private final ActForms forms;
    private final String view;

    /**
     * @param forms the forms on a remedy's page
     * @param view the template of a remedy's page
     */
    RemedyPages(ActForms forms, String view) {
        this.forms = forms;
        this.view = view;
    }

    /** What a remedy's page shows, for a viewer who may hold the request's follow-up key. */
    abstract Map<String, ?> page(String folio, String clave);

    final String show(String folio, String clave, Model model, ActForms.Refusal refusal) {
        model.addAllAttributes(page(folio, clave));
        refusal.addTo(model);
        return view;
    }

    /**
     * Does an act posted from a remedy's page by its {@code form}, keeping what was typed in the form's fields; a
     * refusal shows the page again as {@code clave} sees it (null: without the follow-up key).
     */
    final String act(String folio, String clave, String form, PostedAct posted, Supplier<?> action) {
        Map<String, String> typed = new LinkedHashMap<>();
        forms.fields(form).forEach(field -> typed.put(field, posted.typed(field)));
        return forms.act(folio, form, typed, action, posted.locale(), posted.response(), posted.redirect(),
                refusal -> show(folio, clave, posted.model(), refusal));
    }

    /** The rows of every page of a search, in order: for a CSV of the whole list. */
    static <T> List<List<?>> allRows(IntFunction<Page<T>> search, Function<T, List<?>> row) {
        List<List<?>> rows = new ArrayList<>();
        for (int p = 0;; p++) {
            Page<T> page = search.apply(p);
            page.forEach(item -> rows.add(row.apply(item)));
            if (!page.hasNext()) {
                return rows;
            }
        }
    }

    /** The sitemap's paths: the lists, then the newest remedies ({@code base} + folio), at most {@code limit}. */
    static List<String> sitemap(List<String> lists, String base, IntFunction<List<String>> newestFolios, int limit) {
        List<String> paths = new ArrayList<>(lists);
        newestFolios.apply(Math.max(0, limit - paths.size())).forEach(f -> paths.add(base + f));
        return paths.stream().limit(limit).toList();
    }
}
