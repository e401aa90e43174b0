package org.apertura.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Before a page's handler runs, asks every {@link LayoutAttributes} for what the layout shows. Only for handlers
 * that render pages: an API answer ({@code @ResponseBody}) or a static file gets nothing, so it costs them nothing.
 */
@Component
class LayoutAttributesSetter implements HandlerInterceptor {

    private final ObjectProvider<LayoutAttributes> contributions;
    private volatile List<LayoutAttributes> all;

    LayoutAttributesSetter(ObjectProvider<LayoutAttributes> contributions) {
        this.contributions = contributions;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (handler instanceof HandlerMethod method && rendersPages(method)) {
            var locale = RequestContextUtils.getLocale(request);
            for (LayoutAttributes contribution : contributions()) {
                contribution.addTo(request, locale);
            }
        }
        return true;
    }

    private static boolean rendersPages(HandlerMethod method) {
        return !AnnotatedElementUtils.hasAnnotation(method.getBeanType(), ResponseBody.class)
                && !method.hasMethodAnnotation(ResponseBody.class);
    }

    private List<LayoutAttributes> contributions() {
        List<LayoutAttributes> known = all;
        if (known == null) {
            known = contributions.orderedStream().toList();
            all = known;
        }
        return known;
    }
}
