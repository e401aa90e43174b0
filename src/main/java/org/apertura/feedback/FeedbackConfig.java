package org.apertura.feedback;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import org.apertura.platform.web.RateLimitFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Anyone may say whether an item was useful without signing in; so that nobody can flood the figures,
 * anonymous answers are limited per address ({@code apertura.feedback.anonymous-per-minute}, 10 by
 * default). Signed-in people have one answer per item, which they may change, so they are not limited.
 */
@Configuration(proxyBeanMethods = false)
class FeedbackConfig {

    static final String PATHS = "/opiniones/*";

    @Bean
    FilterRegistrationBean<RateLimitFilter> anonymousFeedbackRateLimit(
            FeedbackProperties settings) {
        int perMinute = settings.anonymousPerMinute();
        FilterRegistrationBean<RateLimitFilter> registration =
                new FilterRegistrationBean<>(new AnonymousFeedbackLimit(perMinute));
        registration.addUrlPatterns(PATHS);
        return registration;
    }

    /** The platform's per-address limit, on posts under /opiniones/ by people who are not signed in. */
    static class AnonymousFeedbackLimit extends RateLimitFilter {

        AnonymousFeedbackLimit(int perMinute) {
            super(Set.of(), perMinute);
        }

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            boolean signedIn = authentication != null && authentication.isAuthenticated()
                    && !(authentication instanceof AnonymousAuthenticationToken);
            return !"POST".equals(request.getMethod()) || signedIn
                    || !request.getRequestURI().substring(request.getContextPath().length()).startsWith("/opiniones/");
        }
    }
}
