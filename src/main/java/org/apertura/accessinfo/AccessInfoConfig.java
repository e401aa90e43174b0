package org.apertura.accessinfo;

import java.util.Set;
import org.apertura.platform.web.RateLimitFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Filing needs no name and no account, so one address may file only so many requests a minute
 * ({@code apertura.accessinfo.filings-per-minute}, 10 by default): enough for a person, not for a flood.
 */
@Configuration(proxyBeanMethods = false)
class AccessInfoConfig {

    static final String PAGE_PATH = "/solicitudes";
    static final String API_PATH = "/api/v1/requests";

    @Bean
    FilterRegistrationBean<RateLimitFilter> filingRateLimit(
            AccessInfoProperties settings) {
        int perMinute = settings.filingsPerMinute();
        FilterRegistrationBean<RateLimitFilter> registration =
                new FilterRegistrationBean<>(new RateLimitFilter(Set.of(PAGE_PATH, API_PATH), perMinute));
        registration.addUrlPatterns(PAGE_PATH, API_PATH);
        return registration;
    }
}
