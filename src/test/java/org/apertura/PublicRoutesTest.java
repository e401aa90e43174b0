package org.apertura;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apertura.identity.AccountService;
import org.apertura.identity.TestAccounts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.server.PathContainer;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Every public page as a visitor arriving from a shared link gets it: no cookie sent, none received. The
 * test crawls the demo from the home page, following every link on the site (a few of each kind of page — a kind
 * being the GET route that answers it —, all of those with long content, and every page of the institution the
 * planted requests below are filed with), and requires each page to arrive whole (status 200, the document
 * closed, no error text), with no untranslated message key, in Spanish and in English, and to set no
 * cookie. It then checks that every GET route the application declares was reached, except those that
 * are not public (with the reason). Finally a signed-in person gets one page of each kind whole too.
 *
 * <p>It is also the privacy scan of every GET route: before the crawl two people file requests (one signed in with
 * an account whose e-mail and pseudonym carry a marker, one with only a contact e-mail carrying it, who gets a private
 * follow-up key); their requests' pages start the crawl, and no page, download or feed it reaches — so every public
 * GET route the application declares, a new one the day it is added — may carry the marker or the key (docs/adr/0064).
 * {@code AccessRequestPrivacyTest} and the other modules' privacy tests keep their own scenarios.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicRoutesTest {

    /** Routes a link cannot lead an anonymous visitor to, and why. */
    private static final Map<String, String> NOT_PUBLIC = Map.ofEntries(
            Map.entry("/admin", "administrators only"),
            Map.entry("/cuenta", "signed-in person's own account"),
            Map.entry("/unidad", "transparency unit staff"),
            Map.entry("/moderacion", "the coordinators' moderation queue: CocreationFlowTest, ModerationBrowserTest"),
            Map.entry("/garante", "guarantor staff"),
            Map.entry("/boletin/redactar", "the newsletter desk of administrators and coordinators: CommunityFlowTest"),
            Map.entry("/boletin/{id}", "a newsletter's preview, for its desk only: CommunityFlowTest"),
            Map.entry("/boletin/baja", "reached only from the signed link in a newsletter e-mail: CommunityFlowTest, "
                    + "CommunityBrowserTest"),
            Map.entry("/mis-solicitudes", "the requester's own requests"),
            Map.entry("/seguimiento/{key}", "a requester's private follow-up link"),
            Map.entry("/recuperar/{token}", "a private password-reset link"),
            Map.entry("/registro/confirmar/{token}", "a private sign-up confirmation link"),
            Map.entry("/acuses", "a requester's acknowledgement (private link)"),
            Map.entry("/prueba", "test-only pages"),
            Map.entry("/inconformidades/nueva", "the appellant's filing form, linked from an appeal's page for its own "
                    + "requester only: InconformityFlowTest, InconformityBrowserTest"),
            Map.entry("/recursos/{folio}/inconformidad-escrita", "the local authority's form to forward a written "
                    + "filing (art. 164 ¶2), linked from an appeal's page for its staff only: InconformityFlowTest, "
                    + "InconformityBrowserTest"),
            Map.entry("/solicitudes/{folio}/recurso/remitir", "the Transparency Unit's form to forward an appeal filed "
                    + "with it (art. 144 ¶2), linked from a request's page for its unit only: AppealForwardingTest"),
            Map.entry("/retos/nuevo", "a coordinator's form, opened from a commitment's page (?compromiso=)"),
            Map.entry("/reuniones/nueva", "a space coordinator's form, opened from the space's meetings panel: MeetingFlowTest"),
            Map.entry("/reuniones/{id}/editar", "a space coordinator's form, linked from the meeting for them only: MeetingFlowTest"),
            Map.entry("/reuniones/{id}/minuta/archivo", "the demo's minutes are text; a minutes file: MeetingFlowTest"),
            Map.entry("/retos/importar", "a coordinator's import of a challenge kit, opened from a commitment's page "
                    + "(?compromiso=): ChallengeKitTest, KitImportBrowserTest"),
            Map.entry("/propuestas/{id}/original", "the scan of a paper original: private to the secretariat"),
            Map.entry("/propuestas/{id}/archivos/{file}", "a proposal's pictures and documents, linked from its page "
                    + "(the demo's picture may be on a proposal the crawl does not open): ProposalMediaTest, "
                    + "CocreationBrowserTest"),
            Map.entry("/propuestas/{id}/enmiendas/nueva", "the amendment form: someone signed in who did not write it"),
            Map.entry("/evidencias/{id}/archivo", "the demo's evidence is links and datasets; files: EvidenceFlowTest"),
            Map.entry("/error", "the error page itself, checked on its own"),
            Map.entry("/contrataciones/publicar", "procurement officers' desk: PublishFormsTest, PublishBrowserTest"),
            Map.entry("/contrataciones/documentos", "files of published OCDS documents, linked from the releases: PublishFormsTest"),
            Map.entry("/datos/publicar", "an institution's data publishers' pages: PublisherPagesTest, OpenDataBrowserTest"),
            Map.entry("/presupuesto/importar", "a budget office's import: upload, its column mapping (BudgetBrowserTest)"),
            Map.entry("/archivos/{slug}/gestion", "an institution's archive desk: ArchivesBrowserTest, InstrumentsTest"),
            Map.entry("/archivos/{slug}/gestion/importar-kit", "an archivist's import of a catalog kit, linked from the "
                    + "archive desk: CatalogKitTest, KitImportBrowserTest"),
            Map.entry("/archivos/{slug}/expedientes/{id}/documentos", "a public file's stored documents, linked from "
                    + "its page when it has uploads (the demo files link records): CaseFilesTest"),
            Map.entry("/api", "the API: JSON checked by the API tests; its documents are crawled where pages link them"),
            Map.entry("/catalog", "the DCAT-AP catalog for harvesters (Turtle, RDF/XML, JSON-LD): opendata.api.DcatTest"),
            Map.entry("/dataset", "a dataset in DCAT-AP for harvesters: opendata.api.DcatTest"),
            Map.entry("/data.json", "the data.json catalog for harvesters: opendata.api.DataJsonTest"),
            Map.entry("/tarjetas", "share cards, named by the pages' og:image tags rather than linked: "
                    + "infographics.ChartPagesTest"));

    private static final Pattern LINK = Pattern.compile("(?:href|src)=\"(/[^\"#]*)");
    private static final Pattern MISSING_KEY = Pattern.compile("\\?\\?[\\w.\\-]+_[a-zA-Z_]+\\?\\?");
    /** A year written as a number with a thousands separator ("2,026"), not an amount. */
    private static final Pattern GROUPED_YEAR = Pattern.compile("(?<![$\\d.,])[12],0\\d\\d(?![\\d,])");
    private static final Pattern TAG = Pattern.compile("<script.*?</script>|<style.*?</style>|<[^>]*>", Pattern.DOTALL);
    private static final Pattern WORD = Pattern.compile("\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*\\b");
    /** Every enum constant of the application: none may reach a person as a word. */
    private static final Set<String> ENUM_NAMES = enumNames();
    private static final int PER_KIND = 3;
    /** The institution the planted requests are filed with. */
    private static final String PLANTED_WITH = "poder-judicial-durango";
    private static final int PER_KIND_WITH_QUERY = 1;

    @LocalServerPort
    int port;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @Autowired
    AccountService accounts;
    @Autowired
    org.springframework.test.web.servlet.MockMvc mvc;
    @Autowired
    org.apertura.identity.AccountUserDetailsAccess details;

    /** What must never leave through a public output: a requester's marker and a private follow-up key. */
    private final List<String> secrets = new ArrayList<>();
    /** The public outputs that carried one. */
    private final List<String> leaks = new java.util.concurrent.CopyOnWriteArrayList<>();
    /** The pages of the requests filed with those secrets. */
    private final List<String> planted = new ArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    /** Visitors reading at the same time: the server answers them on its own threads, as in production. */
    private final java.util.concurrent.ExecutorService visitors = java.util.concurrent.Executors.newFixedThreadPool(4);
    private final List<String> pages = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    /** Each page's HTML as it travels (gzip, as the server compresses it), by path. */
    private final Map<String, Integer> weights = new HashMap<>();
    private Set<String> unreached;

    @BeforeAll
    void crawl() throws Exception {
        Deque<String> queue = new ArrayDeque<>(List.of("/", "/datos", "/historial", "/glosario"));
        plantRequesters();
        queue.addAll(planted);
        Set<String> seen = new LinkedHashSet<>(queue);
        Map<String, Integer> perKind = new HashMap<>();
        // a bound on the crawl, not a goal: every kind of page is reached well before it (check a new module's routes)
        while (!queue.isEmpty() && pages.size() < 2000) {
            // the pages already queued are fetched a few at a time, then read in queue order: the same crawl as
            // one page after another, in less time
            List<String> wave = new ArrayList<>();
            while (!queue.isEmpty() && pages.size() + wave.size() < 2000) {
                wave.add(queue.poll());
            }
            List<HttpResponse<String>> responses = fetchAll(wave, null, true);
            for (int i = 0; i < wave.size(); i++) {
                read(wave.get(i), responses.get(i), seen, queue, perKind);
            }
        }
        System.out.printf("crawled %d pages, %d still queued%n", pages.size(), queue.size());
        unreached = unreachedRoutes();
    }

    /** One crawled page: checked, and its links not seen before queued (a few of each kind). */
    private void read(String path, HttpResponse<String> response, Set<String> seen, Deque<String> queue,
            Map<String, Integer> perKind) {
        pages.add(path);
        check(path, response, "es");
        if (isHtml(response)) {
            weights.put(path, gzipped(response.body().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            Matcher links = LINK.matcher(response.body());
            while (links.find()) {
                String link = links.group(1).replace("&amp;", "&");
                if (skip(link) || !seen.add(link)) {
                    continue;
                }
                String kind = kind(link);
                int limit = link.contains("?") ? PER_KIND_WITH_QUERY : PER_KIND;
                if (perKind.merge(kind, 1, Integer::sum) <= limit || longContent(link) || ofThePlantedRequests(link)) {
                    queue.add(link);
                }
            }
        }
    }

    /**
     * Each page of the list (following a public short link once, if asked), fetched by a few clients at a time as
     * visitors would; the answers in the list's order.
     */
    private List<HttpResponse<String>> fetchAll(List<String> paths, String cookie, boolean follow) throws Exception {
        List<java.util.concurrent.Future<HttpResponse<String>>> futures = new ArrayList<>();
        for (String path : paths) {
            futures.add(visitors.submit(() -> follow ? fetch(path, cookie) : get(path, cookie)));
        }
        List<HttpResponse<String>> responses = new ArrayList<>();
        for (var future : futures) {
            responses.add(future.get());
        }
        return responses;
    }

    @org.junit.jupiter.api.AfterAll
    void leave() {
        visitors.shutdownNow();
    }

    @Test
    void everyPublicPageArrivesWholeWithoutACookieAndWithoutUntranslatedKeysInSpanish() {
        assertThat(pages).hasSizeGreaterThan(100);
        assertThat(problems).isEmpty();
    }

    @Test
    void everyPublicPageArrivesWholeInEnglishToo() throws Exception {
        List<String> english = new ArrayList<>();
        List<String> urls = onePerKind().stream().map(path -> path + (path.contains("?") ? "&" : "?") + "lang=en").toList();
        List<HttpResponse<String>> responses = fetchAll(urls, null, false);
        for (int i = 0; i < urls.size(); i++) {
            HttpResponse<String> response = responses.get(i);
            if (isHtml(response)) {
                checkWhole(urls.get(i), response, english);
                if (!response.body().contains("lang=\"en\"")) {
                    english.add(urls.get(i) + ": not in English");
                }
            }
        }
        assertThat(english).isEmpty();
    }

    /**
     * No page weighs over 60 KB before images (issue 10, docs/DESIGN.md): its HTML (charts drawn inline included) and
     * the style sheet, as they travel compressed.
     */
    @Test
    void noPageWeighsOver60KilobytesBeforeImages() throws Exception {
        HttpResponse<String> css = get(cssPath(), null);
        assertThat(css.statusCode()).isEqualTo(200);
        int style = gzipped(css.body().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        List<Map.Entry<String, Integer>> heaviest = weights.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(8).toList();
        heaviest.forEach(e -> System.out.printf("page weight %6.1f KB (+ %4.1f KB of style) %s%n", e.getValue() / 1024.0,
                style / 1024.0, e.getKey()));
        assertThat(weights.entrySet().stream().filter(e -> e.getValue() + style > 60 * 1024)
                .map(e -> e.getKey() + ": " + (e.getValue() + style) / 1024 + " KB").toList()).isEmpty();
    }

    /** The style sheet the home page links (fingerprinted). */
    private String cssPath() throws Exception {
        Matcher link = Pattern.compile("href=\"(/css/[^\"]+\\.css)\"").matcher(get("/", null).body());
        assertThat(link.find()).as("the home page links its style sheet").isTrue();
        return link.group(1);
    }

    private static int gzipped(byte[] bytes) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream gzip = new java.util.zip.GZIPOutputStream(out)) {
            gzip.write(bytes);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.size();
    }

    /**
     * Two requests whose requesters' private data carry a marker: one by an account (e-mail and pseudonym), one by a
     * contact e-mail (with its follow-up key). Their pages are where the crawl starts too.
     */
    private void plantRequesters() throws Exception {
        String marker = "zq" + java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        var requester = accounts.signUp(marker + ".solicita@ejemplo.mx", TestAccounts.PASSWORD, "Seudónimo " + marker);
        var signedIn = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/solicitudes")
                .with(org.apertura.identity.TestCsrf.csrf()).with(details.signedIn(requester))
                .param("institutions", PLANTED_WITH).param("description", "Estadística de amparos")
                .param("modality", "ELECTRONIC").param("medium", "PLATFORM")).andReturn().getResponse();
        var byMail = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/solicitudes")
                .with(org.apertura.identity.TestCsrf.csrf()).param("institutions", PLANTED_WITH)
                .param("description", "Número de jueces por distrito").param("modality", "ELECTRONIC")
                .param("medium", "EMAIL").param("contactEmail", marker + "@correo.mx")).andReturn();
        String key = (String) byMail.getFlashMap().get("followKey");
        assertThat(key).as("the follow-up key given to the requester by e-mail").isNotBlank();
        secrets.addAll(List.of(marker, key));
        for (String acuse : List.of(signedIn.getRedirectedUrl(), byMail.getResponse().getRedirectedUrl())) {
            String body = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(acuse))
                    .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
            Matcher folio = Pattern.compile("/solicitudes/(" + PLANTED_WITH + "-\\d{4}-\\d{6})").matcher(body);
            assertThat(folio.find()).as("the acuse " + acuse + " links the request").isTrue();
            planted.add(folio.group());
        }
    }

    @Test
    void noPublicOutputOfAnyGetRouteCarriesARequesterOrTheirKey() {
        assertThat(pages).as("the planted requests' pages were read").containsAll(planted).hasSizeGreaterThan(100);
        assertThat(leaks).as("public outputs carrying a requester's marker or private key").isEmpty();
    }

    @Test
    void everyGetRouteOfTheApplicationIsReachedOrKnownNotToBePublic() {
        assertThat(unreached).as("GET routes no link on the site leads to").isEmpty();
    }

    /** The GET routes no crawled page matched: staff forms must ask to sign in, public ones render whole. */
    private Set<String> unreachedRoutes() {
        Set<String> unreached = new TreeSet<>();
        for (Map.Entry<RequestMappingInfo, ?> entry : mappings.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = entry.getKey();
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            if (!methods.isEmpty() && !methods.contains(RequestMethod.GET)) {
                continue;
            }
            for (PathPattern pattern : info.getPathPatternsCondition().getPatterns()) {
                String text = pattern.getPatternString();
                if (NOT_PUBLIC.keySet().stream().anyMatch(prefix -> text.equals(prefix) || text.startsWith(prefix + "/")
                        || text.startsWith(prefix + ".") || text.startsWith(prefix + "{"))) {
                    continue;
                }
                boolean reached = pages.stream().map(p -> p.contains("?") ? p.substring(0, p.indexOf('?')) : p)
                        .anyMatch(p -> pattern.matches(PathContainer.parsePath(p)));
                if (!reached && !asksToSignIn(pattern)) {
                    unreached.add(text);
                }
            }
        }
        return unreached;
    }

    /**
     * A staff form (editing a challenge, recording a working table): its address is built from a page that
     * was reached (the challenge's own page), and an anonymous visitor must be sent to sign in there.
     */
    private boolean asksToSignIn(PathPattern pattern) {
        String text = pattern.getPatternString();
        List<String> candidates = new ArrayList<>();
        if (!text.contains("{")) {
            candidates.add(text);
        } else {
            String parent = text;
            while (parent.lastIndexOf('/') > 0 && candidates.isEmpty()) {
                parent = parent.substring(0, parent.lastIndexOf('/'));
                PathPattern prefix = new org.springframework.web.util.pattern.PathPatternParser().parse(parent);
                if (!prefix.getPatternString().contains("{")) {
                    break;
                }
                for (String page : pages) {
                    String path = page.contains("?") ? page.substring(0, page.indexOf('?')) : page;
                    PathPattern.PathMatchInfo match = prefix.matchAndExtract(PathContainer.parsePath(path));
                    if (match != null) {
                        String url = text;
                        for (Map.Entry<String, String> v : match.getUriVariables().entrySet()) {
                            url = url.replace("{" + v.getKey() + "}", v.getValue());
                        }
                        if (!url.contains("{") && candidates.size() < 5) {
                            candidates.add(url);
                        }
                    }
                }
            }
        }
        try {
            for (String url : candidates) {
                HttpResponse<String> response = get(url, null);
                String location = local(response.headers().firstValue("Location").orElse(""));
                if ((response.statusCode() == 302 && location.startsWith("/entrar")) || response.statusCode() == 403
                        || response.statusCode() == 401) {
                    return true;
                }
                if (response.statusCode() == 200) {
                    // public, though no link leads there now (say, a call that takes no proposals today): whole too
                    pages.add(url);
                    check(url, response, "es");
                    return true;
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return false;
    }

    @Test
    void aSignedInPersonGetsEveryKindOfPageWholeToo() throws Exception {
        String email = TestAccounts.uniqueEmail("lectora");
        accounts.signUp(email, TestAccounts.PASSWORD, "Lectora de prueba");
        HttpVisitor visitor = new HttpVisitor(port);
        visitor.signIn(email, TestAccounts.PASSWORD);
        String cookie = visitor.session();
        List<String> signedIn = new ArrayList<>();
        List<String> paths = onePerKind();
        List<HttpResponse<String>> responses = fetchAll(paths, cookie, true);
        for (int i = 0; i < paths.size(); i++) {
            HttpResponse<String> response = responses.get(i);
            if (response.statusCode() != 200) {
                signedIn.add(paths.get(i) + ": status " + response.statusCode());
            } else if (isHtml(response)) {
                checkWhole(paths.get(i), response, signedIn);
            }
        }
        assertThat(signedIn).isEmpty();
    }

    /** The first crawled page of each kind, and every page with long content. */
    private List<String> onePerKind() {
        Set<String> kinds = new java.util.HashSet<>();
        return pages.stream().filter(path -> kinds.add(kind(path)) || longContent(path)).toList();
    }

    @Test
    void theErrorPagesAnswerInBothLanguages() throws Exception {
        for (String path : List.of("/no-existe", "/no-existe?lang=en", "/error", "/error?lang=en")) {
            HttpResponse<String> response = get(path, null);
            assertThat(response.statusCode()).as(path).isLessThan(500);
            assertThat(response.body()).as(path).contains("</html>");
        }
        assertThat(get("/no-existe?lang=en", null).body()).contains("lang=\"en\"");
    }

    private void check(String path, HttpResponse<String> response, String language) {
        if (secrets.stream().anyMatch(response.body()::contains)) {
            leaks.add(path);
        }
        if (response.statusCode() != 200) {
            problems.add(path + ": status " + response.statusCode());
            return;
        }
        if (!response.headers().allValues("Set-Cookie").isEmpty()) {
            problems.add(path + ": sets a cookie for an anonymous reader " + response.headers().allValues("Set-Cookie"));
        }
        if (isHtml(response)) {
            checkWhole(path + " (" + language + ")", response, problems);
        } else if (isCsv(response) && !path.startsWith("/historial")) {
            // people open these in a spreadsheet: words, not codes (the ledger's file carries its payloads
            // byte for byte, since anyone may recompute their hashes)
            Matcher word = WORD.matcher(response.body());
            while (word.find()) {
                if (ENUM_NAMES.contains(word.group())) {
                    problems.add(path + ": the CSV file shows the code " + word.group() + " where a person reads");
                    break;
                }
            }
        }
    }

    private static boolean isCsv(HttpResponse<String> response) {
        return response.headers().firstValue("Content-Type").orElse("").startsWith("text/csv");
    }

    private static void checkWhole(String path, HttpResponse<String> response, List<String> problems) {
        String body = response.body();
        if (response.statusCode() != 200) {
            problems.add(path + ": status " + response.statusCode());
        } else if (!body.strip().endsWith("</html>")) {
            problems.add(path + ": the document is cut off");
        } else if (body.contains("Algo salió mal") || body.contains("Something went wrong")) {
            problems.add(path + ": shows an error");
        }
        Matcher missing = MISSING_KEY.matcher(body);
        if (missing.find()) {
            problems.add(path + ": untranslated " + missing.group());
        }
        String text = TAG.matcher(body).replaceAll(" ");
        Matcher year = GROUPED_YEAR.matcher(text);
        if (year.find()) {
            problems.add(path + ": a year written with a thousands separator, " + year.group());
        }
        // the data dictionary and the API reference document the values as files and programs carry them, for
        // developers
        Matcher word = WORD.matcher(path.startsWith("/datos") || path.startsWith("/desarrolladores") ? "" : text);
        while (word.find()) {
            if (ENUM_NAMES.contains(word.group())) {
                problems.add(path + ": shows the code " + word.group() + " where a person reads");
                break;
            }
        }
    }

    private static Set<String> enumNames() {
        var scanner = new org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter((reader, factory) -> "java.lang.Enum".equals(reader.getClassMetadata().getSuperClassName()));
        Set<String> names = new java.util.HashSet<>();
        for (var candidate : scanner.findCandidateComponents("org.apertura")) {
            try {
                for (Object constant : Class.forName(candidate.getBeanClassName()).getEnumConstants()) {
                    String name = ((Enum<?>) constant).name();
                    // short all-capital words are also real acronyms in Spanish text (a, e, INE); codes are longer
                    if (name.length() >= 4) {
                        names.add(name);
                    }
                }
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        return names;
    }

    private HttpResponse<String> get(String path, String cookie) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A page, following a public short link (such as an institution's requests) once; never to sign-in. */
    private HttpResponse<String> fetch(String path, String cookie) throws Exception {
        HttpResponse<String> response = get(path, cookie);
        String location = local(response.headers().firstValue("Location").orElse(""));
        if (response.statusCode() == 302 && location.startsWith("/") && !location.startsWith("/entrar")) {
            return get(location, cookie);
        }
        return response;
    }

    private String local(String location) {
        String origin = "http://localhost:" + port;
        return location.startsWith(origin) ? location.substring(origin.length()) : location;
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static boolean isHtml(HttpResponse<String> response) {
        return response.headers().firstValue("Content-Type").orElse("").startsWith("text/html");
    }

    private static boolean skip(String link) {
        String path = link.contains("?") ? link.substring(0, link.indexOf('?')) : link;
        return link.contains("lang=") || path.equals("/salir") || path.startsWith("/css/") || path.startsWith("/js/")
                || path.startsWith("/webjars/") || path.endsWith(".pdf") && path.startsWith("/acuses")
                || NOT_PUBLIC.keySet().stream().anyMatch(p -> !p.contains("{") && (path.equals(p) || path.startsWith(p + "/")));
    }

    /**
     * Every page of the institution the planted requests were filed with (its own pages list its requests), whatever
     * its kind: the privacy scan reads them all.
     */
    private static boolean ofThePlantedRequests(String link) {
        return !link.contains("?") && link.contains(PLANTED_WITH);
    }

    /**
     * Pages whose content grows long or differs from one to the next (so the whole plan, commitments, milestones and
     * minutes are all read, and every appeal, with its inconformity, and every budget, with its revenue).
     */
    private static boolean longContent(String link) {
        return link.matches("/(compromisos|hitos|planes|recursos|organos/[^/]+/sesiones|presupuesto/[^/]+)/[^/?]+");
    }

    /**
     * A link's kind: the GET route that answers it (the most specific of the application's patterns matching its
     * path), plus the names of its parameters; for a path no route declares (a static file), its path with
     * identifiers and folios replaced.
     */
    private String kind(String link) {
        String path = link.contains("?") ? link.substring(0, link.indexOf('?')) : link;
        String query = link.contains("?") ? link.substring(link.indexOf('?') + 1) : "";
        PathContainer parsed = PathContainer.parsePath(path);
        String shape = getRoutes().stream().filter(pattern -> pattern.matches(parsed)).findFirst()
                .map(PathPattern::getPatternString).orElseGet(() -> {
                    // a file of a numbered item (a meeting's .ics) is a kind of its own, not one more page of the item
                    String file = path.matches(".*/[0-9][^/]*\\.[a-z]{2,4}") ? path.substring(path.lastIndexOf('.')) : "";
                    return path.replaceAll("/ocds-[^/]+", "/{ocid}").replaceAll("/[0-9][^/]*", "/{n}")
                            .replaceAll("/[A-Z]{2,}[-0-9A-Z]*", "/{folio}") + file;
                });
        Set<String> names = new TreeSet<>();
        for (String part : query.split("&")) {
            if (!part.isEmpty()) {
                names.add(part.contains("=") ? part.substring(0, part.indexOf('=')) : part);
            }
        }
        return shape + (names.isEmpty() ? "" : "?" + String.join("&", names));
    }

    private List<PathPattern> routes;

    /** The application's GET route patterns, the most specific first. */
    private List<PathPattern> getRoutes() {
        if (routes == null) {
            List<PathPattern> all = new ArrayList<>();
            for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                if ((methods.isEmpty() || methods.contains(RequestMethod.GET)) && info.getPathPatternsCondition() != null) {
                    all.addAll(info.getPathPatternsCondition().getPatterns());
                }
            }
            all.sort(PathPattern.SPECIFICITY_COMPARATOR);
            routes = all;
        }
        return routes;
    }
}
