package org.apertura.platform.media;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import org.apertura.platform.FieldProblem;
import org.apertura.platform.InvalidInputException;
import org.apertura.platform.NotFoundException;
import org.apertura.platform.Texts;
import org.apertura.platform.storage.ContentRemoval;
import org.apertura.platform.storage.Storage;
import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The pictures and documents people attach to what they propose — co-creation proposals and budget projects alike
 * (ADR 0080): the same limits, the same checks, the same words. A picture is JPEG, PNG or WebP of at most
 * {@link #MAX_IMAGE_BYTES} with the alternative text its author must write; a document a PDF of at most
 * {@link #MAX_DOCUMENT_BYTES} with its title; at most {@link #MAX_IMAGES} pictures and {@link #MAX_DOCUMENTS}
 * documents each. Both are told by their bytes and kept without their hidden data ({@link Images}, {@link Documents});
 * the file's name is never kept. No Spring bean: each module keeps its own table of files ({@link ItemFiles}) and
 * records every change in its own ledger.
 */
public final class Attachments {

    public static final int MAX_IMAGES = 4;
    public static final int MAX_DOCUMENTS = 3;
    public static final long MAX_IMAGE_BYTES = 5L * 1024 * 1024;
    public static final long MAX_DOCUMENT_BYTES = 10L * 1024 * 1024;
    /** The longest label (alternative text or title). */
    public static final int MAX_LABEL = 300;
    public static final Set<String> IMAGE_TYPES = Set.of(Images.JPEG, Images.PNG, Images.WEBP);

    private Attachments() {
    }

    /** What an attached file is. */
    public enum Kind {
        IMAGE, DOCUMENT
    }

    /** A file as it came from a form: its name (only a hint, never kept), its bytes, and the label its author wrote. */
    public record Upload(String fileName, byte[] content, String label) {

        public boolean present() {
            return content != null && content.length > 0;
        }

        /** Whether the person gave anything at all (a file or a label): an optional picture left alone is not. */
        public boolean given() {
            return present() || !Texts.isBlank(label);
        }
    }

    /** A checked file, ready to store: its clean bytes, type, pages (documents) and stripped label. */
    public record Checked(Kind kind, byte[] bytes, String type, Integer pages, String label) {
    }

    /** The label's problem, if any: required, at most {@link #MAX_LABEL} characters. */
    public static List<FieldProblem> checkLabel(String label, String field, String messageKey) {
        return FieldProblem.blankOrLongerThan(label, MAX_LABEL, field, messageKey).stream().toList();
    }

    /** A picture with its alternative text, checked; null with its problems added when it is not one. */
    public static Checked image(Upload upload, String field, String labelField, List<FieldProblem> problems) {
        problems.addAll(checkLabel(upload.label(), labelField, "media.altRequired"));
        if (!upload.present()) {
            problems.add(new FieldProblem(field, "media.imageMissing"));
            return null;
        }
        if (upload.content().length > MAX_IMAGE_BYTES) {
            problems.add(new FieldProblem(field, "media.imageSize", MAX_IMAGE_BYTES >> 20));
            return null;
        }
        Optional<Images.Clean> clean = Images.clean(upload.content(), IMAGE_TYPES);
        if (clean.isEmpty()) {
            problems.add(new FieldProblem(field, "media.imageType"));
            return null;
        }
        return new Checked(Kind.IMAGE, clean.get().bytes(), clean.get().type(), null,
                upload.label() == null ? null : upload.label().strip());
    }

    /** A PDF with its title, checked; null with its problems added when it is not one. */
    public static Checked document(Upload upload, String field, String labelField, List<FieldProblem> problems) {
        problems.addAll(checkLabel(upload.label(), labelField, "media.titleRequired"));
        if (!upload.present()) {
            problems.add(new FieldProblem(field, "media.documentMissing"));
            return null;
        }
        if (upload.content().length > MAX_DOCUMENT_BYTES) {
            problems.add(new FieldProblem(field, "media.documentSize", MAX_DOCUMENT_BYTES >> 20));
            return null;
        }
        Optional<Documents.Clean> clean = Documents.cleanPdf(upload.content());
        if (clean.isEmpty()) {
            problems.add(new FieldProblem(field, "media.documentType"));
            return null;
        }
        return new Checked(Kind.DOCUMENT, clean.get().bytes(), clean.get().type(), clean.get().pages(),
                upload.label() == null ? null : upload.label().strip());
    }

    /** The problem of one more file of this kind when there are already {@code count}, if any. */
    public static Optional<FieldProblem> full(Kind kind, long count) {
        if (kind == Kind.IMAGE && count >= MAX_IMAGES) {
            return Optional.of(new FieldProblem("image", "media.tooManyImages", MAX_IMAGES));
        }
        if (kind == Kind.DOCUMENT && count >= MAX_DOCUMENTS) {
            return Optional.of(new FieldProblem("document", "media.tooManyDocuments", MAX_DOCUMENTS));
        }
        return Optional.empty();
    }

    /**
     * One more picture (fields {@code image}, {@code imageAlt}) or PDF ({@code document}, {@code documentTitle}) for an
     * item that has {@code count} of that kind already: checked, or refused with every problem.
     */
    public static Checked oneMore(Kind kind, Upload upload, long count) {
        List<FieldProblem> problems = new ArrayList<>();
        Checked checked = kind == Kind.IMAGE ? image(upload, "image", "imageAlt", problems)
                : document(upload, "document", "documentTitle", problems);
        full(kind, count).ifPresent(problems::add);
        InvalidInputException.throwIfAny(problems);
        return checked;
    }

    /** The files of many items (a list, a map), by item id, read at once by {@code find}, in the order it gives. */
    public static <F> Map<Long, List<F>> byItem(List<Long> itemIds, Function<List<Long>, List<F>> find,
            Function<F, Long> itemOf) {
        Map<Long, List<F>> byItem = new LinkedHashMap<>();
        if (!itemIds.isEmpty()) {
            find.apply(itemIds).forEach(f -> byItem.computeIfAbsent(itemOf.apply(f), k -> new ArrayList<>()).add(f));
        }
        return byItem;
    }

    /** A stored file and its bytes. */
    public record Served<F extends AttachedFile>(F file, byte[] content) {
    }

    /**
     * One module's table of files, served, added and removed the same way for every module: a change locks the item
     * (its version moves, so two changes never cross) and is recorded in the module's own ledger ({@code append} is
     * given the module's {@code entry} with the file's record under {@code file}, and on removal who removed it under
     * {@code by}: {@code author} or {@code moderation}); a removed file's bytes are deleted once no record names them.
     */
    public record ItemFiles<F extends AttachedFile>(JpaRepository<F, Long> files, Storage storage,
            ContentRemoval removal, EntityManager entities) {

        /** The file as served: only one its item still names ({@code ofItem}), with its stored bytes. */
        public Optional<Served<F>> served(Long fileId, Predicate<F> ofItem) {
            return files.findById(fileId).filter(ofItem)
                    .flatMap(f -> storage.read(f.getSha256()).map(bytes -> new Served<>(f, bytes)));
        }

        /** Stores the checked file's bytes and saves the file {@code make} builds on their SHA-256, then records it. */
        public F add(Object item, Checked checked, Function<String, F> make, Map<String, Object> entry,
                Consumer<Map<String, Object>> append) {
            entities.lock(item, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            F file = files.save(make.apply(storage.store(checked.bytes())));
            entry.put("file", file.record());
            append.accept(entry);
            return file;
        }

        /** Removes the item's file ({@code ofItem}; another's or none: not found, {@code missing}) and records it. */
        public void remove(Object item, Long fileId, Predicate<F> ofItem, String missing, boolean byAuthor,
                Map<String, Object> entry, Consumer<Map<String, Object>> append) {
            F file = files.findById(fileId).filter(ofItem).orElseThrow(() -> new NotFoundException(missing));
            entities.lock(item, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            files.delete(file);
            files.flush();
            entry.put("file", file.record());
            entry.put("by", byAuthor ? "author" : "moderation");
            append.accept(entry);
            removal.removeAfterCommit(List.of(file.getSha256()));
        }
    }
}
