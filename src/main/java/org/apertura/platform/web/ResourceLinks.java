package org.apertura.platform.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Spring's {@link ResourceUrlEncodingFilter} rewrites every link a page writes ({@code @{/…}}) to a static file's
 * fingerprinted name when it names one ({@code /css/apertura.css} → {@code /css/apertura-<md5>.css}). For a link that
 * names no file (every page link: {@code /compromisos/12}) it looks in each static location of the classpath again on
 * every page, because Spring caches only the links it found: a profile of a commitment page put an eighth of its time
 * there. This filter, in place of Spring Boot's, remembers each link's rewriting for this node's life (the static files
 * change only with a release, which restarts the node), for requests with no session, the only ones whose links
 * carry nothing of their own.
 */
@Configuration(proxyBeanMethods = false)
class ResourceLinks {

    /** Links remembered at most; past it the memory starts again (pages with ids write many). */
    static final int MAX_LINKS = 20_000;

    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
        FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(new Remembered());
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
        return registration;
    }

    static final class Remembered extends ResourceUrlEncodingFilter {

        private final Map<String, String> links = new ConcurrentHashMap<>();

        @Override
        public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            // Spring's wrapper is applied by super; ours goes inside it, so a page's links reach ours first
            super.doFilter(request, response, (req, res) -> chain.doFilter(req,
                    req instanceof HttpServletRequest http && res instanceof HttpServletResponse answer
                            ? new Links(http, answer) : res));
        }

        private final class Links extends HttpServletResponseWrapper {

            private final HttpServletRequest request;

            Links(HttpServletRequest request, HttpServletResponse response) {
                super(response);
                this.request = request;
            }

            @Override
            public String encodeURL(String url) {
                if (url == null || request.getSession(false) != null) {
                    return super.encodeURL(url); // a session may be written into links (Servlet URL rewriting)
                }
                String known = links.get(url);
                if (known != null) {
                    return known;
                }
                String encoded = super.encodeURL(url);
                if (links.size() >= MAX_LINKS) {
                    links.clear();
                }
                links.put(url, encoded);
                return encoded;
            }
        }
    }
}
