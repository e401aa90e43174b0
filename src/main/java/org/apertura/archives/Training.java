package org.apertura.archives;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A training session on archives an institution held: its day, topic and how many people attended. */
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
    private Instant createdAt;

    protected Training() {
    }

    Training(String institutionSlug, LocalDate heldOn, String topic, int attendees, Instant now) {
        this.institutionSlug = institutionSlug;
        this.heldOn = heldOn;
        this.topic = topic;
        this.attendees = attendees;
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
}
