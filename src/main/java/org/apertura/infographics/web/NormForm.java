package org.apertura.infographics.web;

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
            return blank(who) && blank(what) && blank(days) && dayType == null && blank(article) && blank(branches);
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
        CitizenVersion v = norm.citizenVersion();
        form.purpose = lines(v.purpose());
        form.appliesTo = lines(v.appliesTo());
        form.whatYouGet = lines(v.whatYouGet());
        form.requirements = lines(v.requirements());
        form.costs = lines(v.costs());
        form.whereToGo = lines(v.whereToGo());
        form.rights = lines(v.rights());
        form.complaints = lines(v.complaints());
        form.contacts = lines(v.contacts());
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
            form.steps.add(s);
        }
        form.addEmptySteps(1);
        return form;
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
            list.add(new CitizenVersion.Step(strip(s.who), strip(s.what), days(s.days), s.dayType, strip(s.article),
                    s.decides, branches(s.branches)));
        }
        CitizenVersion version = new CitizenVersion(points(purpose), points(appliesTo), points(whatYouGet),
                points(requirements), list, points(costs), points(whereToGo), points(rights), points(complaints),
                points(contacts));
        return new NormDraft(strip(slug), strip(institution), type, strip(title), strip(gazette), publishedOn,
                strip(officialUrl), version, strip(changeNote));
    }

    /** Days as written: blank is "no term of its own"; anything not a whole number becomes -1 (refused as such). */
    private static Integer days(String text) {
        if (blank(text)) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
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

    private static boolean blank(String s) {
        return s == null || s.isBlank();
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
}
