package org.apertura.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apertura.identity.AccountPrincipal;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** A person signed in with a one-time password goes to the password change before anything else. */
@Configuration(proxyBeanMethods = false)
class PasswordChangeGate implements WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
                    throws Exception {
                Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
                if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal p
                        && p.mustChangePassword()) {
                    response.sendRedirect(request.getContextPath() + "/cuenta/contrasena");
                    return false;
                }
                return true;
            }
        }).addPathPatterns("/**").excludePathPatterns("/cuenta/contrasena", "/salir", "/css/**", "/js/**",
                "/webjars/**", "/error", "/api/**", "/favicon.*", "/apple-touch-icon.png", "/icon-*.png",
                "/site.webmanifest", "/robots.txt");
    }
}
