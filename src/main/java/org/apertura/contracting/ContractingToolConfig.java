package org.apertura.contracting;

import java.util.List;
import java.util.Set;
import org.apertura.platform.security.PublicEndpoints;
import org.apertura.platform.web.LargeBody;
import org.apertura.platform.web.RateLimitFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * The compile tool is open to anyone, without a token (it changes nothing), takes bodies up to
 * {@code apertura.ocds.compile-max-body} (50 MB by default) and is limited per address.
 */
@Configuration(proxyBeanMethods = false)
class ContractingToolConfig {

    static final String API_PATH = "/api/v1/ocds/compile";
    static final String PAGE_PATH = "/contrataciones/herramientas";

    @Bean
    PublicEndpoints compilePublicEndpoints() {
        return new PublicEndpoints(List.of(API_PATH));
    }

    @Bean
    LargeBody compileBody(OcdsProperties settings) {
        return new LargeBody(API_PATH, settings.compileMaxBody().toBytes());
    }

    @Bean
    FilterRegistrationBean<RateLimitFilter> compileRateLimit(
            OcdsProperties settings) {
        int perMinute = settings.compilesPerMinute();
        FilterRegistrationBean<RateLimitFilter> registration =
                new FilterRegistrationBean<>(new RateLimitFilter(Set.of(API_PATH, PAGE_PATH), perMinute));
        registration.addUrlPatterns(API_PATH, PAGE_PATH);
        return registration;
    }
}
