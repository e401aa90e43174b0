package org.apertura.accessinfo;

import java.time.LocalDate;

/**
 * Published by the appeal module when an appeal whose grievance is the lack of an answer (LGTAIP 2025 art. 145 fr. VI)
 * is resolved in the appellant's favour and the resolution is firm: the institution then gives access within ten
 * business days without charging the reproduction, unless certified copies were asked (art. 149). This module
 * listens ({@link FreeDelivery}) and records it on the request in the publisher's transaction; the appeal module
 * depends on this one, never the reverse (docs/adr/0015).
 *
 * @param requestFolio the folio of the request the appeal was against
 * @param appealFolio the appeal's folio, cited on the request's public step
 * @param firmOn the day the resolution became firm
 */
public record NoAnswerAppealWon(String requestFolio, String appealFolio, LocalDate firmOn) {
}
