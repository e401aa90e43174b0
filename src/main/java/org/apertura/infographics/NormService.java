package org.apertura.infographics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apertura.platform.kits.Adaptation;
import org.apertura.jurisdiction.Institution;
import org.apertura.jurisdiction.JurisdictionService;
import org.apertura.ledger.LedgerService;
import org.apertura.platform.FieldProblem;
import org.apertura.platform.Hashing;
import org.apertura.platform.InvalidInputException;
import org.apertura.platform.NotFoundException;
import org.apertura.platform.Slugs;
import org.apertura.platform.security.Allowed;
import org.apertura.platform.storage.FileTypes;
import org.apertura.platform.storage.Storage;
import org.apertura.platform.time.Today;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Norms and their citizen versions: publishing a norm (its first version), publishing a new version (the earlier
 * ones stay readable), the official text as a stored file, and the reads. Only the institution's editors write
 * (NormPolicy); every publication checks everything first, saves nothing when anything is wrong, and goes to the
 * ledger in the same transaction.
 */
@Service
public class NormService {

    static final String MODULE = "infographics";
    static final String PUBLISHED = "norm.published";
    static final String IMPORTED = "norm.imported";
    static final String SUBJECT = "norm";
    static final JsonMapper JSON = JsonMapper.builder().build();

    private final NormRepository norms;
    private final NormVersionRepository versions;
    private final NormPolicy policy;
    private final JurisdictionService directory;
    private final LedgerService ledger;
    private final Storage storage;
    private final Today today;

    NormService(NormRepository norms, NormVersionRepository versions, NormPolicy policy, JurisdictionService directory,
            LedgerService ledger, Storage storage, Today today) {
        this.norms = norms;
        this.versions = versions;
        this.policy = policy;
        this.directory = directory;
        this.ledger = ledger;
        this.storage = storage;
        this.today = today;
    }

    /** An official text uploaded with a version: its name and bytes (a PDF). */
    public record OfficialFile(String name, byte[] bytes) {

        boolean present() {
            return bytes != null && bytes.length > 0;
        }
    }

    /** Publishes a new norm of an institution with its first citizen version. */
    @Transactional
    public Norm create(NormDraft draft, OfficialFile file) {
        return create(draft, file, null);
    }

    /**
     * Publishes a new norm of an institution whose citizen version its editor adapted from another government's kit
     * ({@link NormKit}, docs/KITS.md): as any new norm, keeping the kit's attribution, shown on its page; the ledger
     * records {@code norm.imported} with {@code adaptedFrom} instead of {@code norm.published}.
     */
    @Transactional
    public Norm importNorm(NormDraft draft, OfficialFile file, Adaptation origin) {
        return create(draft, file, java.util.Objects.requireNonNull(origin));
    }

    private Norm create(NormDraft draft, OfficialFile file, Adaptation origin) {
        String institution = draft.institution() == null ? "" : draft.institution().strip();
        if (directory.allInstitutions().stream().noneMatch(i -> i.getSlug().equals(institution))) {
            throw new InvalidInputException("institution", "norm.error.institution");
        }
        policy.allowedNow(institution).require(NormAction.CREATE);
        List<FieldProblem> problems = new ArrayList<>();
        String slug = draft.slug() == null ? "" : draft.slug().strip();
        if (!Slugs.isValid(slug) || slug.length() > 80) {
            problems.add(new FieldProblem("slug", "norm.error.slug"));
        } else if (norms.existsBySlug(slug) || LawNorms.SLUGS.contains(slug)) {
            problems.add(new FieldProblem("slug", "norm.error.slugTaken"));
        }
        problems.addAll(problems(draft, file));
        InvalidInputException.throwIfAny(problems);
        Norm norm = new Norm(slug, institution, today.now());
        if (origin != null) {
            norm.adaptedFrom(origin);
        }
        return publish(norm, draft, file, 1);
    }

    /** Publishes a new version of a norm; the earlier versions stay readable. */
    @Transactional
    public Norm revise(String slug, NormDraft draft, OfficialFile file) {
        Norm norm = norms.findBySlug(slug).orElseThrow(() -> new NotFoundException("norm"));
        policy.allowedNow(norm.getInstitutionSlug()).require(NormAction.EDIT);
        List<FieldProblem> problems = problems(draft, file);
        problems.addAll(draft.revisionProblems());
        InvalidInputException.throwIfAny(problems);
        return publish(norm, draft, file, norm.getCurrentVersion() + 1);
    }

    private Norm publish(Norm norm, NormDraft draft, OfficialFile file, int number) {
        String content = JSON.writeValueAsString(draft.citizenVersion());
        String sha = Hashing.sha256Hex(content);
        if (file != null && file.present()) {
            norm.attachOfficialText(storage.store(file.bytes()), fileName(file.name()));
        }
        norm.publish(draft, number, today.now());
        norm = norms.save(norm);
        String note = draft.changeNote() == null || draft.changeNote().isBlank() ? null : draft.changeNote().strip();
        versions.save(new NormVersion(norm, draft, content, sha, note, today.now()));
        norms.flush();
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("slug", norm.getSlug());
        record.put("institution", norm.getInstitutionSlug());
        record.put("type", norm.getType().name());
        record.put("title", norm.getTitle());
        record.put("gazette", norm.getGazette());
        record.put("publishedOn", norm.getPublishedOn().toString());
        record.put("version", number);
        record.put("citizenVersionSha256", sha);
        record.put("officialTextSha256", norm.getOfficialFileSha256());
        record.put("officialUrl", norm.getOfficialUrl());
        record.put("changeNote", note);
        boolean imported = number == 1 && norm.getAdaptation() != null;
        if (imported) {
            record.put("adaptedFrom", norm.getAdaptation().publicRecord());
        }
        ledger.append(MODULE, imported ? IMPORTED : PUBLISHED, SUBJECT, norm.getId(), record);
        return norm;
    }

    private static String fileName(String name) {
        String clean = name == null || name.isBlank() ? "texto-oficial.pdf" : name.strip().replaceAll("[\\\\/]", "_");
        return clean.length() > 200 ? clean.substring(0, 200) : clean;
    }

    /** The draft's own problems, then the uploaded file's (a PDF, told by its bytes). */
    private List<FieldProblem> problems(NormDraft draft, OfficialFile file) {
        List<FieldProblem> problems = new ArrayList<>(draft.problems(today.date()));
        if (file != null && file.present() && !FileTypes.detect(file.bytes(), file.name())
                .filter("application/pdf"::equals).isPresent()) {
            problems.add(new FieldProblem("officialFile", "norm.error.officialFile"));
        }
        return problems;
    }

    // ---- reads

    @Transactional(readOnly = true)
    public List<NormView> all() {
        return norms.findAllByOrderByTitle().stream().map(n -> view(n, current(n))).toList();
    }

    @Transactional(readOnly = true)
    public Optional<NormView> find(String slug) {
        return norms.findBySlug(slug).map(n -> view(n, current(n)));
    }

    /** One version of a norm, the current one included. */
    @Transactional(readOnly = true)
    public NormView version(String slug, int number) {
        Norm norm = norms.findBySlug(slug).orElseThrow(() -> new NotFoundException("norm"));
        return view(norm, versions.findByNormIdAndNumber(norm.getId(), number)
                .orElseThrow(() -> new NotFoundException("norm version")));
    }

    /** Every version of a norm, newest first. */
    @Transactional(readOnly = true)
    public List<NormVersion> versions(String slug) {
        Norm norm = norms.findBySlug(slug).orElseThrow(() -> new NotFoundException("norm"));
        return versions.findByNormIdOrderByNumberDesc(norm.getId());
    }

    /** The official text file of a norm's current version, if one was uploaded. */
    @Transactional(readOnly = true)
    public Optional<OfficialFile> officialFile(String slug) {
        Norm norm = norms.findBySlug(slug).orElseThrow(() -> new NotFoundException("norm"));
        return officialFile(slug, norm.getCurrentVersion());
    }

    /** The official text file one version of a norm was written from, if one was uploaded or kept. */
    @Transactional(readOnly = true)
    public Optional<OfficialFile> officialFile(String slug, int number) {
        Norm norm = norms.findBySlug(slug).orElseThrow(() -> new NotFoundException("norm"));
        NormVersion version = versions.findByNormIdAndNumber(norm.getId(), number)
                .orElseThrow(() -> new NotFoundException("norm version"));
        if (version.getOfficialFileSha256() == null) {
            return Optional.empty();
        }
        return storage.read(version.getOfficialFileSha256()).map(b -> new OfficialFile(version.getOfficialFileName(), b));
    }

    /** The kit a published norm's citizen version was adapted from, or null. */
    @Transactional(readOnly = true)
    public Adaptation adaptation(String slug) {
        return norms.findBySlug(slug).map(Norm::getAdaptation).orElse(null);
    }

    /** What the person of the current request may do with an institution's norms. */
    public Allowed<NormAction> allowedOn(String institutionSlug) {
        return policy.allowedNow(institutionSlug);
    }

    /** The institutions whose norms the person of the current request writes, by name. */
    public List<Institution> desks() {
        var slugs = policy.desksNow();
        return directory.allInstitutions().stream().filter(i -> slugs.contains(i.getSlug())).toList();
    }

    /**
     * The institutions whose norms the person of the current request writes, for the editor's pages: refused (403, or
     * sign-in for anonymous people) when there are none.
     */
    public List<Institution> desksRequired() {
        List<Institution> desks = desks();
        if (desks.isEmpty()) {
            throw new org.springframework.security.access.AccessDeniedException("no institution's norms");
        }
        return desks;
    }

    public LocalDate today() {
        return today.date();
    }

    private NormVersion current(Norm norm) {
        return versions.findByNormIdAndNumber(norm.getId(), norm.getCurrentVersion()).orElseThrow();
    }

    private NormView view(Norm norm, NormVersion version) {
        String institutionName = directory.allInstitutions().stream()
                .filter(i -> i.getSlug().equals(norm.getInstitutionSlug())).map(Institution::getName).findFirst()
                .orElse(norm.getInstitutionSlug());
        CitizenVersion content = JSON.readValue(version.getContent(), CitizenVersion.class);
        return new NormView(norm.getSlug(), version.getTitle(), version.getType(), norm.getInstitutionSlug(),
                institutionName, version.getGazette(), version.getPublishedOn(), version.getOfficialUrl(),
                version.getOfficialFileName(), version.getNumber(), norm.getCurrentVersion(), version.getPublishedAt(),
                version.getContentSha256(), content, null);
    }
}
