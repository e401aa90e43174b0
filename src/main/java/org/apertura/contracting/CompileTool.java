package org.apertura.contracting;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.apertura.platform.InvalidInputException;
import org.apertura.platform.PublicUrl;
import org.springframework.stereotype.Service;

/**
 * The free compile tool: any release packages (JSON, JSON Lines, gzip; OCDS 1.0 or 1.1) in, a record package
 * out — one record per ocid with its releases and compiled release, and the versioned release when asked —
 * as {@code ocdskit compile --package [--versioned]} does, so another government can use Apertura's merge
 * without publishing anything. The package is written to a temporary file first, so a problem anywhere in
 * the input is answered as a clear error instead of a half-sent file.
 */
@Service
public class CompileTool {

    private final PublicUrl publicUrl;
    private final Clock clock;

    CompileTool(PublicUrl publicUrl, Clock clock) {
        this.publicUrl = publicUrl;
        this.clock = clock;
    }

    /** A compiled record package, kept in a temporary file until it is sent and deleted. */
    public record Compiled(Path file, long releases, long records) implements AutoCloseable {

        public void writeTo(OutputStream output) {
            try {
                Files.copy(file, output);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * Compiles the input. Bad input is refused as {@link InvalidInputException} on the field {@code file}, with
     * the contracting bundle's message and the place in the input; nothing is kept.
     */
    public Compiled compile(InputStream input, boolean versioned) {
        Path file = null;
        try {
            file = Files.createTempFile("apertura-record-package-", ".json");
            RecordPackageCompiler.Options options = RecordPackageCompiler.Options.defaults().withVersioned(versioned);
            options = new RecordPackageCompiler.Options(options.versioned(), options.memoryBudgetBytes(),
                    options.tempDir(), publicUrl.of("/api/v1/ocds/compile"),
                    DateTimeFormatter.ISO_INSTANT.format(clock.instant().truncatedTo(ChronoUnit.SECONDS)));
            RecordPackageCompiler.Result result;
            try (OutputStream output = Files.newOutputStream(file)) {
                result = RecordPackageCompiler.compile(input, output, options);
            }
            if (result.releases() == 0) {
                throw new InvalidInputException("file", "contracting.compile.empty");
            }
            return new Compiled(file, result.releases(), result.records());
        } catch (OcdsDataException e) {
            delete(file);
            Object[] args = e.messageArgs();
            args[0] = new InputPlace(e.place());
            throw new InvalidInputException("file", e.messageKey(), args);
        } catch (IOException e) {
            delete(file);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            delete(file);
            throw e;
        }
    }

    private static void delete(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a temporary file the system cleans up anyway
            }
        }
    }
}
