package org.apertura.contracting;

import org.apertura.platform.Settings;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Contracting's OCDS settings ({@code apertura.ocds.*}): publisher, prefix, licence and upload limits. The demo's
 * fictional processes need a prefix too: when the demo is on and none is set, they get {@code demoOcidPrefix}, which
 * says it is a demonstration; a real deployment (demo off) must set its own, or nothing can be published.
 */
@ConfigurationProperties("apertura.ocds")
record OcdsProperties(@DefaultValue("") String ocidPrefix, @DefaultValue("ocds-demo00-") String demoOcidPrefix,
        @DefaultValue("APERTURA") String institutionScheme,
        @DefaultValue("Apertura") String publisherName,
        @DefaultValue("https://creativecommons.org/licenses/by/4.0/") String license,
        @DefaultValue("") String publicationPolicy, @DefaultValue("4GB") DataSize maxUpload,
        @DefaultValue("50MB") DataSize compileMaxBody, @DefaultValue("10") int compilesPerMinute) {

    OcdsProperties {
        Settings.positive("apertura.ocds.max-upload", maxUpload);
        Settings.positive("apertura.ocds.compile-max-body", compileMaxBody);
        Settings.positive("apertura.ocds.compiles-per-minute", compilesPerMinute);
    }

    /** The prefix in force: the configured one, else the demo's when the demo is on, else blank (publishing refused). */
    String ocidPrefixFor(boolean demo) {
        String configured = ocidPrefix == null ? "" : ocidPrefix.strip();
        return configured.isEmpty() && demo && demoOcidPrefix != null ? demoOcidPrefix.strip() : configured;
    }
}
