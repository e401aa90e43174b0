package org.apertura.opendata;

import org.apertura.platform.web.LargeUpload;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/** The publisher pages take files up to {@code apertura.opendata.max-upload} (1 GB by default), streamed to storage. */
@Configuration
class OpenDataConfig {

    /** Where publishers upload files. */
    public static final String UPLOADS = "/datos/publicar/";

    @Bean
    LargeUpload openDataUploads(@Value("${apertura.opendata.max-upload:1GB}") DataSize max) {
        return new LargeUpload(UPLOADS, max.toBytes());
    }
}
