package org.apertura.infographics;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apertura.platform.FieldProblem;
import org.apertura.platform.Texts;

/**
 * The citizen version of a norm, in the order a person asks: what it is for, to whom it applies, what you can ask
 * or get, the requirements, the steps (who does what, in how many business or calendar days, with the branches
 * between them), the costs, where to go, your rights, how to complain, and whom to contact. Every point cites the
 * article it comes from (contacts and places need none).
 *
 * <p>The rules of a citizen version live here: a step says how its days are counted (business or calendar) or it
 * is refused; every branch goes to a step that exists or to the end; and from every step the procedure can reach
 * its end — a cycle with no way out is refused. A step without branches goes on to the next one; the last ends.
 */
public record CitizenVersion(List<Point> purpose, List<Point> appliesTo, List<Point> whatYouGet,
        List<Point> requirements, List<Step> steps, List<Point> costs, List<Point> whereToGo, List<Point> rights,
        List<Point> complaints, List<Point> contacts) {

    /** The most points in a section, steps in a procedure and characters in a point. */
    public static final int MAX_POINTS = 30;
    public static final int MAX_STEPS = 40;
    public static final int MAX_TEXT = 600;
    public static final int MAX_DAYS = 365;

    public CitizenVersion {
        purpose = copy(purpose);
        appliesTo = copy(appliesTo);
        whatYouGet = copy(whatYouGet);
        requirements = copy(requirements);
        steps = steps == null ? List.of() : List.copyOf(steps);
        costs = copy(costs);
        whereToGo = copy(whereToGo);
        rights = copy(rights);
        complaints = copy(complaints);
        contacts = copy(contacts);
    }

    private static List<Point> copy(List<Point> points) {
        return points == null ? List.of() : List.copyOf(points);
    }

    /** One point of a section and the article it comes from (e.g. "art. 134"). */
    public record Point(String text, String article) {
    }

    /**
     * One step: who does it, what they do, within how many days (null: the norm sets no term of its own) counted
     * how — business or calendar days, always said —, its article, whether it is a decision
     * (its branches are the possible outcomes), and where it goes next.
     */
    public record Step(String who, String what, Integer days, DayType dayType, String article, boolean decides,
            List<Branch> branches) {

        public Step {
            branches = branches == null ? List.of() : List.copyOf(branches);
        }

        /** The steps (1-based numbers; 0 is the end) this one may go on to, from a procedure of {@code count} steps. */
        List<Integer> next(int number, int count) {
            if (branches.isEmpty()) {
                return List.of(number < count ? number + 1 : 0);
            }
            return branches.stream().map(b -> b.to() == null ? 0 : b.to()).toList();
        }
    }

    /** A way out of a step: on which condition, to which step (1-based), or to the end when {@code to} is null. */
    public record Branch(String condition, Integer to) {
    }

    /** The sections of points, by their field name, in reading order. */
    public List<Section> sections() {
        return List.of(new Section("purpose", purpose, true), new Section("appliesTo", appliesTo, true),
                new Section("whatYouGet", whatYouGet, true), new Section("requirements", requirements, true),
                new Section("costs", costs, true), new Section("whereToGo", whereToGo, false),
                new Section("rights", rights, true), new Section("complaints", complaints, true),
                new Section("contacts", contacts, false));
    }

    /** A section: its field name, its points, and whether each point must cite its article. */
    public record Section(String field, List<Point> points, boolean cites) {
    }

    /** Everything wrong with this citizen version, field by field (names as in the form and the API). */
    public List<FieldProblem> problems() {
        List<FieldProblem> problems = new ArrayList<>();
        if (purpose.isEmpty()) {
            problems.add(new FieldProblem("purpose", "norm.error.purpose"));
        }
        for (Section section : sections()) {
            if (section.points().size() > MAX_POINTS) {
                problems.add(new FieldProblem(section.field(), "norm.error.points", MAX_POINTS));
                continue;
            }
            for (int i = 0; i < section.points().size(); i++) {
                Point point = section.points().get(i);
                if (Texts.isBlank(point.text())) {
                    problems.add(new FieldProblem(section.field(), "norm.error.point.empty", i + 1));
                } else if (point.text().length() > MAX_TEXT || (point.article() != null && point.article().length() > 120)) {
                    problems.add(new FieldProblem(section.field(), "norm.error.point.long", i + 1, MAX_TEXT));
                } else if (section.cites() && Texts.isBlank(point.article())) {
                    problems.add(new FieldProblem(section.field(), "norm.error.point.article", i + 1));
                }
            }
        }
        if (steps.isEmpty()) {
            problems.add(new FieldProblem("steps", "norm.error.steps"));
        } else if (steps.size() > MAX_STEPS) {
            problems.add(new FieldProblem("steps", "norm.error.stepsMany", MAX_STEPS));
        } else {
            problems.addAll(stepProblems());
        }
        return problems;
    }

    private List<FieldProblem> stepProblems() {
        List<FieldProblem> problems = new ArrayList<>();
        boolean targetsOk = true;
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            int n = i + 1;
            String at = "steps[" + i + "].";
            if (Texts.isBlank(step.who())) {
                problems.add(new FieldProblem(at + "who", "norm.error.step.who", n));
            }
            if (Texts.isBlank(step.what())) {
                problems.add(new FieldProblem(at + "what", "norm.error.step.what", n));
            }
            if (tooLong(step.who()) || tooLong(step.what()) || tooLong(step.article())) {
                problems.add(new FieldProblem(at + "what", "norm.error.step.long", n, MAX_TEXT));
            }
            if (step.days() != null && (step.days() < 0 || step.days() > MAX_DAYS)) {
                problems.add(new FieldProblem(at + "days", "norm.error.step.days", n, MAX_DAYS));
            }
            if (step.dayType() == null) {
                problems.add(new FieldProblem(at + "dayType", "norm.error.step.dayType", n));
            }
            if (Texts.isBlank(step.article())) {
                problems.add(new FieldProblem(at + "article", "norm.error.step.article", n));
            }
            for (Branch branch : step.branches()) {
                if (Texts.isBlank(branch.condition()) || tooLong(branch.condition())) {
                    problems.add(new FieldProblem(at + "branches", "norm.error.branch.condition", n));
                }
                if (branch.to() != null && (branch.to() < 1 || branch.to() > steps.size())) {
                    problems.add(new FieldProblem(at + "branches", "norm.error.branch.target", n, steps.size()));
                    targetsOk = false;
                }
            }
            if (step.decides() && step.branches().size() < 2) {
                problems.add(new FieldProblem(at + "branches", "norm.error.branch.decision", n));
            }
        }
        if (targetsOk) {
            Set<Integer> trapped = neverEnding();
            if (!trapped.isEmpty()) {
                problems.add(new FieldProblem("steps", "norm.error.cycle",
                        String.join(", ", trapped.stream().map(String::valueOf).toList())));
            }
        }
        return problems;
    }

    /** The steps (1-based) from which the end cannot be reached: a cycle that never ends, or a way into one. */
    Set<Integer> neverEnding() {
        int count = steps.size();
        boolean[] ends = new boolean[count + 1];
        ends[0] = true;
        // Walk backwards from the end: a step reaches it when any of its next steps does.
        List<List<Integer>> comesFrom = new ArrayList<>();
        for (int i = 0; i <= count; i++) {
            comesFrom.add(new ArrayList<>());
        }
        for (int i = 0; i < count; i++) {
            for (int next : steps.get(i).next(i + 1, count)) {
                comesFrom.get(next).add(i + 1);
            }
        }
        Deque<Integer> queue = new ArrayDeque<>(List.of(0));
        while (!queue.isEmpty()) {
            for (int previous : comesFrom.get(queue.poll())) {
                if (!ends[previous]) {
                    ends[previous] = true;
                    queue.add(previous);
                }
            }
        }
        Set<Integer> trapped = new TreeSet<>();
        for (int n = 1; n <= count; n++) {
            if (!ends[n]) {
                trapped.add(n);
            }
        }
        return trapped;
    }

    /** What a person reads, point by point and step by step, as sentences: the text the plain-language score measures. */
    public String plainText() {
        StringBuilder text = new StringBuilder();
        for (Section section : sections()) {
            for (Point point : section.points()) {
                text.append(sentence(point.text())).append('\n');
            }
        }
        for (Step step : steps) {
            text.append(sentence(step.who() + ": " + step.what())).append('\n');
            for (Branch branch : step.branches()) {
                text.append(sentence(branch.condition())).append('\n');
            }
        }
        return text.toString();
    }

    private static String sentence(String text) {
        String s = text == null ? "" : text.strip();
        return s.isEmpty() || s.endsWith(".") || s.endsWith("?") || s.endsWith("!") ? s : s + ".";
    }

    private static boolean tooLong(String s) {
        return s != null && s.length() > MAX_TEXT;
    }
}
