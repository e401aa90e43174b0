package org.apertura.feedback;

import org.apertura.platform.Settings;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code apertura.feedback.anonymous-per-minute}: anonymous opinions one address may send in a minute. */
@ConfigurationProperties("apertura.feedback")
record FeedbackProperties(@DefaultValue("10") int anonymousPerMinute) {

    FeedbackProperties {
        Settings.positive("apertura.feedback.anonymous-per-minute", anonymousPerMinute);
    }
}
