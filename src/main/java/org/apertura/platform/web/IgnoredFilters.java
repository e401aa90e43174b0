package org.apertura.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A page opened with a filter value it cannot read ({@code ?tema=ZZ}, {@code ?pagina=abc}, a mistyped or
 * truncated link) shows what it can instead of an error: the visitor is sent to the same page without that
 * value, and the page says which filter was ignored ({@code ignorado}, read by the layout). The API keeps
 * answering such values with a clear 400 ({@link ApiErrors}, which takes precedence for its controllers).
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class IgnoredFilters {

    static final String PARAMETER = "ignorado";

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    String ignore(MethodArgumentTypeMismatchException e, HttpServletRequest request) throws Exception {
        if (!"GET".equals(request.getMethod()) || request.getParameter(e.getName()) == null) {
            throw e;
        }
        return withoutIt(e.getName(), request);
    }

    @ExceptionHandler(UnreadableFilter.class)
    String ignore(UnreadableFilter e, HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) || request.getParameter(e.parameter()) == null) {
            throw e;
        }
        return withoutIt(e.parameter(), request);
    }

    private static String withoutIt(String parameter, HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String target = UriComponentsBuilder.fromPath(path).query(request.getQueryString())
                .replaceQueryParam(parameter)
                .replaceQueryParam(PARAMETER, parameter)
                .build().toUriString();
        return "redirect:" + target;
    }
}
