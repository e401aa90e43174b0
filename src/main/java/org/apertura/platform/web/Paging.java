package org.apertura.platform.web;

import java.util.function.IntFunction;
import org.apertura.platform.InvalidInputException;
import org.springframework.data.domain.Page;
import org.springframework.ui.Model;

/**
 * Page numbers typed by people and programs. Every paged list keeps its page index within
 * {@code 0..}{@link #MAX_PAGE}, far beyond any real list and small enough that the row offset stays a
 * valid number for the database ({@code ?pagina=2147483647} used to overflow it and answer 500). Pages
 * past the last one show the last page with a note; the API answers 400 for a page outside the range.
 */
public final class Paging {

    /** The highest page index served (zero-based). */
    public static final int MAX_PAGE = 100_000;

    private Paging() {
    }

    /** A zero-based page index within {@code 0..MAX_PAGE}, whatever was asked (services use it too). */
    public static int index(long requested) {
        return (int) Math.max(0, Math.min(requested, MAX_PAGE));
    }

    /** A zero-based page index from an API parameter: outside {@code 0..MAX_PAGE} is a 400 naming the field. */
    public static int apiIndex(int requested, String field) {
        if (requested < 0 || requested > MAX_PAGE) {
            throw new InvalidInputException(field, "validation.page", String.valueOf(MAX_PAGE));
        }
        return requested;
    }

    /**
     * The page asked for (zero-based, already bounded) or, when it lies past the last page, the last page,
     * with the note {@code pageBeyond} (the last page's number, one-based) in the model for the template.
     */
    public static <T> Page<T> orLast(int index, IntFunction<Page<T>> fetch, Model model) {
        Page<T> page = fetch.apply(index(index));
        int last = Math.max(page.getTotalPages() - 1, 0);
        if (page.getNumber() > last) {
            page = fetch.apply(last);
            model.addAttribute("pageBeyond", last + 1);
        }
        return page;
    }

    /**
     * The address of the list being shown, with its filters and without its page number (nor the note of an ignored
     * filter), for the pager's links ({@code fragments/pager}).
     */
    public static String base(jakarta.servlet.http.HttpServletRequest request) {
        // the request's path arrives encoded and its parameters decoded: decode the path so both are encoded once
        String path = org.springframework.web.util.UriUtils.decode(
                request.getRequestURI().substring(request.getContextPath().length()), java.nio.charset.StandardCharsets.UTF_8);
        org.springframework.web.util.UriComponentsBuilder base =
                org.springframework.web.util.UriComponentsBuilder.fromPath(path);
        request.getParameterMap().forEach((name, values) -> {
            if (!"pagina".equals(name) && !IgnoredFilters.PARAMETER.equals(name)) {
                base.queryParam(name, (Object[]) values);
            }
        });
        return base.build().encode().toUriString();
    }
}
