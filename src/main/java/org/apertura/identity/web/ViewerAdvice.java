package org.apertura.identity.web;

import org.apertura.identity.AccountPrincipal;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Tells the layout who is looking: nobody, a person, or an administrator. */
@ControllerAdvice
class ViewerAdvice {

    @ModelAttribute("viewer")
    Viewer viewer() {
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
