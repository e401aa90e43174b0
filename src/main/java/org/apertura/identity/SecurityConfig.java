package org.apertura.identity;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.apertura.platform.security.PublicEndpoints;
import org.apertura.platform.web.RateLimitFilter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * Two filter chains. The API (/api/**) is stateless and takes only bearer tokens, so a browser's
 * session cookie can never be used against it (no CSRF surface). The pages use a session once someone
 * signs in or acts (never for reading: form tokens need none, see {@link SessionlessCsrfTokens}), form
 * sign-in, CSRF on every form, sessions re-checked against the account on every request
 * ({@link LiveSessions}), rate limits, and strict security headers.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfig {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self'; "
            + "script-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
        return new DefaultAuthenticationEventPublisher(publisher);
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, AccountService accounts, AccountUserDetails details,
            ApiSecurityResponses responses, ObjectProvider<PublicEndpoints> publicEndpoints) throws Exception {
        String[] publicPosts = publicEndpoints.orderedStream().flatMap(p -> p.apiPosts().stream()).toArray(String[]::new);
        List<String> ownTokenErrors = publicEndpoints.orderedStream().flatMap(p -> p.ownTokenErrors().stream()).toList();
        http.securityMatcher("/api/**")
                .cors(cors -> cors.configurationSource(publicReads()))
                .authorizeHttpRequests(auth -> {
                    auth.requestMatchers("/api/v1/me", "/api/v1/me/**").authenticated();
                    if (publicPosts.length > 0) {
                        auth.requestMatchers(HttpMethod.POST, publicPosts).permitAll();
                    }
                    auth.requestMatchers(HttpMethod.GET, "/api/**").permitAll().anyRequest().authenticated();
                })
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .requestCache(cache -> cache.disable())
                .addFilterBefore(new BearerTokenFilter(accounts, details, responses, ownTokenErrors),
                        UsernamePasswordAuthenticationFilter.class)
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, e) ->
                                responses.unauthorized(request, response, "api.error.unauthorized"))
                        .accessDeniedHandler((request, response, e) -> responses.forbidden(request, response)));
        return http.build();
    }

    /**
     * Any web page may read the open API from a browser (a journalist's notebook, another portal): GET from any
     * origin. Nothing is ambient — the API takes no cookie, only a bearer token a script sends on purpose — so
     * no origin gains anything a script elsewhere could not do; writes from other origins stay refused.
     */
    private static CorsConfigurationSource publicReads() {
        CorsConfiguration reads = new CorsConfiguration();
        reads.addAllowedOrigin("*");
        reads.setAllowedMethods(List.of("GET", "HEAD"));
        reads.setAllowedHeaders(List.of("Authorization", "Accept", "Accept-Language", "Content-Type"));
        reads.setAllowCredentials(false);
        reads.setMaxAge(Duration.ofHours(1));
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/api/**", reads);
        return source;
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, IdentityProperties settings,
            AccountRepository accounts, AccountUserDetails details, SessionRefresher sessions, SigningKeys keys,
            SignInThrottle throttle, Clock clock) throws Exception {
        // Every failure looks the same, account or not; a wrong password (or an unknown address) counts
        // towards the delays, and once one applies the answer says how long to wait.
        AuthenticationFailureHandler failure = (request, response, exception) -> {
            String email = request.getParameter("email");
            if (exception instanceof BadCredentialsException) {
                throttle.failed(email, request.getRemoteAddr());
            }
            long wait = SignInDelayFilter.seconds(throttle.remaining(email, request.getRemoteAddr()));
            response.sendRedirect(request.getContextPath() + (wait > 0 ? "/entrar?espera=" + wait : "/entrar?error"));
        };
        SavedRequestAwareAuthenticationSuccessHandler saved = new SavedRequestAwareAuthenticationSuccessHandler();
        saved.setDefaultTargetUrl("/cuenta");

        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers("/admin", "/admin/**").hasRole("ADMIN")
                        .requestMatchers("/cuenta", "/cuenta/**").authenticated()
                        // procurement officers' desk (contracting.web.PublishPages); the role is checked by the service
                        .requestMatchers("/contrataciones/publicar", "/contrataciones/publicar/**", "/presupuesto/importar",
                                "/presupuesto/importar/**").authenticated()
                        .anyRequest().permitAll())
                .formLogin(form -> form
                        .loginPage("/entrar")
                        .loginProcessingUrl("/entrar")
                        .usernameParameter("email")
                        .passwordParameter("password")
                        .successHandler((request, response, authentication) -> {
                            if (authentication.getPrincipal() instanceof AccountPrincipal p && p.secondStepRequired()) {
                                // the page asked for stays saved: the second step goes on to it (TwoStepPages)
                                response.sendRedirect(request.getContextPath() + "/entrar/codigo");
                            } else if (authentication.getPrincipal() instanceof AccountPrincipal p && p.mustChangePassword()) {
                                response.sendRedirect(request.getContextPath() + "/cuenta/contrasena");
                            } else {
                                saved.onAuthenticationSuccess(request, response, authentication);
                            }
                        })
                        .failureHandler(failure)
                        .permitAll())
                .logout(logout -> logout
                        .logoutUrl("/salir")
                        .logoutSuccessUrl("/?salida")
                        .deleteCookies("APERTURA_SESSION"))
                .addFilterBefore(new RateLimitFilter(Set.of("/entrar", "/registro", "/recuperar"),
                        settings.security().signInPerMinute()),
                        UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(new SignInDelayFilter(throttle), UsernamePasswordAuthenticationFilter.class)
                .csrf(csrf -> csrf.csrfTokenRepository(new SessionlessCsrfTokens(keys, clock)))
                .addFilterAfter(new LiveSessions(accounts, details, sessions, clock,
                        settings.security().sessionAbsoluteLifetime()),
                        SecurityContextHolderFilter.class)
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
        return http.build();
    }
}
