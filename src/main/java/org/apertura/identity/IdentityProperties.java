package org.apertura.identity;

import java.time.Duration;
import org.apertura.platform.Settings;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Sign-in settings ({@code apertura.security.*}) and the first administrator ({@code apertura.admin.email}). */
@ConfigurationProperties("apertura")
record IdentityProperties(@DefaultValue Security security, @DefaultValue Admin admin) {

    /** Sign-in attempts per minute and address, the failures before delays begin, and a session's longest life. */
    record Security(@DefaultValue("10") int signInPerMinute, @DefaultValue("12h") Duration sessionAbsoluteLifetime,
            @DefaultValue("5") int signInFreeFailuresPerEmail, @DefaultValue("20") int signInFreeFailuresPerAddress) {
        Security {
            Settings.positive("apertura.security.sign-in-per-minute", signInPerMinute);
            Settings.positive("apertura.security.session-absolute-lifetime", sessionAbsoluteLifetime);
            Settings.positive("apertura.security.sign-in-free-failures-per-email", signInFreeFailuresPerEmail);
            Settings.positive("apertura.security.sign-in-free-failures-per-address", signInFreeFailuresPerAddress);
        }
    }

    /** The address of the administrator created on an empty database. */
    record Admin(@DefaultValue("admin@apertura.local") String email) {
    }
}
