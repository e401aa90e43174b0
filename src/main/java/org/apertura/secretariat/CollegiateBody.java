package org.apertura.secretariat;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apertura.identity.Sector;
import org.apertura.platform.FieldProblem;
import org.apertura.platform.InvalidInputException;
import org.apertura.platform.Slugs;

/** A collegiate body of a jurisdiction: its secretariat or a consultative council. */
@Entity
@Table(name = "collegiate_body")
public class CollegiateBody {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String slug;
    private String name;
    @Enumerated(EnumType.STRING)
    private BodyKind kind;
    private Long jurisdictionId;
    private String description;
    private int noticeBusinessDays;
    @Enumerated(EnumType.STRING)
    private QuorumRule quorumRule;
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private long version;

    protected CollegiateBody() {
    }

    CollegiateBody(String slug, String name, BodyKind kind, Long jurisdictionId, String description,
            Integer noticeBusinessDays, QuorumRule quorumRule, Instant now) {
        List<FieldProblem> problems = new ArrayList<>();
        if (!Slugs.isValid(slug)) {
            problems.add(new FieldProblem("slug", "validation.slug"));
        }
        if (name == null || name.isBlank() || name.length() > 200) {
            problems.add(new FieldProblem("name", "validation.required.max", 200));
        }
        FieldProblem.required(kind, "kind", problems);
        if (jurisdictionId == null) {
            problems.add(new FieldProblem("jurisdictionSlug", "validation.required"));
        }
        if (noticeBusinessDays != null && (noticeBusinessDays < 0 || noticeBusinessDays > 60)) {
            problems.add(new FieldProblem("noticeBusinessDays", "body.error.notice"));
        }
        if (description != null && description.length() > 4000) {
            problems.add(new FieldProblem("description", "validation.max", 4000));
        }
        InvalidInputException.throwIfAny(problems);
        this.slug = slug;
        this.name = name.strip();
        this.kind = kind;
        this.jurisdictionId = jurisdictionId;
        this.description = description;
        this.noticeBusinessDays = noticeBusinessDays == null ? 5 : noticeBusinessDays;
        this.quorumRule = quorumRule == null ? QuorumRule.MAJORITY_WITH_EACH_SECTOR : quorumRule;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** The sectors without any current counting member; a secretariat must have all three. */
    public Set<Sector> missingSectors(Collection<BodyMember> members) {
        Set<Sector> missing = EnumSet.allOf(Sector.class);
        members.stream().filter(m -> m.getRole().counts()).forEach(m -> missing.remove(m.getSector()));
        return kind == BodyKind.LOCAL_TECHNICAL_SECRETARIAT ? missing : EnumSet.noneOf(Sector.class);
    }

    Map<String, Object> publicRecord(String jurisdictionSlug) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("slug", slug);
        record.put("name", name);
        record.put("kind", kind);
        record.put("jurisdiction", jurisdictionSlug);
        record.put("noticeBusinessDays", noticeBusinessDays);
        record.put("quorumRule", quorumRule);
        return record;
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public String getName() {
        return name;
    }

    public BodyKind getKind() {
        return kind;
    }

    public Long getJurisdictionId() {
        return jurisdictionId;
    }

    public String getDescription() {
        return description;
    }

    public int getNoticeBusinessDays() {
        return noticeBusinessDays;
    }

    public QuorumRule getQuorumRule() {
        return quorumRule;
    }
}
