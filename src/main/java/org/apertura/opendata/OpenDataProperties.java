package org.apertura.opendata;

import org.apertura.platform.Settings;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/** The platform's own lists' owner and the largest data file ({@code apertura.opendata.*}). */
@ConfigurationProperties("apertura.opendata")
record OpenDataProperties(@DefaultValue("") String platformOwner, @DefaultValue("1GB") DataSize maxUpload) {

    OpenDataProperties {
        Settings.positive("apertura.opendata.max-upload", maxUpload);
    }
}
