package org.apertura.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.util.unit.DataSize;

/** The settings keep their names and defaults, and a value that cannot work stops the start naming the property. */
class PlatformPropertiesTest {

    private static PlatformProperties bind(Map<String, String> values) {
        return new Binder(new MapConfigurationPropertySource(values)).bindOrCreate("apertura", PlatformProperties.class);
    }

    @Test
    void theDocumentedNamesAndDefaultsAreRead() {
        PlatformProperties settings = bind(Map.of("apertura.mail.from", "no-responder@durango.gob.mx",
                "apertura.evidence.max-bytes", "2048", "apertura.scheduling.node-id", "nodo-b",
                "apertura.privacy.contact-email", "privacidad@durango.gob.mx"));
        assertThat(settings.mail().from()).isEqualTo("no-responder@durango.gob.mx");
        assertThat(settings.mail().claim()).isEqualTo(Duration.ofMinutes(5));
        assertThat(settings.evidence().maxBytes()).isEqualTo(2048);
        assertThat(settings.http().maxBody()).isEqualTo(DataSize.ofMegabytes(1));
        assertThat(settings.upload().maxFile()).isEqualTo(DataSize.ofMegabytes(12));
        assertThat(settings.scheduling().nodeId()).isEqualTo("nodo-b");
        assertThat(settings.scheduling().maxLock()).isEqualTo(Duration.ofMinutes(30));
        assertThat(settings.privacy().contactEmail()).isEqualTo("privacidad@durango.gob.mx");
        assertThat(settings.contact().email()).isEmpty();
        assertThat(settings.baseUrl()).isEmpty();
    }

    @Test
    void aValueThatCannotWorkIsRefusedByItsName() {
        assertThatThrownBy(() -> bind(Map.of())).hasRootCauseMessage(
                "apertura.mail.from (APERTURA_MAIL_FROM) must be set: the address e-mails are sent from");
        assertThatThrownBy(() -> bind(Map.of("apertura.mail.from", "a@b.mx", "apertura.http.max-body", "0MB")))
                .rootCause().hasMessageStartingWith("apertura.http.max-body must be a size above zero");
        assertThatThrownBy(() -> bind(Map.of("apertura.mail.from", "a@b.mx", "apertura.mail.claim", "PT0S")))
                .rootCause().hasMessageStartingWith("apertura.mail.claim must be a duration above zero");
    }
}
