package org.apertura.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.apertura.platform.time.Today;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/** Languages of the interface: Spanish (Mexico) first, English second, switched with {@code ?lang=}. */
@Configuration(proxyBeanMethods = false)
class WebConfig implements WebMvcConfigurer {

    private final ReaderPages readerPages;
    private final LayoutAttributesSetter layoutAttributes;

    WebConfig(ReaderPages readerPages, LayoutAttributesSetter layoutAttributes) {
        this.readerPages = readerPages;
        this.layoutAttributes = layoutAttributes;
    }

    static final Locale SPANISH = Today.LOCALE;
    static final Locale ENGLISH = Locale.ENGLISH;
    static final List<Locale> SUPPORTED = List.of(SPANISH, ENGLISH);

    @Bean
    LocaleResolver localeResolver(@Value("${springdoc.api-docs.path:/api/docs}") String apiDocsPath) {
        CookieLocaleResolver resolver = new SupportedLocaleResolver("APERTURA_LANG", apiDocsPath);
        resolver.setDefaultLocale(SPANISH);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieHttpOnly(true);
        resolver.setCookieSameSite("Lax");
        return resolver;
    }

    /**
     * The stylesheet is served under a name carrying a hash of its content ({@code /css/apertura-<md5>.css}, the
     * links rewritten by Spring's ResourceUrlEncodingFilter, on with {@code spring.web.resources.chain.*}), so it is
     * cached for a year as immutable and a new version is a new address: a phone on a slow connection downloads it
     * once.
     */
    @Override
    public void addResourceHandlers(org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry registry) {
        // the one script, htmx (vendored from npm, never a CDN: issue 21), an enhancement of pages that work without it
        for (String kind : new String[] {"css", "js"}) {
            registry.addResourceHandler("/" + kind + "/**").addResourceLocations("classpath:/static/" + kind + "/")
                    .setCacheControl(org.springframework.http.CacheControl.maxAge(Duration.ofDays(365)).cachePublic()
                            .immutable())
                    .resourceChain(true)
                    .addResolver(new org.springframework.web.servlet.resource.VersionResourceResolver()
                            .addContentVersionStrategy("/**"));
        }
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor);
        registry.addInterceptor(readerPages); // after the language is chosen: it is part of a kept page's key
        registry.addInterceptor(layoutAttributes); // in the page's language; before any handler, so error pages too
    }

    /**
     * Keeps the locale to one the bundles complete: any English becomes "en", anything else es-MX. The OpenAPI
     * description ({@code springdoc.api-docs.path}) is an API answer, so like every other one ({@link ApiLocale}) it
     * is in English when Accept-Language asks for it; springdoc resolves the message keys of the annotations
     * (i18n/api*.properties) with this locale, and caches one document per locale.
     */
    static final class SupportedLocaleResolver extends CookieLocaleResolver {

        private final String apiDocsPath;

        SupportedLocaleResolver(String cookieName, String apiDocsPath) {
            super(cookieName);
            this.apiDocsPath = apiDocsPath;
        }

        @Override
        public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
            super.setLocale(request, response, supported(locale));
        }

        @Override
        public Locale resolveLocale(HttpServletRequest request) {
            if (apiDocsPath != null && request.getRequestURI().startsWith(request.getContextPath() + apiDocsPath)
                    && ApiLocale.of(request).equals(ENGLISH)) {
                return ENGLISH;
            }
            return supported(super.resolveLocale(request));
        }

        static Locale supported(Locale locale) {
            if (locale != null && "en".equals(locale.getLanguage())) {
                return ENGLISH;
            }
            return SPANISH;
        }
    }
}
