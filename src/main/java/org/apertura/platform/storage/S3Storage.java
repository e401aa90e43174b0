package org.apertura.platform.storage;

import org.springframework.beans.factory.annotation.Autowired;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apertura.platform.Hashing;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Files in an S3-compatible object store (Amazon S3, MinIO, Ceph, Garage, …), chosen by {@code apertura.storage=s3}:
 * what every node of a cluster reads and writes alike. Objects are named {@code <prefix>ab/cd/<sha256>} as on the
 * filesystem, written once per content, and checked against their SHA-256 on every read (whole, or at the end of a
 * stream), so a changed object is never served as the original. Configuration: {@code apertura.storage.s3.endpoint}
 * (blank for Amazon S3), {@code .region}, {@code .bucket}, {@code .access-key} and {@code .secret-key} (blank: the
 * default AWS credentials chain), {@code .path-style} (true for most S3-compatible servers), {@code .prefix}.
 */
@Component
@ConditionalOnProperty(name = "apertura.storage", havingValue = "s3")
public class S3Storage implements Storage, DisposableBean {

    private final S3Client s3;
    private final String bucket;
    private final String prefix;
    private final Path temporary;

    @Autowired
    S3Storage(S3Properties settings) {
        this(settings.endpoint(), settings.region(), settings.requiredBucket(), settings.accessKey(),
                settings.secretKey(), settings.pathStyle(), settings.prefix(), settings.createBucket());
    }

    S3Storage(String endpoint, String region, String bucket, String accessKey, String secretKey, boolean pathStyle,
            String prefix, boolean createBucket) {
        AwsCredentialsProvider credentials = accessKey.isBlank() ? DefaultCredentialsProvider.builder().build()
                : StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey, secretKey));
        var builder = S3Client.builder().region(Region.of(region)).credentialsProvider(credentials)
                .forcePathStyle(pathStyle).httpClient(UrlConnectionHttpClient.create())
                // plain requests every S3-compatible server understands; the SHA-256 is checked by us on read
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        if (!endpoint.isBlank()) {
            builder.endpointOverride(URI.create(endpoint));
        }
        this.s3 = builder.build();
        this.bucket = bucket;
        this.prefix = prefix;
        this.temporary = Path.of(System.getProperty("java.io.tmpdir"));
        if (createBucket) {
            try {
                s3.headBucket(b -> b.bucket(bucket));
            } catch (S3Exception missing) { // NoSuchBucketException, or a 404 without a body
                s3.createBucket(b -> b.bucket(bucket));
            }
        }
    }

    @Override
    public String store(byte[] content) {
        String sha256 = Hashing.sha256Hex(content);
        try {
            if (!exists(sha256)) {
                s3.putObject(p -> p.bucket(bucket).key(key(sha256)).contentLength((long) content.length),
                        RequestBody.fromBytes(content));
            }
        } catch (SdkException e) {
            throw unavailable(e);
        }
        return sha256;
    }

    /** Spools the stream to a temporary file while hashing it (never whole in memory), then uploads it once. */
    @Override
    public String store(InputStream content) {
        try {
            Path file = Files.createTempFile(temporary, "apertura-upload-", ".tmp");
            try {
                String sha256 = VerifiedStream.copyHashing(content, file);
                if (!exists(sha256)) {
                    s3.putObject(p -> p.bucket(bucket).key(key(sha256)), RequestBody.fromFile(file));
                }
                return sha256;
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // reading the caller's stream or the local spool file
        } catch (SdkException e) {
            throw unavailable(e);
        }
    }

    /** The server stopped, unreachable or refusing (a client failure, or a 5xx or access refusal from it). */
    private StorageUnavailableException unavailable(SdkException e) {
        return new StorageUnavailableException("The S3 store at bucket " + bucket + " failed: " + e.getMessage(), e);
    }

    @Override
    public boolean delete(String sha256) {
        if (!valid(sha256) || !exists(sha256)) {
            return false;
        }
        s3.deleteObject(d -> d.bucket(bucket).key(key(sha256)));
        return true;
    }

    @Override
    public Optional<byte[]> read(String sha256) {
        if (!valid(sha256)) {
            return Optional.empty();
        }
        try {
            byte[] content = s3.getObjectAsBytes(g -> g.bucket(bucket).key(key(sha256))).asByteArray();
            if (!Hashing.sha256Hex(content).equals(sha256)) {
                throw new IllegalStateException("Stored file " + sha256 + " no longer matches its hash");
            }
            return Optional.of(content);
        } catch (NoSuchKeyException missing) {
            return Optional.empty();
        }
    }

    @Override
    public Optional<InputStream> open(String sha256) {
        if (!valid(sha256)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new VerifiedStream(s3.getObject(g -> g.bucket(bucket).key(key(sha256))), sha256));
        } catch (NoSuchKeyException missing) {
            return Optional.empty();
        }
    }

    private boolean exists(String sha256) {
        try {
            s3.headObject(h -> h.bucket(bucket).key(key(sha256)));
            return true;
        } catch (NoSuchKeyException missing) {
            return false;
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return false;
            }
            throw e;
        }
    }

    private static boolean valid(String sha256) {
        return sha256 != null && sha256.matches("[0-9a-f]{64}");
    }

    private String key(String sha256) {
        return prefix + sha256.substring(0, 2) + "/" + sha256.substring(2, 4) + "/" + sha256;
    }

    @Override
    public void destroy() {
        s3.close();
    }
}
