package org.apertura.archives;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A member of an institution's Grupo Interdisciplinario: a public servant, by name and post, heading one of the areas
 * the law lists ({@link GroupArea}), from a day until the day they leave it. Public: they are public servants.
 */
@Entity
@Table(name = "archives_group_member")
public class GroupMember {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String institutionSlug;
    private String name;
    private String post;
    @Enumerated(EnumType.STRING)
    private GroupArea area;
    private LocalDate sinceOn;
    private LocalDate leftOn;
    @Version
    private long version;

    protected GroupMember() {
    }

    GroupMember(String institutionSlug, String name, String post, GroupArea area, LocalDate sinceOn) {
        this.institutionSlug = institutionSlug;
        this.name = name;
        this.post = post;
        this.area = area;
        this.sinceOn = sinceOn;
    }

    /** The member leaves the Grupo on a day (not before joining it); one who left cannot leave again. */
    void leave(LocalDate on) {
        if (leftOn != null || on.isBefore(sinceOn)) {
            throw new IllegalStateException("a member leaves once, after joining");
        }
        this.leftOn = on;
    }

    /** Whether the member sits on the Grupo on a day. */
    public boolean sitsOn(LocalDate day) {
        return !day.isBefore(sinceOn) && (leftOn == null || day.isBefore(leftOn));
    }

    public boolean isCurrent() {
        return leftOn == null;
    }

    /** How a session's minutes name the member: name and post. */
    public String getSignature() {
        return name + ", " + post;
    }

    Map<String, Object> publicRecord() {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("institution", institutionSlug);
        record.put("name", name);
        record.put("post", post);
        record.put("area", area.name());
        record.put("since", sinceOn.toString());
        record.put("left", leftOn == null ? null : leftOn.toString());
        return record;
    }

    public Long getId() {
        return id;
    }

    public String getInstitutionSlug() {
        return institutionSlug;
    }

    public String getName() {
        return name;
    }

    public String getPost() {
        return post;
    }

    public GroupArea getArea() {
        return area;
    }

    public LocalDate getSinceOn() {
        return sinceOn;
    }

    public LocalDate getLeftOn() {
        return leftOn;
    }
}
