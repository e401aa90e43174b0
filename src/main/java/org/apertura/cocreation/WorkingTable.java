package org.apertura.cocreation;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apertura.platform.FieldProblem;
import org.apertura.platform.InvalidInputException;
import org.apertura.platform.Texts;

/**
 * A working table (mesa de trabajo) of a call: when and where (or the link), who took part counted by
 * sector, the proposals it took up, its notes, and its outcome: the commitments it drafted or fed.
 */
@Entity
@Table(name = "working_table")
public class WorkingTable {

    /** The sectors participants are counted in (no names are kept). */
    public enum Sector { GOVERNMENT, CIVIL_SOCIETY, GUARANTOR, ACADEMIA, PRIVATE, CITIZENS }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long callId;
    private int number;
    private String title;
    private Instant heldAt;
    private String place;
    private String link;
    private String notes;
    private String outcome;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "working_table_participants", joinColumns = @JoinColumn(name = "table_id"))
    @MapKeyColumn(name = "sector")
    @MapKeyEnumerated(EnumType.STRING)
    @Column(name = "people")
    private Map<Sector, Integer> participants = new EnumMap<>(Sector.class);
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "working_table_proposal", joinColumns = @JoinColumn(name = "table_id"))
    @Column(name = "proposal_id")
    private Set<Long> proposalIds = new LinkedHashSet<>();
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "working_table_commitment", joinColumns = @JoinColumn(name = "table_id"))
    @Column(name = "commitment_id")
    private Set<Long> commitmentIds = new LinkedHashSet<>();
    private Instant createdAt;
    @Version
    private long version;

    protected WorkingTable() {
    }

    /** What a coordinator records about a table. */
    public record Record(String title, Instant heldAt, String place, String link, Map<Sector, Integer> participants,
            Set<Long> proposalIds, String notes, String outcome, Set<Long> commitmentIds) {

        public List<FieldProblem> check() {
            List<FieldProblem> problems = new ArrayList<>();
            FieldProblem.requiredText(title, 200, "title", problems);
            if (heldAt == null) {
                problems.add(new FieldProblem("heldAt", "validation.dateTime"));
            }
            if (Texts.isBlank(place) && Texts.isBlank(link)) {
                problems.add(new FieldProblem("place", "cocreation.validation.tableWhere"));
            }
            if (!Texts.isBlank(link) && !Texts.isWebAddress(link, 500)) {
                problems.add(new FieldProblem("link", "validation.url"));
            }
            if (participants != null && participants.values().stream().anyMatch(n -> n != null && (n < 0 || n > 100000))) {
                problems.add(new FieldProblem("participants", "cocreation.validation.participants"));
            }
            if (notes != null && notes.length() > 8000) {
                problems.add(new FieldProblem("notes", "validation.max", 8000));
            }
            if (outcome != null && outcome.length() > 8000) {
                problems.add(new FieldProblem("outcome", "validation.max", 8000));
            }
            return problems;
        }
    }

    WorkingTable(Long callId, int number, Record record, Instant now) {
        this.callId = callId;
        this.number = number;
        this.createdAt = now;
        apply(record);
    }

    void apply(Record record) {
        List<FieldProblem> problems = record.check();
        InvalidInputException.throwIfAny(problems);
        this.title = record.title().strip();
        this.heldAt = record.heldAt();
        this.place = Texts.blankToNull(record.place());
        this.link = Texts.blankToNull(record.link());
        this.participants = new EnumMap<>(Sector.class);
        if (record.participants() != null) {
            record.participants().forEach((sector, people) -> {
                if (people != null && people > 0) {
                    participants.put(sector, people);
                }
            });
        }
        this.proposalIds = new LinkedHashSet<>(record.proposalIds() == null ? Set.of() : record.proposalIds());
        this.notes = Texts.blankToNull(record.notes());
        this.outcome = Texts.blankToNull(record.outcome());
        this.commitmentIds = new LinkedHashSet<>(record.commitmentIds() == null ? Set.of() : record.commitmentIds());
    }

    public int participantCount() {
        return participants.values().stream().mapToInt(Integer::intValue).sum();
    }

    public Long getId() {
        return id;
    }

    public Long getCallId() {
        return callId;
    }

    public int getNumber() {
        return number;
    }

    public String getTitle() {
        return title;
    }

    public Instant getHeldAt() {
        return heldAt;
    }

    public String getPlace() {
        return place;
    }

    public String getLink() {
        return link;
    }

    public String getNotes() {
        return notes;
    }

    public String getOutcome() {
        return outcome;
    }

    public Map<Sector, Integer> getParticipants() {
        return participants;
    }

    public Set<Long> getProposalIds() {
        return proposalIds;
    }

    public Set<Long> getCommitmentIds() {
        return commitmentIds;
    }
}
