package org.apertura.platform;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.bind.Name;
import org.springframework.util.unit.DataSize;

/**
 * The platform's settings, under {@code apertura.*} (application.properties and README name each one and its
 * environment variable). Bound once at start-up; a value that cannot work stops the start with its name.
 */
@ConfigurationProperties("apertura")
public record PlatformProperties(@DefaultValue Http http, @DefaultValue Upload upload, @DefaultValue Evidence evidence,
        @DefaultValue Mail mail, @DefaultValue Scheduling scheduling, @DefaultValue Contact contact,
        @DefaultValue Privacy privacy, @DefaultValue("") String baseUrl, @DefaultValue Readers readerPages,
        @DefaultValue("./data") String dataDir, String filesDir, @DefaultValue Operations operations) {

    /** {@code apertura.files-dir} (APERTURA_FILES_DIR): where stored files live, by default the data directory's files. */
    public PlatformProperties {
        if (filesDir == null || filesDir.isBlank()) {
            filesDir = dataDir + "/files";
        }
    }

    /**
     * {@code apertura.reader-pages.*}: readers' pages kept rendered in memory (ADR 0037) at most {@code max-bytes}
     * together (0 turns it off), each at most {@code ttl}; readers of a page being built wait {@code wait} for it
     * (ADR 0045); kept pages are checked against changes read at most {@code recheck} ago (ADR 0063; 0: every request).
     */
    public record Readers(@DefaultValue("16MB") DataSize maxBytes, @DefaultValue("5m") Duration ttl,
            @Name("wait") @DefaultValue("10s") Duration waitFor, @DefaultValue("1s") Duration recheck) {
    }

    /** {@code apertura.http.max-body}: the largest request body, except paths that declare a LargeBody. */
    public record Http(@DefaultValue("1MB") DataSize maxBody) {
        public Http {
            Settings.positive("apertura.http.max-body", maxBody);
        }
    }

    /** {@code apertura.upload.max-file}: the largest uploaded file, except forms that declare a LargeUpload. */
    public record Upload(@DefaultValue("12MB") DataSize maxFile) {
        public Upload {
            Settings.positive("apertura.upload.max-file", maxFile);
        }
    }

    /** {@code apertura.evidence.max-bytes}: the largest evidence file or public answer. */
    public record Evidence(@DefaultValue("10485760") long maxBytes) {
        public Evidence {
            Settings.positive("apertura.evidence.max-bytes", DataSize.ofBytes(maxBytes));
        }
    }

    /** {@code apertura.mail.from} (APERTURA_MAIL_FROM) and how long a node holds an e-mail it sends. */
    public record Mail(String from, @DefaultValue("PT5M") Duration claim) {
        public Mail {
            if (from == null || from.isBlank()) {
                throw new IllegalArgumentException("apertura.mail.from (APERTURA_MAIL_FROM) must be set: the address"
                        + " e-mails are sent from");
            }
            Settings.positive("apertura.mail.claim", claim);
        }
    }

    /**
     * How long a scheduled job holds its cluster lock (at least, at most), this node's name in the lock rows, and
     * whether this node runs the scheduled jobs at all ({@code enabled}, read by {@link PlatformConfig}: off only in
     * the shared test context).
     */
    public record Scheduling(@DefaultValue("PT1M") Duration minLock, @DefaultValue("PT30M") Duration maxLock,
            @DefaultValue("") String nodeId, @DefaultValue("true") boolean enabled) {
        public Scheduling {
            Settings.positive("apertura.scheduling.max-lock", maxLock); // a shorter max-lock caps min-lock
        }
    }

    /** {@code apertura.contact.email} (APERTURA_CONTACT_EMAIL): the operator's public address; may be empty. */
    public record Contact(@DefaultValue("") String email) {
    }

    /**
     * {@code apertura.operations.figures-every}: how often at most a module's watched figure (reminders due, harvest
     * lag) is computed again for the monitoring.
     */
    public record Operations(@DefaultValue("PT5M") Duration figuresEvery) {
        public Operations {
            Settings.positive("apertura.operations.figures-every", figuresEvery);
        }
    }

    /** The data controller named in the privacy notice (APERTURA_PRIVACY_*); each may be empty. */
    public record Privacy(@DefaultValue("") String controllerName, @DefaultValue("") String contactEmail,
            @DefaultValue("") String address) {
    }
}
