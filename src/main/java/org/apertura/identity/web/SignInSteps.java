package org.apertura.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apertura.identity.AccountPrincipal;
import org.apertura.identity.SessionRefresher;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The steps of signing in that come before anything else, in this order: a person who must pass the second step
 * (a code of the authenticator app: required of every account holding a role) goes to it — or, holding a role
 * without having set it up, to setting it up; then a person signed in with a one-time password goes to the
 * password change. Until then no page answers them, public or not, and no role of theirs acts.
 */
@Configuration(proxyBeanMethods = false)
class SignInSteps implements WebMvcConfigurer {

    static final String SECOND_STEP = "/entrar/codigo";
    static final String SET_UP = "/cuenta/dos-pasos/activar";

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
                    throws Exception {
                Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
                if (authentication == null || !(authentication.getPrincipal() instanceof AccountPrincipal p)) {
                    return true;
                }
                String path = request.getRequestURI().substring(request.getContextPath().length());
                if (p.secondStepRequired() && !SessionRefresher.passedSecondStep(authentication)) {
                    if (path.equals(SECOND_STEP) || path.equals(SET_UP)) {
                        return true;
                    }
                    response.sendRedirect(request.getContextPath() + SECOND_STEP);
                    return false;
                }
                if (p.mustChangePassword() && !path.equals("/cuenta/contrasena")) {
                    response.sendRedirect(request.getContextPath() + "/cuenta/contrasena");
                    return false;
                }
                return true;
            }
        }).addPathPatterns("/**").excludePathPatterns("/salir", "/css/**", "/js/**",
                "/webjars/**", "/error", "/api/**", "/favicon.*", "/apple-touch-icon.png", "/icon-*.png",
                "/site.webmanifest", "/robots.txt");
    }
}
