package org.apertura.accessinfo.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apertura.accessinfo.Channel;
import org.apertura.accessinfo.AccessRequest;
import org.apertura.accessinfo.Modality;
import org.apertura.accessinfo.NotificationMedium;
import org.apertura.accessinfo.Outcome;

/** The forms of access requests, bound field by field (direct field access). */
final class RequestForms {

    private RequestForms() {
    }

    /** Filing a request: online by anyone, or registered by a unit with the channel and the date received. */
    static class FilingForm {
        List<String> institutions = new ArrayList<>();
        String description;
        Modality modality = Modality.ELECTRONIC;
        String accessibleFormat;
        NotificationMedium medium;
        String contactEmail;
        Channel channel;
        String receivedOn;

        AccessRequest.Filing filing() {
            return new AccessRequest.Filing(description, modality, accessibleFormat, medium, contactEmail);
        }
    }

    /** The unit's answer. */
    static class AnswerForm {
        Outcome outcome;
        String text;
        String competentBody;
        String publicSource;
        Integer pages;
        BigDecimal cost;
        String phrases;
        String redactionBasis;

        AccessRequest.Answer answer() {
            return new AccessRequest.Answer(outcome, text, competentBody, publicSource, pages, cost);
        }
    }
}
