package org.apertura.appeal.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.ui.Model;
import org.springframework.validation.DataBinder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.mvc.support.RedirectAttributesModelMap;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * What every act posted from a remedy's page needs besides its own fields, as one argument of the handler: the
 * request (what was typed, to keep it on a refusal), the locale, the model, the response and the redirect's flash
 * attributes, each as Spring MVC would give it as an argument of its own.
 */
record PostedAct(HttpServletRequest request, Locale locale, Model model, HttpServletResponse response,
        RedirectAttributes redirect) {

    /** What was typed in a field: its values as the form posted them (several joined by commas), or empty. */
    String typed(String field) {
        String[] values = request.getParameterValues(field);
        return values == null ? "" : String.join(",", List.of(values));
    }

    /** Gives the handlers of the remedies' pages their {@link PostedAct}. */
    @Configuration(proxyBeanMethods = false)
    static class Resolver implements WebMvcConfigurer, HandlerMethodArgumentResolver {

        @Override
        public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
            resolvers.add(this);
        }

        @Override
        public boolean supportsParameter(MethodParameter parameter) {
            return parameter.getParameterType() == PostedAct.class;
        }

        @Override
        public PostedAct resolveArgument(MethodParameter parameter, ModelAndViewContainer mav,
                NativeWebRequest webRequest, WebDataBinderFactory binders) throws Exception {
            HttpServletRequest request = webRequest.getNativeRequest(HttpServletRequest.class);
            Model model = (Model) mav.getModel();
            // As Spring MVC's own RedirectAttributes argument: the model used if the handler redirects.
            RedirectAttributesModelMap redirect = binders == null ? new RedirectAttributesModelMap()
                    : new RedirectAttributesModelMap(binders.createBinder(webRequest, null,
                            DataBinder.DEFAULT_OBJECT_NAME));
            mav.setRedirectModel(redirect);
            return new PostedAct(request, RequestContextUtils.getLocale(request), model, webRequest
                    .getNativeResponse(HttpServletResponse.class), redirect);
        }
    }
}
