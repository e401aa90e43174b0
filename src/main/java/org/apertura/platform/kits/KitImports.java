package org.apertura.platform.kits;

import java.io.InputStream;
import java.net.URI;
import java.util.function.Function;
import org.springframework.http.ResponseEntity;
import org.springframework.web.multipart.MultipartFile;

/**
 * The shape every page importing a kit shares ({@link #page}), and every API endpoint importing a kit: read the
 * uploaded ZIP, import it (a missing, altered or refused kit throws
 * {@link org.apertura.platform.InvalidInputException}, which the API answers as a problem naming why, and nothing
 * changes), then answer 201 Created with the imported thing's API address in {@code Location} and its JSON as the
 * body.
 */
public final class KitImports {

    private KitImports() {
    }

    /**
     * Imports the kit uploaded with a form: when it is imported, the page of what was imported says so; when it is
     * refused, the form again with the problem beside its field, and nothing changed.
     *
     * @param notice the message key the page of what was imported shows
     * @param address that page's path (e.g. {@code /convocatorias/{slug}})
     * @param form the form's view, shown again on a refusal
     */
    public static <T> String page(org.springframework.validation.BindingResult errors, MultipartFile upload,
            Function<InputStream, T> importer, org.springframework.web.servlet.mvc.support.RedirectAttributes redirect,
            String notice, Function<T, String> address, java.util.function.Supplier<String> form) {
        return org.apertura.platform.web.FormErrors.submit(errors, () -> KitReader.fromUpload(upload, importer),
                redirect, notice, address, form);
    }

    /**
     * @param upload the multipart {@code kit} (none when no file was sent)
     * @param importer the module's import of the kit's bytes
     * @param location the API address of what was imported (e.g. {@code /api/v1/calls/{slug}})
     * @param body the JSON answered for what was imported
     */
    public static <T, B> ResponseEntity<B> created(MultipartFile upload, Function<InputStream, T> importer,
            Function<T, String> location, Function<T, B> body) {
        T imported = KitReader.fromUpload(upload, importer);
        return ResponseEntity.created(URI.create(location.apply(imported))).body(body.apply(imported));
    }
}
