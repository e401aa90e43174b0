package org.apertura.platform.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.apertura.platform.Hashing;
import org.apertura.platform.PlatformProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Files under {@code apertura.files-dir} (by default {@code ${apertura.data-dir}/files}), in
 * {@code ab/cd/<sha256>}, written atomically, verified when read. The default store ({@code apertura.storage=filesystem}); with several nodes the directory must be shared by all, or use
 * {@link S3Storage}.
 */
@Component
@ConditionalOnProperty(name = "apertura.storage", havingValue = "filesystem", matchIfMissing = true)
class FileSystemStorage implements Storage {

    private final Path root;

    @Autowired
    FileSystemStorage(PlatformProperties settings) {
        this(settings.filesDir());
    }

    FileSystemStorage(String root) {
        this.root = Path.of(root);
    }

    @Override
    public String store(byte[] content) {
        String sha256 = Hashing.sha256Hex(content);
        Path target = path(sha256);
        try {
            if (!Files.exists(target)) {
                Files.createDirectories(target.getParent());
                Path temporary = Files.createTempFile(target.getParent(), "upload-", ".tmp");
                Files.write(temporary, content);
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
            return sha256;
        } catch (IOException e) {
            throw unavailable(e);
        }
    }

    @Override
    public boolean delete(String sha256) {
        if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
            return false;
        }
        try {
            return Files.deleteIfExists(path(sha256));
        } catch (IOException e) {
            throw unavailable(e);
        }
    }

    @Override
    public Optional<byte[]> read(String sha256) {
        if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
            return Optional.empty();
        }
        Path file = path(sha256);
        try {
            if (!Files.exists(file)) {
                return Optional.empty();
            }
            byte[] content = Files.readAllBytes(file);
            if (!Hashing.sha256Hex(content).equals(sha256)) {
                throw new IllegalStateException("Stored file " + sha256 + " no longer matches its hash");
            }
            return Optional.of(content);
        } catch (IOException e) {
            throw unavailable(e);
        }
    }

    @Override
    public String store(InputStream content) {
        try {
            Files.createDirectories(root);
            Path temporary = Files.createTempFile(root, "upload-", ".tmp");
            try {
                String sha256 = VerifiedStream.copyHashing(content, temporary);
                Path target = path(sha256);
                if (!Files.exists(target)) {
                    Files.createDirectories(target.getParent());
                    Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                }
                return sha256;
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw unavailable(e);
        }
    }

    @Override
    public Optional<InputStream> open(String sha256) {
        if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
            return Optional.empty();
        }
        Path file = path(sha256);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new VerifiedStream(Files.newInputStream(file), sha256));
        } catch (IOException e) {
            throw unavailable(e);
        }
    }

    private StorageUnavailableException unavailable(IOException e) {
        return new StorageUnavailableException("The file store under " + root + " failed: " + e, e);
    }

    private Path path(String sha256) {
        return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
    }
}
