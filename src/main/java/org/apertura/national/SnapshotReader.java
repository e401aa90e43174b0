package org.apertura.national;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apertura.actionplan.ActionPlan;
import org.apertura.actionplan.Completion;
import org.apertura.actionplan.Evidence;
import org.apertura.platform.kits.ContentLicence;
import org.apertura.actionplan.Phase;
import org.apertura.actionplan.Theme;
import org.apertura.platform.Texts;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Reads what a member publishes into a {@link Snapshot}, refusing what is not the shape Apertura publishes (a list
 * where one is due, numbers where numbers are due) and bounding everything else: at most {@value #MAX_EXERCISES}
 * exercises, {@value #MAX_PLANS} plans each, {@value #MAX_COMMITMENTS} commitments a plan; texts on one line, without
 * control characters, cut to their limit; codes the node does not know dropped; a link kept only when it is a plain
 * path on the member's site. Pages print these values as text, so markup a member sends shows as the characters it is.
 *
 * <p>Incremental: only the parts whose module wrote new ledger entries since the last verified head are read again
 * (the plans when {@code actionplan} did, the calls when {@code cocreation} did, the request figures when
 * {@code accessinfo} did); the rest is the previous snapshot's.
 */
@Component
class SnapshotReader {

    static final int MAX_EXERCISES = 200;
    static final int MAX_PLANS = 50;
    static final int MAX_COMMITMENTS = 500;
    static final int MAX_EVIDENCE = 200;
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern CONTENT_TYPE = Pattern.compile("[a-z0-9.+-]{1,40}/[a-z0-9.+-]{1,80}");
    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,79}");
    private static final Pattern PATH = Pattern.compile("/[A-Za-z0-9_\\-./]{0,200}");

    private final MemberClient client;

    SnapshotReader(MemberClient client) {
        this.client = client;
    }

    Snapshot read(String baseUrl, Snapshot previous, Set<String> touched) throws HarvestProblem {
        boolean first = previous == null;
        List<Snapshot.Exercise> exercises = first || touched.contains("actionplan") ? exercises(baseUrl)
                : previous.exercises();
        Map<String, int[]> calls = new HashMap<>();
        if (first || touched.contains("cocreation") || touched.contains("actionplan")) {
            calls = calls(baseUrl);
        } else {
            for (Snapshot.Exercise e : previous.exercises()) {
                calls.put(e.slug(), new int[] {e.calls(), e.proposals()});
            }
        }
        List<Snapshot.Exercise> withCalls = new ArrayList<>();
        for (Snapshot.Exercise e : exercises) {
            int[] c = calls.getOrDefault(e.slug(), new int[2]);
            withCalls.add(new Snapshot.Exercise(e.slug(), e.name(), e.phase(), e.path(), e.plans(), c[0], c[1],
                    e.licence()));
        }
        Snapshot.RequestCounts requests = first || touched.contains("accessinfo") ? requests(baseUrl)
                : previous.requests();
        Snapshot.FeedbackCounts feedback = first || previous.feedback() == null || touched.contains("feedback")
                ? feedback(baseUrl, previous == null ? null : previous.feedback()) : previous.feedback();
        return new Snapshot(List.copyOf(withCalls), requests, previous == null ? List.of() : previous.reuses(),
                feedback);
    }

    private List<Snapshot.Exercise> exercises(String baseUrl) throws HarvestProblem {
        JsonNode list = client.get(baseUrl, "/api/v1/exercises");
        requireArray(list, MAX_EXERCISES, "exercises");
        List<Snapshot.Exercise> out = new ArrayList<>();
        for (JsonNode e : list) {
            String slug = slug(e.path("slug"));
            List<Snapshot.Plan> plans = new ArrayList<>();
            JsonNode summaries = e.path("plans");
            requireArray(summaries, MAX_PLANS, "plans");
            for (JsonNode p : summaries) {
                ActionPlan.Status status = known(ActionPlan.Status.class, p.path("status"));
                long id = number(p.path("id"), "plan id");
                if (status == null || status == ActionPlan.Status.DRAFT) {
                    continue;
                }
                plans.add(plan(baseUrl, id, status));
            }
            out.add(new Snapshot.Exercise(slug, text(e.path("name"), 300), known(Phase.class, e.path("currentPhase")),
                    path(e.path("url")), List.copyOf(plans), 0, 0,
                    e.path("licence").isString() ? ContentLicence.byId(e.path("licence").asString()) : null));
        }
        return List.copyOf(out);
    }

    private Snapshot.Plan plan(String baseUrl, long id, ActionPlan.Status status) throws HarvestProblem {
        JsonNode plan = client.get(baseUrl, "/api/v1/plans/" + id);
        JsonNode list = plan.path("commitments");
        requireArray(list, MAX_COMMITMENTS, "commitments");
        List<Snapshot.Commitment> commitments = new ArrayList<>();
        for (JsonNode c : list) {
            List<Theme> themes = new ArrayList<>();
            JsonNode names = c.path("themes");
            requireArray(names, Theme.values().length, "themes");
            for (JsonNode t : names) {
                Theme theme = known(Theme.class, t);
                if (theme != null && !themes.contains(theme)) {
                    themes.add(theme);
                }
            }
            themes.sort(null);
            JsonNode progress = c.path("progress");
            BigDecimal percent = progress.path("percent").isNumber() ? progress.path("percent").decimalValue() : null;
            if (percent != null && (percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0)) {
                throw new HarvestProblem("national.problem.garbage", "progress out of range: " + percent);
            }
            commitments.add(new Snapshot.Commitment(number(c.path("id"), "commitment id"), text(c.path("code"), 40),
                    text(c.path("title"), 300), text(c.path("summary"), 400), List.copyOf(themes), percent,
                    known(Completion.class, progress.path("completion")), date(c.path("startDate")),
                    date(c.path("endDate")), count(progress.path("milestones")), count(progress.path("complete")),
                    path(c.path("url")), evidence(c.path("milestones"))));
        }
        return new Snapshot.Plan(id, text(plan.path("title"), 300), status, path(plan.path("url")),
                List.copyOf(commitments));
    }

    /**
     * The evidence of a commitment's milestones: at most {@value #MAX_EVIDENCE}, each with a known kind and status; a
     * file's SHA-256 only when it is 64 hexadecimal digits; its link only when it is a path on the member's site or an
     * http(s) address. Who submitted and who reviewed it are not kept.
     */
    private static List<Snapshot.Evidence> evidence(JsonNode milestones) throws HarvestProblem {
        if (milestones.isMissingNode() || milestones.isNull()) {
            return List.of();
        }
        requireArray(milestones, MAX_COMMITMENTS, "milestones");
        List<Snapshot.Evidence> out = new ArrayList<>();
        for (JsonNode m : milestones) {
            JsonNode items = m.path("evidence");
            if (items.isMissingNode() || items.isNull()) {
                continue;
            }
            requireArray(items, MAX_EVIDENCE, "evidence");
            for (JsonNode e : items) {
                Evidence.Kind kind = known(Evidence.Kind.class, e.path("kind"));
                Evidence.Status status = known(Evidence.Status.class, e.path("status"));
                if (kind == null || status == null) {
                    continue;
                }
                if (out.size() >= MAX_EVIDENCE) {
                    throw new HarvestProblem("national.problem.tooMany", "evidence > " + MAX_EVIDENCE);
                }
                JsonNode size = e.path("sizeBytes");
                String sha = e.path("sha256").isString() && SHA256.matcher(e.path("sha256").asString()).matches()
                        ? e.path("sha256").asString() : null;
                out.add(new Snapshot.Evidence(text(m.path("title"), 300), kind, text(e.path("title"), 300), status,
                        link(e.path("url")), contentType(e.path("contentType")),
                        size.isIntegralNumber() && size.canConvertToLong() && size.asLong() >= 0 ? size.asLong() : null,
                        sha, instant(e.path("submittedAt")), instant(e.path("reviewedAt"))));
            }
        }
        return List.copyOf(out);
    }

    /**
     * The member's feedback figures; the {@code previous} ones when it answers them with an error status (an instance
     * older than the feedback module has none), null when it publishes no total.
     */
    private Snapshot.FeedbackCounts feedback(String baseUrl, Snapshot.FeedbackCounts previous) throws HarvestProblem {
        JsonNode total;
        try {
            total = client.get(baseUrl, "/api/v1/feedback/figures").path("total");
        } catch (HarvestProblem p) {
            if ("national.problem.status".equals(p.key())) {
                return previous;
            }
            throw p;
        }
        if (total.isMissingNode() || total.isNull()) {
            return null;
        }
        if (!total.isObject()) {
            throw new HarvestProblem("national.problem.garbage", "feedback figures without a total");
        }
        long received = count(total.path("received"));
        long useful = count(total.path("useful"));
        long comments = count(total.path("comments"));
        long answered = count(total.path("answered"));
        if (useful > received || comments > received || answered > comments) {
            throw new HarvestProblem("national.problem.garbage", "feedback figures that do not add up");
        }
        JsonNode hours = total.path("medianHoursToAnswer");
        BigDecimal median = hours.isNumber() && hours.decimalValue().signum() >= 0
                && hours.decimalValue().compareTo(BigDecimal.valueOf(1_000_000)) < 0
                        ? hours.decimalValue().setScale(1, java.math.RoundingMode.HALF_UP) : null;
        return new Snapshot.FeedbackCounts(received, useful, comments, answered, answered == 0 ? null : median);
    }

    /** Calls and proposals per exercise slug. */
    private Map<String, int[]> calls(String baseUrl) throws HarvestProblem {
        JsonNode list = client.get(baseUrl, "/api/v1/calls");
        requireArray(list, 1000, "calls");
        Map<String, int[]> out = new HashMap<>();
        for (JsonNode c : list) {
            if (!c.path("exercise").isString()) {
                continue;
            }
            int[] figures = out.computeIfAbsent(c.path("exercise").asString(), k -> new int[2]);
            figures[0]++;
            figures[1] += count(c.path("proposals"));
        }
        return out;
    }

    private Snapshot.RequestCounts requests(String baseUrl) throws HarvestProblem {
        JsonNode total = client.get(baseUrl, "/api/v1/requests/figures").path("total");
        if (!total.isObject()) {
            throw new HarvestProblem("national.problem.garbage", "request figures without a total");
        }
        long received = count(total.path("received"));
        long answered = count(total.path("answered"));
        long onTime = count(total.path("answeredOnTime"));
        if (answered > received || onTime > answered) {
            throw new HarvestProblem("national.problem.garbage", "request figures that do not add up");
        }
        return new Snapshot.RequestCounts(received, answered, onTime);
    }

    private static void requireArray(JsonNode node, int max, String what) throws HarvestProblem {
        if (!node.isArray()) {
            throw new HarvestProblem("national.problem.garbage", what + " is not a list");
        }
        if (node.size() > max) {
            throw new HarvestProblem("national.problem.tooMany", what + ": " + node.size() + " > " + max);
        }
    }

    private static long number(JsonNode node, String what) throws HarvestProblem {
        if (!node.isIntegralNumber() || !node.canConvertToLong() || node.asLong() < 0) {
            throw new HarvestProblem("national.problem.garbage", what + " is not a number");
        }
        return node.asLong();
    }

    private static int count(JsonNode node) throws HarvestProblem {
        if (node.isMissingNode() || node.isNull()) {
            return 0;
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt() || node.asInt() < 0) {
            throw new HarvestProblem("national.problem.garbage", "a count is not a number");
        }
        return node.asInt();
    }

    private static String slug(JsonNode node) throws HarvestProblem {
        if (!node.isString() || !SLUG.matcher(node.asString()).matches()) {
            throw new HarvestProblem("national.problem.garbage", "an exercise without a valid slug");
        }
        return node.asString();
    }

    /** One line of text without control characters, at most {@code max} characters; empty when missing. */
    static String text(JsonNode node, int max) {
        if (!node.isString()) {
            return "";
        }
        String clean = node.asString().codePoints().filter(c -> !Character.isISOControl(c) || Character.isWhitespace(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return Texts.excerpt(clean, max);
    }

    /** A path on the member's site, or an http(s) address without user information; else null. */
    static String link(JsonNode node) {
        String path = path(node);
        if (path != null || !node.isString() || node.asString().length() > 500) {
            return path;
        }
        try {
            java.net.URI uri = new java.net.URI(node.asString());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
                    && uri.getRawUserInfo() == null ? uri.toASCIIString() : null;
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }

    private static String contentType(JsonNode node) {
        return node.isString() && CONTENT_TYPE.matcher(node.asString()).matches() ? node.asString() : null;
    }

    private static java.time.Instant instant(JsonNode node) {
        if (!node.isString()) {
            return null;
        }
        try {
            return java.time.Instant.parse(node.asString());
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private static String path(JsonNode node) {
        if (!node.isString()) {
            return null;
        }
        String path = node.asString();
        return PATH.matcher(path).matches() && !path.startsWith("//") && !path.contains("..") ? path : null;
    }

    private static LocalDate date(JsonNode node) {
        if (!node.isString()) {
            return null;
        }
        try {
            return LocalDate.parse(node.asString());
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private static <E extends Enum<E>> E known(Class<E> type, JsonNode node) {
        if (!node.isString()) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(node.asString())) {
                return constant;
            }
        }
        return null;
    }
}
