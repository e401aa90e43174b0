package org.apertura.plainlanguage;

import java.util.List;
import java.util.Set;
import org.apertura.platform.security.PublicEndpoints;
import org.apertura.platform.web.RateLimitFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The analysis is open to anyone, without a token, and limited per address so nobody can flood it. */
@Configuration(proxyBeanMethods = false)
class PlainLanguageConfig {

    static final String API_PATH = "/api/v1/plain-language/analysis";
    static final String PAGE_PATH = "/lenguaje-ciudadano";

    @Bean
    PublicEndpoints plainLanguagePublicEndpoints() {
        return new PublicEndpoints(List.of(API_PATH));
    }

    @Bean
    FilterRegistrationBean<RateLimitFilter> plainLanguageRateLimit(
            PlainLanguageProperties settings) {
        int perMinute = settings.analysesPerMinute();
        FilterRegistrationBean<RateLimitFilter> registration =
                new FilterRegistrationBean<>(new RateLimitFilter(Set.of(API_PATH, PAGE_PATH), perMinute));
        registration.addUrlPatterns(API_PATH, PAGE_PATH);
        return registration;
    }
}
