package org.apertura.opendata;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;
import org.apertura.platform.Emails;
import org.apertura.platform.FieldProblem;
import org.apertura.platform.InvalidInputException;
import org.apertura.platform.Slugs;
import org.apertura.platform.SpanishSearch;
import org.apertura.platform.Texts;

/**
 * A dataset of the catalog (a CKAN package, a DCAT-AP dataset): what it is, whose it is, how it may be used and how
 * often it changes; its files and links are {@link Resource}s. Its rules live here: the metadata a publisher writes is
 * checked whole ({@link #check}), a draft is published once, a published dataset is withdrawn with a public reason,
 * and nothing is ever deleted.
 */
@Entity
@Table(name = "opendata_dataset")
public class Dataset {

    public static final int MAX_NAME = 100;
    public static final int MAX_TITLE = 300;
    public static final int MAX_DESCRIPTION = 10_000;
    public static final int MAX_KEYWORD = 100;
    public static final int MAX_KEYWORDS = 30;
    public static final int MAX_REASON = 2000;
    /** Names that are addresses of the catalog's own pages under /datos, never a dataset's. */
    public static final Set<String> RESERVED_NAMES = Set.of("publicar", "instituciones", "buscar", "catalogo", "mapa",
            "nuevo", "api", "recursos", "temas", "formatos", "licencias", "ranking", "calidad", "diccionario");
    private static final Pattern INEGI_KEY = Pattern.compile("\\d{2}|\\d{5}|\\d{9}");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String uid;
    private String name;
    private String institutionSlug;
    private String title;
    private String description;
    private String contactName;
    private String contactEmail;
    private String landingPage;
    @Enumerated(EnumType.STRING)
    private Frequency frequency;
    @Enumerated(EnumType.STRING)
    private Licence licence;
    private LocalDate temporalStart;
    private LocalDate temporalEnd;
    @Enumerated(EnumType.STRING)
    private DatasetKind kind;
    private String sourceKey;
    @Enumerated(EnumType.STRING)
    private DatasetState state;
    private String withdrawalReason;
    private String searchTerms;
    private Instant issued;
    private Instant modified;
    private Instant withdrawnAt;
    private Instant metadataCreated;
    private Instant metadataModified;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "opendata_keyword", joinColumns = @JoinColumn(name = "dataset_id"))
    @Column(name = "keyword")
    @OrderBy
    private Set<String> keywords = new TreeSet<>();
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "opendata_theme", joinColumns = @JoinColumn(name = "dataset_id"))
    @Column(name = "theme")
    @Enumerated(EnumType.STRING)
    private Set<DataTheme> themes = EnumSet.noneOf(DataTheme.class);
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "opendata_spatial", joinColumns = @JoinColumn(name = "dataset_id"))
    @Column(name = "inegi_key")
    @OrderBy
    private Set<String> spatial = new TreeSet<>();
    @Version
    private long version;

    protected Dataset() {
    }

    /** A new draft of an uploaded dataset. */
    Dataset(DatasetDraft draft, Instant now) {
        this(draft, DatasetKind.UPLOADED, null, now);
    }

    Dataset(DatasetDraft draft, DatasetKind kind, String sourceKey, Instant now) {
        List<FieldProblem> problems = new ArrayList<>(checkName(draft.name()));
        if (Texts.isBlank(draft.institutionSlug())) {
            problems.add(new FieldProblem("institution", "validation.required"));
        }
        problems.addAll(check(draft));
        InvalidInputException.throwIfAny(problems);
        this.uid = UUID.randomUUID().toString();
        this.name = draft.name().strip();
        this.institutionSlug = draft.institutionSlug().strip();
        this.kind = kind;
        this.sourceKey = sourceKey;
        this.state = DatasetState.DRAFT;
        this.metadataCreated = now;
        apply(draft, now);
    }

    /** The problems of a name: URL-safe (lower-case letters, digits, single hyphens), 2 to 100 characters. */
    public static List<FieldProblem> checkName(String name) {
        if (name == null || name.isBlank()) {
            return List.of(new FieldProblem("name", "validation.required"));
        }
        String clean = name.strip();
        if (clean.length() < 2 || clean.length() > MAX_NAME || !Slugs.VALID.matcher(clean).matches()) {
            return List.of(new FieldProblem("name", "opendata.error.name", MAX_NAME));
        }
        if (RESERVED_NAMES.contains(clean)) {
            return List.of(new FieldProblem("name", "opendata.error.nameTaken"));
        }
        return List.of();
    }

    /** Every problem of the metadata a publisher wrote (not the name or the institution), field by field. */
    public static List<FieldProblem> check(DatasetDraft draft) {
        List<FieldProblem> problems = new ArrayList<>();
        FieldProblem.requiredText(draft.title(), MAX_TITLE, "title", problems);
        FieldProblem.requiredText(draft.description(), MAX_DESCRIPTION, "description", problems);
        List<String> words = cleanKeywords(draft.keywords());
        if (words.size() > MAX_KEYWORDS || words.stream().anyMatch(w -> w.length() > MAX_KEYWORD)) {
            problems.add(new FieldProblem("keywords", "opendata.error.keywords", MAX_KEYWORDS, MAX_KEYWORD));
        }
        FieldProblem.atMost(draft.contactName(), 200, "contactName", problems);
        String email = Texts.blankToNull(draft.contactEmail());
        if (email != null && !Emails.isValid(email)) {
            problems.add(new FieldProblem("contactEmail", "validation.email"));
        }
        String page = Texts.blankToNull(draft.landingPage());
        if (page != null && !Texts.isWebAddress(page, 500)) {
            problems.add(new FieldProblem("landingPage", "validation.url"));
        }
        if (draft.temporalStart() != null && draft.temporalEnd() != null
                && draft.temporalEnd().isBefore(draft.temporalStart())) {
            problems.add(new FieldProblem("temporalEnd", "opendata.error.temporal"));
        }
        if (draft.spatial() != null && draft.spatial().stream().filter(k -> !Texts.isBlank(k))
                .anyMatch(k -> !INEGI_KEY.matcher(k.strip()).matches())) {
            problems.add(new FieldProblem("spatial", "opendata.error.spatial"));
        }
        return problems;
    }

    /** Keywords as kept: stripped, lower case, without blanks and repeats, in the order given. */
    static List<String> cleanKeywords(List<String> words) {
        if (words == null) {
            return List.of();
        }
        Set<String> clean = new LinkedHashSet<>();
        words.stream().filter(w -> !Texts.isBlank(w)).map(w -> w.strip().toLowerCase(Locale.ROOT)).forEach(clean::add);
        return List.copyOf(clean);
    }

    /** Writes new metadata (already checked with {@link #check}, or checks it now). Withdrawn datasets don't change. */
    void update(DatasetDraft draft, Instant now) {
        if (state == DatasetState.WITHDRAWN) {
            throw new InvalidInputException("state", "opendata.error.withdrawn");
        }
        List<FieldProblem> problems = check(draft);
        InvalidInputException.throwIfAny(problems);
        apply(draft, now);
    }

    private void apply(DatasetDraft draft, Instant now) {
        this.title = draft.title().strip();
        this.description = draft.description().strip();
        this.contactName = Texts.blankToNull(draft.contactName());
        this.contactEmail = Texts.blankToNull(draft.contactEmail());
        this.landingPage = Texts.blankToNull(draft.landingPage());
        this.frequency = draft.frequency() == null ? Frequency.IRREGULAR : draft.frequency();
        this.licence = draft.licence() == null ? Licence.DEFAULT : draft.licence();
        this.temporalStart = draft.temporalStart();
        this.temporalEnd = draft.temporalEnd();
        this.keywords.clear();
        this.keywords.addAll(cleanKeywords(draft.keywords()));
        this.themes.clear();
        if (draft.themes() != null) {
            this.themes.addAll(draft.themes());
        }
        this.spatial.clear();
        if (draft.spatial() != null) {
            draft.spatial().stream().filter(k -> !Texts.isBlank(k)).map(String::strip).forEach(this.spatial::add);
        }
        refreshSearchTerms();
        this.metadataModified = now;
    }

    /** Makes a draft public: issued now (the first time), modified now. */
    void publish(Instant now) {
        if (state != DatasetState.DRAFT) {
            throw new InvalidInputException("state", "opendata.error.notDraft");
        }
        this.state = DatasetState.PUBLISHED;
        if (issued == null) {
            this.issued = now;
        }
        this.modified = now;
        this.metadataModified = now;
    }

    /** Withdraws a published dataset with a public reason; its page and files stay. */
    void withdraw(String reason, Instant now) {
        if (state != DatasetState.PUBLISHED) {
            throw new InvalidInputException("state", "opendata.error.notPublished");
        }
        InvalidInputException.throwIf(FieldProblem.blankOrLongerThan(reason, MAX_REASON, "reason",
                "validation.required.max"));
        this.state = DatasetState.WITHDRAWN;
        this.withdrawalReason = reason.strip();
        this.withdrawnAt = now;
        this.metadataModified = now;
    }

    /** Its data changed (a file version was added, a resource added): modified now. */
    void touch(Instant now) {
        this.metadataModified = now;
        if (state == DatasetState.PUBLISHED) {
            this.modified = now;
        }
    }

    /** The public record written to the ledger: metadata only, never a person. */
    Map<String, Object> publicRecord() {
        Map<String, Object> record = new TreeMap<>();
        record.put("id", uid);
        record.put("name", name);
        record.put("institution", institutionSlug);
        record.put("title", title);
        record.put("licence", licence.id());
        record.put("frequency", frequency.name());
        record.put("state", state.name());
        record.put("kind", kind.name());
        if (withdrawalReason != null) {
            record.put("withdrawalReason", withdrawalReason);
        }
        return record;
    }

    public boolean isPublic() {
        return state != DatasetState.DRAFT;
    }

    public boolean isPlatformList() {
        return kind == DatasetKind.PLATFORM_LIST;
    }

    /** The draft that reproduces this dataset's metadata (edit forms start from it). */
    public DatasetDraft toDraft() {
        return new DatasetDraft(name, institutionSlug, title, description, List.copyOf(keywords), Set.copyOf(themes),
                contactName, contactEmail, landingPage, frequency, licence, temporalStart, temporalEnd,
                List.copyOf(spatial));
    }

    public Long getId() {
        return id;
    }

    /** CKAN's {@code id}: a UUID, stable for ever. */
    public String getUid() {
        return uid;
    }

    /** CKAN's {@code name}: URL-safe, unique. */
    public String getName() {
        return name;
    }

    /** The owning institution's slug (CKAN's {@code owner_org}, DCAT's publisher). */
    public String getInstitutionSlug() {
        return institutionSlug;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    /** Keywords in alphabetical order (CKAN tags, {@code dcat:keyword}). */
    public List<String> getKeywords() {
        return List.copyOf(new TreeSet<>(keywords));
    }

    public Set<DataTheme> getThemes() {
        return themes.isEmpty() ? EnumSet.noneOf(DataTheme.class) : EnumSet.copyOf(themes);
    }

    public Optional<String> getContactName() {
        return Optional.ofNullable(contactName);
    }

    public Optional<String> getContactEmail() {
        return Optional.ofNullable(contactEmail);
    }

    public Optional<String> getLandingPage() {
        return Optional.ofNullable(landingPage);
    }

    public Frequency getFrequency() {
        return frequency;
    }

    public Licence getLicence() {
        return licence;
    }

    public Optional<LocalDate> getTemporalStart() {
        return Optional.ofNullable(temporalStart);
    }

    public Optional<LocalDate> getTemporalEnd() {
        return Optional.ofNullable(temporalEnd);
    }

    /** INEGI keys of the places covered, in order. */
    public List<String> getSpatial() {
        return List.copyOf(new TreeSet<>(spatial));
    }

    public DatasetKind getKind() {
        return kind;
    }

    /** For a platform list: its {@code PublicDataset} key. */
    public Optional<String> getSourceKey() {
        return Optional.ofNullable(sourceKey);
    }

    public DatasetState getState() {
        return state;
    }

    public Optional<String> getWithdrawalReason() {
        return Optional.ofNullable(withdrawalReason);
    }

    /** When it was first published (DCAT {@code dct:issued}); empty for a draft never published. */
    public Optional<Instant> getIssued() {
        return Optional.ofNullable(issued);
    }

    /** When its data last changed publicly (DCAT {@code dct:modified}); empty for a draft never published. */
    public Optional<Instant> getModified() {
        return Optional.ofNullable(modified);
    }

    public Optional<Instant> getWithdrawnAt() {
        return Optional.ofNullable(withdrawnAt);
    }

    /** CKAN's {@code metadata_created}. */
    public Instant getMetadataCreated() {
        return metadataCreated;
    }

    /** CKAN's {@code metadata_modified}: any change to the dataset or its resources. */
    public Instant getMetadataModified() {
        return metadataModified;
    }

    public long getVersion() {
        return version;
    }

    /** The search terms of the title, description, keywords and name, within the column's 12,000 characters. */
    void refreshSearchTerms() {
        searchTerms = SpanishSearch.terms(String.join(" ", title, description, String.join(" ", keywords),
                name.replace('-', ' ')));
        if (searchTerms.length() > 12_000) {
            searchTerms = searchTerms.substring(0, searchTerms.lastIndexOf(' ', 11_999) + 1);
        }
    }
}
