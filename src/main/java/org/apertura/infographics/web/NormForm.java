package org.apertura.infographics.web;

import org.apertura.platform.kits.Adaptation;
import org.apertura.platform.kits.ContentLicence;
import org.apertura.infographics.NormKit;
import org.apertura.platform.Texts;
import org.apertura.platform.kits.KitReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apertura.infographics.CitizenVersion;
import org.apertura.infographics.CitizenVersion.Branch;
import org.apertura.infographics.CitizenVersion.Point;
import org.apertura.infographics.DayType;
import org.apertura.infographics.NormDraft;
import org.apertura.infographics.NormType;
import org.apertura.infographics.NormView;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The editor's form, field for field, that works without JavaScript: each section is a text area with one point per
 * line, its article in square brackets at the end ("Presentar una identificación [art. 12]"); each step is a row of
 * fields, its branches one per line as "condition -> step number" (or "-> fin"). "Add a step" sends the form back
 * with one more empty row; empty rows are ignored.
 */
public class NormForm {

    private static final Pattern CITED = Pattern.compile("^(.*?)\\s*\\[([^\\]]+)]\\s*$");
    private static final Pattern BRANCH = Pattern.compile("^(.*?)\\s*(?:->|→)\\s*(\\S+)\\s*$");

    private String slug;
    private String institution;
    private NormType type;
    private String title;
    private String gazette;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate publishedOn;
    private String officialUrl;
    private String purpose = "";
    private String appliesTo = "";
    private String whatYouGet = "";
    private String requirements = "";
    private String costs = "";
    private String whereToGo = "";
    private String rights = "";
    private String complaints = "";
    private String contacts = "";
    private List<StepForm> steps = new ArrayList<>();
    private String changeNote;
    /** The official text is uploaded in the same form; this field only carries its error. */
    private String officialFile;
    /** The attribution of the kit the citizen version was adapted from (hidden fields; none when written here). */
    private String adaptedInstitution;
    private String adaptedExercise;
    private String adaptedCode;
    private String adaptedDate;
    private String adaptedUrl;
    private String adaptedLicence;

    /** One step's fields. */
    public static class StepForm {
        private String who;
        private String what;
        private String days;
        private DayType dayType;
        private String article;
        private boolean decides;
        private String branches = "";

        boolean isEmpty() {
            return Texts.isBlank(who) && Texts.isBlank(what) && Texts.isBlank(days) && dayType == null && Texts.isBlank(article) && Texts.isBlank(branches);
        }

        public String getWho() {
            return who;
        }

        public void setWho(String who) {
            this.who = who;
        }

        public String getWhat() {
            return what;
        }

        public void setWhat(String what) {
            this.what = what;
        }

        public String getDays() {
            return days;
        }

        public void setDays(String days) {
            this.days = days;
        }

        public DayType getDayType() {
            return dayType;
        }

        public void setDayType(DayType dayType) {
            this.dayType = dayType;
        }

        public String getArticle() {
            return article;
        }

        public void setArticle(String article) {
            this.article = article;
        }

        public boolean isDecides() {
            return decides;
        }

        public void setDecides(boolean decides) {
            this.decides = decides;
        }

        public String getBranches() {
            return branches;
        }

        public void setBranches(String branches) {
            this.branches = branches;
        }
    }

    /** A blank form with room for three steps. */
    static NormForm empty(String institution) {
        NormForm form = new NormForm();
        form.institution = institution;
        form.addEmptySteps(3);
        return form;
    }

    /** The form of a published norm, to write its next version. */
    static NormForm of(NormView norm) {
        NormForm form = new NormForm();
        form.slug = norm.slug();
        form.institution = norm.institutionSlug();
        form.type = norm.type();
        form.title = norm.title();
        form.gazette = norm.gazette();
        form.publishedOn = norm.publishedOn();
        form.officialUrl = norm.officialUrl();
        form.fill(norm.citizenVersion());
        return form;
    }

    /**
     * The form of a new norm of this institution from another government's kit: its type, title and citizen version to
     * adapt (the address, gazette, date and official text are this government's own, left empty), and the attribution
     * the publication keeps.
     */
    static NormForm adapted(NormKit.Read kit, String institution) {
        NormForm form = new NormForm();
        form.institution = institution;
        form.type = kit.type();
        form.title = kit.title();
        form.fill(kit.citizenVersion());
        Adaptation a = kit.origin();
        form.adaptedInstitution = a.institution();
        form.adaptedExercise = a.exercise();
        form.adaptedCode = a.code();
        form.adaptedDate = a.date() == null ? null : a.date().toString();
        form.adaptedUrl = a.url();
        form.adaptedLicence = a.licence().id();
        return form;
    }

    /**
     * The attribution the form carries from a kit (null when the norm is written here), refused whole when it is not
     * one a kit could carry (the reader checked it; the form's copy is checked again).
     */
    Adaptation adaptation() {
        if (Texts.isBlank(adaptedUrl)) {
            return null;
        }
        ContentLicence licence = ContentLicence.byId(adaptedLicence);
        java.time.LocalDate date;
        try {
            date = java.time.LocalDate.parse(String.valueOf(adaptedDate));
        } catch (java.time.DateTimeException e) {
            date = null;
        }
        if (licence == null || !KitReader.ADAPTABLE_LICENCES.contains(licence.id()) || date == null
                || !Texts.isWebAddress(adaptedUrl, 1000) || Texts.isBlank(adaptedInstitution) || adaptedInstitution.length() > 300
                || Texts.isBlank(adaptedExercise) || adaptedExercise.length() > 300
                || adaptedCode != null && adaptedCode.length() > 40) {
            throw KitReader.refused("kit.error.text", "attribution");
        }
        return new Adaptation(adaptedInstitution, adaptedExercise, Texts.isBlank(adaptedCode) ? null : adaptedCode, date,
                adaptedUrl, licence);
    }

    /** The attribution to show beside the form, or null when there is none or it is not valid. */
    Adaptation shownAdaptation() {
        try {
            return adaptation();
        } catch (org.apertura.platform.InvalidInputException invalid) {
            return null;
        }
    }

    private void fill(CitizenVersion v) {
        this.purpose = lines(v.purpose());
        this.appliesTo = lines(v.appliesTo());
        this.whatYouGet = lines(v.whatYouGet());
        this.requirements = lines(v.requirements());
        this.costs = lines(v.costs());
        this.whereToGo = lines(v.whereToGo());
        this.rights = lines(v.rights());
        this.complaints = lines(v.complaints());
        this.contacts = lines(v.contacts());
        for (CitizenVersion.Step step : v.steps()) {
            StepForm s = new StepForm();
            s.who = step.who();
            s.what = step.what();
            s.days = step.days() == null ? "" : step.days().toString();
            s.dayType = step.dayType();
            s.article = step.article();
            s.decides = step.decides();
            s.branches = String.join("\n", step.branches().stream()
                    .map(b -> b.condition() + " -> " + (b.to() == null ? "fin" : b.to())).toList());
            steps.add(s);
        }
        addEmptySteps(1);
    }

    void addEmptySteps(int count) {
        for (int i = 0; i < count; i++) {
            steps.add(new StepForm());
        }
    }

    /** Drops empty step rows (before validating, so problems point at the rows that stay). */
    void dropEmptySteps() {
        steps.removeIf(StepForm::isEmpty);
    }

    NormDraft draft() {
        List<CitizenVersion.Step> list = new ArrayList<>();
        for (StepForm s : steps) {
            list.add(new CitizenVersion.Step(strip(s.who), strip(s.what), Texts.integer(s.days, -1), s.dayType, strip(s.article),
                    s.decides, branches(s.branches)));
        }
        CitizenVersion version = new CitizenVersion(points(purpose), points(appliesTo), points(whatYouGet),
                points(requirements), list, points(costs), points(whereToGo), points(rights), points(complaints),
                points(contacts));
        return new NormDraft(strip(slug), strip(institution), type, strip(title), strip(gazette), publishedOn,
                strip(officialUrl), version, strip(changeNote));
    }

    static List<Point> points(String text) {
        List<Point> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        for (String line : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList()) {
            Matcher m = CITED.matcher(line);
            out.add(m.matches() ? new Point(m.group(1).strip(), m.group(2).strip()) : new Point(line, null));
        }
        return out;
    }

    /** Branch lines; a target that is neither a number nor "fin"/"end" becomes 0 (refused as a missing step). */
    static List<Branch> branches(String text) {
        List<Branch> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        for (String line : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList()) {
            Matcher m = BRANCH.matcher(line);
            if (!m.matches()) {
                out.add(new Branch(line, 0));
                continue;
            }
            String target = m.group(2).toLowerCase(java.util.Locale.ROOT);
            Integer to;
            if (target.equals("fin") || target.equals("end")) {
                to = null;
            } else {
                try {
                    to = Integer.valueOf(target.replaceFirst("^paso", "").replaceFirst("^step", ""));
                } catch (NumberFormatException e) {
                    to = 0;
                }
            }
            out.add(new Branch(m.group(1).strip(), to));
        }
        return out;
    }

    private static String lines(List<Point> points) {
        return String.join("\n", points.stream().map(p -> p.text() + (p.article() == null ? "" : " [" + p.article() + "]"))
                .toList());
    }

    private static String strip(String s) {
        return s == null ? null : s.strip();
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getInstitution() {
        return institution;
    }

    public void setInstitution(String institution) {
        this.institution = institution;
    }

    public NormType getType() {
        return type;
    }

    public void setType(NormType type) {
        this.type = type;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getGazette() {
        return gazette;
    }

    public void setGazette(String gazette) {
        this.gazette = gazette;
    }

    public LocalDate getPublishedOn() {
        return publishedOn;
    }

    public void setPublishedOn(LocalDate publishedOn) {
        this.publishedOn = publishedOn;
    }

    public String getOfficialUrl() {
        return officialUrl;
    }

    public void setOfficialUrl(String officialUrl) {
        this.officialUrl = officialUrl;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public String getAppliesTo() {
        return appliesTo;
    }

    public void setAppliesTo(String appliesTo) {
        this.appliesTo = appliesTo;
    }

    public String getWhatYouGet() {
        return whatYouGet;
    }

    public void setWhatYouGet(String whatYouGet) {
        this.whatYouGet = whatYouGet;
    }

    public String getRequirements() {
        return requirements;
    }

    public void setRequirements(String requirements) {
        this.requirements = requirements;
    }

    public String getCosts() {
        return costs;
    }

    public void setCosts(String costs) {
        this.costs = costs;
    }

    public String getWhereToGo() {
        return whereToGo;
    }

    public void setWhereToGo(String whereToGo) {
        this.whereToGo = whereToGo;
    }

    public String getRights() {
        return rights;
    }

    public void setRights(String rights) {
        this.rights = rights;
    }

    public String getComplaints() {
        return complaints;
    }

    public void setComplaints(String complaints) {
        this.complaints = complaints;
    }

    public String getContacts() {
        return contacts;
    }

    public void setContacts(String contacts) {
        this.contacts = contacts;
    }

    public List<StepForm> getSteps() {
        return steps;
    }

    public void setSteps(List<StepForm> steps) {
        this.steps = steps;
    }

    public String getChangeNote() {
        return changeNote;
    }

    public void setChangeNote(String changeNote) {
        this.changeNote = changeNote;
    }

    public String getOfficialFile() {
        return officialFile;
    }

    public void setOfficialFile(String officialFile) {
        this.officialFile = officialFile;
    }

    public String getAdaptedInstitution() {
        return adaptedInstitution;
    }

    public void setAdaptedInstitution(String adaptedInstitution) {
        this.adaptedInstitution = adaptedInstitution;
    }

    public String getAdaptedExercise() {
        return adaptedExercise;
    }

    public void setAdaptedExercise(String adaptedExercise) {
        this.adaptedExercise = adaptedExercise;
    }

    public String getAdaptedCode() {
        return adaptedCode;
    }

    public void setAdaptedCode(String adaptedCode) {
        this.adaptedCode = adaptedCode;
    }

    public String getAdaptedDate() {
        return adaptedDate;
    }

    public void setAdaptedDate(String adaptedDate) {
        this.adaptedDate = adaptedDate;
    }

    public String getAdaptedUrl() {
        return adaptedUrl;
    }

    public void setAdaptedUrl(String adaptedUrl) {
        this.adaptedUrl = adaptedUrl;
    }

    public String getAdaptedLicence() {
        return adaptedLicence;
    }

    public void setAdaptedLicence(String adaptedLicence) {
        this.adaptedLicence = adaptedLicence;
    }
}
