package org.apertura.national;

import java.time.Duration;
import org.apertura.platform.Settings;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/** Whether this node is the national one ({@code apertura.node}), and how it harvests ({@code apertura.national.*}). */
@ConfigurationProperties("apertura")
record NationalProperties(@DefaultValue("") String node, @DefaultValue National national) {

    /** The members to add at start, the harvest's limits and the national node this one reports to. */
    record National(@DefaultValue("") String members, @DefaultValue("PT10S") Duration timeout,
            @DefaultValue("8MB") DataSize maxResponse, @DefaultValue("5000") int auditPerHarvest,
            @DefaultValue("100000") int maxNewEntries, @DefaultValue("") String nodeUrl) {
        National {
            Settings.positive("apertura.national.timeout", timeout);
            Settings.positive("apertura.national.max-response", maxResponse);
            Settings.positive("apertura.national.audit-per-harvest", auditPerHarvest);
            Settings.positive("apertura.national.max-new-entries", maxNewEntries);
        }
    }
}
