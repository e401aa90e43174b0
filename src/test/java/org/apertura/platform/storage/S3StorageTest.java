package org.apertura.platform.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.robothy.s3.rest.LocalS3;
import com.robothy.s3.rest.bootstrap.LocalS3Mode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.apertura.platform.Hashing;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The S3 store against a real S3 server (LocalS3, an S3 server written in Java, from Maven Central) started here:
 * files stored once by their SHA-256, read back whole and as a stream, deleted; an object changed in the bucket is
 * refused on read; {@code apertura.storage=s3} chooses it instead of the filesystem.
 */
class S3StorageTest {

    private static LocalS3 server;
    private static String endpoint;

    @BeforeAll
    static void startServer() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        server = LocalS3.builder().port(port).mode(LocalS3Mode.IN_MEMORY).build();
        server.start();
        endpoint = "http://127.0.0.1:" + port;
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.shutdown();
        }
    }

    private static S3Storage storage(String bucket) {
        return new S3Storage(endpoint, "us-east-1", bucket, "prueba", "secreto-de-prueba", true, "files/", true);
    }

    @Test
    void storesOncePerContentReadsBackVerifiedAndDeletes() throws IOException {
        S3Storage storage = storage("apertura-archivos");
        byte[] content = "Acta de la sesión ordinaria".getBytes(StandardCharsets.UTF_8);
        String sha256 = storage.store(content);
        assertThat(sha256).isEqualTo(Hashing.sha256Hex(content));
        assertThat(storage.store(content)).isEqualTo(sha256);
        assertThat(storage.read(sha256)).hasValueSatisfying(bytes -> assertThat(bytes).isEqualTo(content));
        try (InputStream stream = storage.open(sha256).orElseThrow()) {
            assertThat(stream.readAllBytes()).isEqualTo(content);
        }

        byte[] large = new byte[3 * 1024 * 1024 + 17];
        for (int i = 0; i < large.length; i++) {
            large[i] = (byte) (i * 31);
        }
        String largeSha = storage.store(new ByteArrayInputStream(large));
        assertThat(largeSha).isEqualTo(Hashing.sha256Hex(large));
        try (InputStream stream = storage.open(largeSha).orElseThrow()) {
            assertThat(stream.readAllBytes()).isEqualTo(large);
        }

        assertThat(storage.delete(sha256)).isTrue();
        assertThat(storage.read(sha256)).isEmpty();
        assertThat(storage.open(sha256)).isEmpty();
        assertThat(storage.delete(sha256)).isFalse();
        assertThat(storage.read("../../etc/passwd")).isEmpty();
    }

    @Test
    void anObjectChangedInTheBucketIsRefusedOnRead() throws IOException {
        S3Storage storage = storage("apertura-alterado");
        byte[] content = "Respuesta original".getBytes(StandardCharsets.UTF_8);
        String sha256 = storage.store(content);
        try (S3Client direct = S3Client.builder().endpointOverride(URI.create(endpoint)).region(Region.US_EAST_1)
                .forcePathStyle(true).httpClient(UrlConnectionHttpClient.create())
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("prueba", "secreto")))
                .build()) {
            direct.putObject(p -> p.bucket("apertura-alterado").key("files/" + sha256.substring(0, 2) + "/"
                    + sha256.substring(2, 4) + "/" + sha256), RequestBody.fromString("Respuesta cambiada"));
        }
        assertThatThrownBy(() -> storage.read(sha256)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no longer matches");
        try (InputStream stream = storage.open(sha256).orElseThrow()) {
            assertThatThrownBy(stream::readAllBytes).isInstanceOf(IOException.class).hasMessageContaining("no longer matches");
        }
    }

    /** Issue 19, fault 5: the S3 server stopped during an upload is a clear «store unavailable», not a bare failure. */
    @Test
    void aStoppedServerIsReportedAsTheStoreUnavailable() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        LocalS3 stopping = LocalS3.builder().port(port).mode(LocalS3Mode.IN_MEMORY).build();
        stopping.start();
        S3Storage storage = new S3Storage("http://127.0.0.1:" + port, "us-east-1", "apertura-detenido", "prueba",
                "secreto-de-prueba", true, "files/", true);
        String before = storage.store("antes de detenerse".getBytes(StandardCharsets.UTF_8));
        assertThat(storage.read(before)).isPresent();
        stopping.shutdown();

        assertThatThrownBy(() -> storage.store("durante la caída".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(StorageUnavailableException.class).hasMessageContaining("apertura-detenido");
        assertThatThrownBy(() -> storage.store(new ByteArrayInputStream("durante la caída, en flujo"
                .getBytes(StandardCharsets.UTF_8)))).isInstanceOf(StorageUnavailableException.class);
    }

    @Test
    void configurationChoosesTheStore() {
        ApplicationContextRunner runner = new ApplicationContextRunner()
                .withUserConfiguration(StorageProperties.class, FileSystemStorage.class, S3Storage.class)
                .withPropertyValues("apertura.data-dir=target/test-files-choice",
                        "apertura.mail.from=apertura@example.mx");
        runner.run(context -> assertThat(context.getBean(Storage.class)).isInstanceOf(FileSystemStorage.class));
        runner.withPropertyValues("apertura.storage=s3", "apertura.storage.s3.endpoint=" + endpoint,
                "apertura.storage.s3.bucket=apertura-eleccion", "apertura.storage.s3.access-key=prueba",
                "apertura.storage.s3.secret-key=secreto", "apertura.storage.s3.create-bucket=true")
                .run(context -> assertThat(context.getBean(Storage.class)).isInstanceOf(S3Storage.class));
    }

    /** The storage settings bound as the application binds them (@ConfigurationPropertiesScan). */
    @org.springframework.context.annotation.Configuration
    @org.springframework.boot.context.properties.EnableConfigurationProperties({S3Properties.class,
            org.apertura.platform.PlatformProperties.class})
    static class StorageProperties {
    }
}
