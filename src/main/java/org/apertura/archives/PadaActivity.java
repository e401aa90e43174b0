package org.apertura.archives;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

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

    void done(LocalDate on) {
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
