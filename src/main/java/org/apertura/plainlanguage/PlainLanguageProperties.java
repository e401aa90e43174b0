package org.apertura.plainlanguage;

import org.apertura.platform.Settings;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code apertura.plain-language.analyses-per-minute}: analyses one address may ask for in a minute. */
@ConfigurationProperties("apertura.plain-language")
record PlainLanguageProperties(@DefaultValue("60") int analysesPerMinute) {

    PlainLanguageProperties {
        Settings.positive("apertura.plain-language.analyses-per-minute", analysesPerMinute);
    }
}
