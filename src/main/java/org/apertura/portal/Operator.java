package org.apertura.portal;

import org.apertura.platform.PlatformProperties;
import org.apertura.platform.Texts;
import org.springframework.stereotype.Component;

/**
 * Who runs this instance of Apertura, as the privacy notices and the help page name them: the party
 * responsible for the personal data ({@code apertura.privacy.controller-name}), its contact for privacy
 * and ARCO rights ({@code apertura.privacy.contact-email}), its address ({@code apertura.privacy.address}) and
 * the general contact ({@code apertura.contact.email}, by default the privacy contact). Each is blank until
 * the operator sets it, and the pages then say so instead of inventing one.
 */
@Component
public class Operator {

    private final String controllerName;
    private final String contactEmail;
    private final String address;
    private final String generalEmail;

    Operator(PlatformProperties settings) {
        String controllerName = settings.privacy().controllerName();
        String contactEmail = settings.privacy().contactEmail();
        String address = settings.privacy().address();
        String generalEmail = settings.contact().email();
        this.controllerName = Texts.blankToNull(controllerName);
        this.contactEmail = Texts.blankToNull(contactEmail);
        this.address = Texts.blankToNull(address);
        this.generalEmail = Texts.blankToNull(generalEmail) != null ? generalEmail.strip() : this.contactEmail;
    }

    /** The party responsible for the personal data, or null while the operator has not set it. */
    public String getControllerName() {
        return controllerName;
    }

    /** Where to write about personal data and ARCO rights, or null. */
    public String getContactEmail() {
        return contactEmail;
    }

    /** The responsible party's address (and its transparency unit's), or null. */
    public String getAddress() {
        return address;
    }

    /** The general contact of the instance, or null. */
    public String getGeneralEmail() {
        return generalEmail;
    }

}
