package org.apertura.opendata.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apertura.opendata.DataTheme;
import org.apertura.opendata.Dataset;
import org.apertura.opendata.DatasetDraft;
import org.apertura.opendata.Frequency;
import org.apertura.opendata.Licence;
import org.springframework.format.annotation.DateTimeFormat;

/** The dataset form of the publisher pages (create and edit): keywords and INEGI keys as comma-separated text. */
public class DatasetForm {

    private String name;
    private String institution;
    private String title;
    private String description;
    private String keywords;
    private List<DataTheme> themes = new ArrayList<>();
    private String contactName;
    private String contactEmail;
    private String landingPage;
    private Frequency frequency = Frequency.MONTHLY;
    private String licence = Licence.DEFAULT.name();
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate temporalStart;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate temporalEnd;
    private String spatial;

    static DatasetForm of(Dataset dataset) {
        DatasetForm form = new DatasetForm();
        form.name = dataset.getName();
        form.institution = dataset.getInstitutionSlug();
        form.title = dataset.getTitle();
        form.description = dataset.getDescription();
        form.keywords = String.join(", ", dataset.getKeywords());
        form.themes = new ArrayList<>(dataset.getThemes());
        form.contactName = dataset.getContactName().orElse(null);
        form.contactEmail = dataset.getContactEmail().orElse(null);
        form.landingPage = dataset.getLandingPage().orElse(null);
        form.frequency = dataset.getFrequency();
        form.licence = dataset.getLicence().name();
        form.temporalStart = dataset.getTemporalStart().orElse(null);
        form.temporalEnd = dataset.getTemporalEnd().orElse(null);
        form.spatial = String.join(", ", dataset.getSpatial());
        return form;
    }

    /** The draft the form says; a licence not in the list is refused ({@link Licence#parse}). */
    DatasetDraft draft() {
        return new DatasetDraft(name, institution, title, description, split(keywords),
                themes == null || themes.isEmpty() ? Set.of() : EnumSet.copyOf(themes),
                contactName, contactEmail, landingPage, frequency, Licence.parse(licence), temporalStart, temporalEnd,
                split(spatial));
    }

    private static List<String> split(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("[,;\\n]")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getInstitution() {
        return institution;
    }

    public void setInstitution(String institution) {
        this.institution = institution;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getKeywords() {
        return keywords;
    }

    public void setKeywords(String keywords) {
        this.keywords = keywords;
    }

    public List<DataTheme> getThemes() {
        return themes;
    }

    public void setThemes(List<DataTheme> themes) {
        this.themes = themes;
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public String getLandingPage() {
        return landingPage;
    }

    public void setLandingPage(String landingPage) {
        this.landingPage = landingPage;
    }

    public Frequency getFrequency() {
        return frequency;
    }

    public void setFrequency(Frequency frequency) {
        this.frequency = frequency;
    }

    public String getLicence() {
        return licence;
    }

    public void setLicence(String licence) {
        this.licence = licence;
    }

    public LocalDate getTemporalStart() {
        return temporalStart;
    }

    public void setTemporalStart(LocalDate temporalStart) {
        this.temporalStart = temporalStart;
    }

    public LocalDate getTemporalEnd() {
        return temporalEnd;
    }

    public void setTemporalEnd(LocalDate temporalEnd) {
        this.temporalEnd = temporalEnd;
    }

    public String getSpatial() {
        return spatial;
    }

    public void setSpatial(String spatial) {
        this.spatial = spatial;
    }
}
