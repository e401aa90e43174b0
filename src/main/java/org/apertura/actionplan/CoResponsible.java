package org.apertura.actionplan;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** An actor who shares responsibility for a commitment, by sector. */
@Embeddable
public record CoResponsible(@Enumerated(EnumType.STRING) @Column(name = "sector") ActorSector sector,
        @Column(name = "name") String name) {
}
