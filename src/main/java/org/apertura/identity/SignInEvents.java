package org.apertura.identity;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Clears the sign-in delay of the e-mail an account signed in with. Failures are counted by the sign-in
 * failure handler ({@link SecurityConfig}), which knows the network address, for accounts and unknown
 * addresses alike; nothing about an account is written on a failure, so its time does not tell either.
 */
@Component
class SignInEvents {

    private final SignInThrottle throttle;

    SignInEvents(SignInThrottle throttle) {
        this.throttle = throttle;
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof AccountPrincipal principal) {
            throttle.succeeded(principal.getUsername());
        }
    }
}
