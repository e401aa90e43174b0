package org.apertura.archives;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A training session on archives an institution held: its day, topic and its attendance. The staff who attended are
 * listed by name and post (public servants acting in their office: public); anyone else (citizens, people from other
 * bodies) is only counted, never named. The total is both.
 */
@Entity
@Table(name = "archives_training")
public class Training {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String institutionSlug;
    private LocalDate heldOn;
    private String topic;
    private int attendees;
    private int publicAttendees;
    @jakarta.persistence.ElementCollection(fetch = jakarta.persistence.FetchType.EAGER)
    @jakarta.persistence.CollectionTable(name = "archives_training_staff",
            joinColumns = @jakarta.persistence.JoinColumn(name = "training_id"))
    @jakarta.persistence.OrderColumn(name = "position")
    @jakarta.persistence.Column(name = "attendee")
    private java.util.List<String> staff = new java.util.ArrayList<>();
    private Instant createdAt;

    protected Training() {
    }

    Training(String institutionSlug, LocalDate heldOn, String topic, java.util.List<String> staff, int publicAttendees,
            Instant now) {
        this.institutionSlug = institutionSlug;
        this.heldOn = heldOn;
        this.topic = topic;
        this.staff = new java.util.ArrayList<>(staff);
        this.publicAttendees = publicAttendees;
        this.attendees = staff.size() + publicAttendees;
        this.createdAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getInstitutionSlug() {
        return institutionSlug;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public String getTopic() {
        return topic;
    }

    public int getAttendees() {
        return attendees;
    }

    /** The staff who attended, each as written ("name, post"), in the order listed. */
    public java.util.List<String> getStaff() {
        return java.util.List.copyOf(staff);
    }

    /** How many others attended: counted, never named. */
    public int getPublicAttendees() {
        return publicAttendees;
    }
}
