package org.apertura.accessinfo;

import org.apertura.platform.Settings;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code apertura.accessinfo.filings-per-minute}: requests one address may file in a minute. */
@ConfigurationProperties("apertura.accessinfo")
record AccessInfoProperties(@DefaultValue("10") int filingsPerMinute) {

    AccessInfoProperties {
        Settings.positive("apertura.accessinfo.filings-per-minute", filingsPerMinute);
    }
}
