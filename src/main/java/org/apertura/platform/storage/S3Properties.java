package org.apertura.platform.storage;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The object store's settings ({@code apertura.storage.s3.*}), read only when {@code apertura.storage=s3}: see
 * {@link S3Storage}. Blank keys use the default AWS credentials chain; a blank endpoint is Amazon S3.
 */
@ConfigurationProperties("apertura.storage.s3")
record S3Properties(@DefaultValue("") String endpoint, @DefaultValue("us-east-1") String region,
        @DefaultValue("") String bucket, @DefaultValue("") String accessKey, @DefaultValue("") String secretKey,
        @DefaultValue("true") boolean pathStyle, @DefaultValue("files/") String prefix,
        @DefaultValue("false") boolean createBucket) {

    /** The bucket, or start-up stops naming the property: S3 storage without one cannot keep a file. */
    String requiredBucket() {
        if (bucket.isBlank()) {
            throw new IllegalArgumentException("apertura.storage.s3.bucket (APERTURA_S3_BUCKET) must be set when"
                    + " apertura.storage=s3");
        }
        return bucket;
    }
}
