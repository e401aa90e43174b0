package org.apertura.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.apertura.identity.AccountPrincipal;
import org.apertura.platform.web.LayoutAttributes;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Tells the layout who is looking: nobody, a person, or an administrator ({@code viewer}) — on every page, an error
 * page or an exception handler's page included.
 */
@Component
class ViewerAdvice implements LayoutAttributes {

    @Override
    public void addTo(HttpServletRequest request, Locale locale) {
        request.setAttribute("viewer", viewer());
    }

    static Viewer viewer() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal) {
            return new Viewer(principal.accountId(), principal.displayName(), principal.isAdmin());
        }
        return null;
    }

    /** The signed-in person as the layout shows them. */
    public record Viewer(Long accountId, String displayName, boolean admin) {
    }
}
