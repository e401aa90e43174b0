package org.apertura.archives;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.apertura.platform.InvalidInputException;

/** One activity of a PADA, with the day it is due and the day it was done. */
@Entity
@Table(name = "archives_pada_activity")
public class PadaActivity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long padaId;
    private int position;
    private String title;
    private LocalDate dueOn;
    private LocalDate doneOn;

    protected PadaActivity() {
    }

    PadaActivity(Long padaId, int position, String title, LocalDate dueOn) {
        this.padaId = padaId;
        this.position = position;
        this.title = title;
        this.dueOn = dueOn;
    }

    /** Whether it may be recorded as done: its programme is published (its activities are then fixed) and it is not yet. */
    public boolean mayBeMarkedDone(Pada pada) {
        return pada.isPublished() && !isDone();
    }

    /**
     * Records the day it was done: once, of a published programme, on a day of the programme's year or later and not
     * after today (LGA art. 23–24: the programme's activities are reported on the next year's report).
     */
    void markDone(Pada pada, LocalDate on, LocalDate today) {
        if (!pada.isPublished()) {
            throw new InvalidInputException("hecha", "archives.pada.error.notPublished");
        }
        if (isDone()) {
            throw new InvalidInputException("hecha", "archives.pada.error.alreadyDone");
        }
        if (on == null || on.isAfter(today) || on.getYear() < pada.getPlanYear()) {
            throw new InvalidInputException("hecha", "archives.pada.error.doneOn");
        }
        this.doneOn = on;
    }

    public boolean isDone() {
        return doneOn != null;
    }

    public Long getId() {
        return id;
    }

    public Long getPadaId() {
        return padaId;
    }

    public int getPosition() {
        return position;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public LocalDate getDoneOn() {
        return doneOn;
    }
}
