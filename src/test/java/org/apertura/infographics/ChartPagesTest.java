package org.apertura.infographics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.apertura.IntegrationTest;
import org.apertura.actionplan.ActionPlan;
import org.apertura.actionplan.ActionPlanService;
import org.apertura.actionplan.Commitment;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The figures pages show charts with a takeaway, the data and downloads; each chart's SVG, PNG and CSV come from the
 * same figures; pages with a card name it in their Open Graph and Twitter tags, and cards are drawn once per content.
 */
@IntegrationTest
class ChartPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ActionPlanService plans;
    @Autowired
    ShareCards cards;
    @Autowired
    ChartPng png;

    ActionPlan demoPlan() {
        return plans.exercises().stream().flatMap(e -> plans.plans(e).stream())
                .filter(p -> !plans.commitments(p).isEmpty()).findFirst().orElseThrow();
    }

    @Test
    void thePlanShowsItsChartsWithTakeawayDataDownloadsAndEmbed() throws Exception {
        ActionPlan plan = demoPlan();
        String page = page("/planes/" + plan.getId());
        assertThat(page).contains("El plan en gráficas", "Avance de cada compromiso", "Calendario de los compromisos",
                "compromisos tienen hitos vencidos.", "<summary>Ver los datos</summary>", "Hoy ",
                "href=\"/graficas/planes/" + plan.getId() + "/avance.svg\"",
                "href=\"/graficas/planes/" + plan.getId() + "/avance.png\"",
                "href=\"/graficas/planes/" + plan.getId() + "/calendario.csv\"",
                "role=\"img\"", "aria-labelledby=\"plan-avance-t plan-avance-d\"",
                "Insertar esta gráfica en otro sitio", "CC-BY-4.0");
        // the embed snippet: the live image, a link to the chart on its page, alt text, the licence
        assertThat(page).contains("&lt;img src=&quot;http", "/graficas/planes/" + plan.getId() + "/avance.png",
                "/planes/" + plan.getId() + "#plan-avance", "alt=&quot;Avance de cada compromiso.");
        for (Commitment c : plans.commitments(plan)) {
            assertThat(page).contains(c.getCode() + " · ");
        }
    }

    @Test
    void theCommitmentAndTheExerciseShowTheirCharts() throws Exception {
        Commitment commitment = plans.commitments(demoPlan()).get(0);
        assertThat(page("/compromisos/" + commitment.getId())).contains("Avance del compromiso",
                "Calendario de los hitos", "hitos cumplidos");
        String slug = plans.exercises().get(0).getSlug();
        assertThat(page("/ejercicios/" + slug)).contains("Fases del ejercicio", "El ejercicio está en la fase");
        assertThat(page("/ejercicios/" + slug + "?lang=en")).contains("Phases of the exercise", "See the data");
    }

    @Test
    void everyChartFileIsDrawnFromTheSameFigures() throws Exception {
        ActionPlan plan = demoPlan();
        String base = "/graficas/planes/" + plan.getId() + "/avance";
        MvcResult svg = mvc.perform(get(base + ".svg")).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("image/svg+xml"))).andReturn();
        String text = svg.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(svg.getRequest().getSession(false)).isNull();
        javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new org.xml.sax.InputSource(new java.io.StringReader(text)));
        assertThat(text).contains("<title id=\"plan-avance-t\">Avance de cada compromiso</title>",
                "Fuente: Apertura · licencia CC-BY-4.0");

        String csv = mvc.perform(get(base + ".csv")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFCompromiso,Avance\r\n");
        for (Commitment c : plans.commitments(plan)) {
            String percent = plans.progress(c).percent().stripTrailingZeros().toPlainString();
            assertThat(csv).contains(c.getCode() + " · ");
            assertThat(text).contains(c.getCode() + " · ");
            assertThat(csv).containsPattern(Pattern.quote(c.getCode()) + " · [^\r\n]*," + Pattern.quote(percent) + "\r\n");
        }

        byte[] picture = mvc.perform(get(base + ".png")).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/png")).andReturn().getResponse().getContentAsByteArray();
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(picture));
        assertThat(image.getWidth()).isEqualTo(800);
        long drawn = png.drawn();
        mvc.perform(get(base + ".png")).andExpect(status().isOk());
        assertThat(png.drawn()).as("the same chart is not drawn twice").isEqualTo(drawn);

        mvc.perform(get("/graficas/planes/" + plan.getId() + "/nada.svg")).andExpect(status().isNotFound());
        mvc.perform(get("/graficas/nada/1/avance.svg")).andExpect(status().isNotFound());
        mvc.perform(get("/graficas/planes/999999/avance.svg")).andExpect(status().isNotFound());
    }

    @Test
    void sharedLinksShowTheCardOfThePlanAndTheCommitment() throws Exception {
        ActionPlan plan = demoPlan();
        Commitment commitment = plans.commitments(plan).get(0);
        for (String path : List.of("/planes/" + plan.getId(), "/compromisos/" + commitment.getId(),
                "/normas/" + InfographicsDemo.SLUG, "/normas/como-pedir-informacion-publica")) {
            MvcResult result = mvc.perform(get(path)).andExpect(status().isOk()).andReturn();
            assertThat(result.getRequest().getSession(false)).as("public pages create no session").isNull();
            String page = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(page).contains("<meta property=\"og:title\"", "<meta name=\"twitter:card\" content=\"summary_large_image\">",
                    "<meta property=\"og:image:width\" content=\"1200\">");
            String image = meta(page, "og:image");
            assertThat(image).endsWith("/tarjetas" + path + ".png");
            assertThat(meta(page, "twitter:image")).isEqualTo(image);

            String card = image.substring(image.indexOf("/tarjetas"));
            MvcResult first = mvc.perform(get(card)).andExpect(status().isOk())
                    .andExpect(header().string("Content-Type", "image/png")).andReturn();
            assertThat(first.getRequest().getSession(false)).isNull();
            BufferedImage picture = ImageIO.read(new ByteArrayInputStream(first.getResponse().getContentAsByteArray()));
            assertThat(picture.getWidth()).isEqualTo(1200);
            assertThat(picture.getHeight()).isEqualTo(630);
            long drawn = cards.drawn();
            String etag = first.getResponse().getHeader("ETag");
            mvc.perform(get(card)).andExpect(status().isOk());
            mvc.perform(get(card).header("If-None-Match", etag)).andExpect(status().isNotModified());
            assertThat(cards.drawn()).as("a card is drawn once per content").isEqualTo(drawn);

            // the page's tags and its card read the card's figures once per version of the public data
            long read = cards.factsRead();
            mvc.perform(get(path)).andExpect(status().isOk());
            mvc.perform(get(card)).andExpect(status().isOk());
            assertThat(cards.factsRead()).as("the card's figures are not read again on each view").isEqualTo(read);
        }
        assertThat(page("/ejercicios")).doesNotContain("og:image");
        mvc.perform(get("/tarjetas/planes/999999.png")).andExpect(status().isNotFound());
        // what a card's page shows and is not found has no card, whichever module's it is
        mvc.perform(get("/tarjetas/compromisos/999999.png")).andExpect(status().isNotFound());
        mvc.perform(get("/tarjetas/convocatorias/no-existe.png")).andExpect(status().isNotFound());
        mvc.perform(get("/tarjetas/retos/no-existe.png")).andExpect(status().isNotFound());
        assertThat(cards.facts("/retos/no-existe", new org.springframework.mock.web.MockHttpServletRequest(),
                java.util.Locale.ENGLISH)).isEmpty();
        mvc.perform(get("/tarjetas/ejercicios.png")).andExpect(status().isNotFound());
    }

    @Test
    void everyFiguresPageShowsItsCharts() throws Exception {
        assertThat(page("/solicitudes/cifras")).contains("Las cifras en gráficas",
                "Cómo terminaron las solicitudes respondidas", "Respuestas de cada institución",
                "Días hábiles para responder (mediana)", "Recursos de revisión por resolución", "Solicitudes por estado",
                "solicitudes se respondieron a tiempo.", "href=\"/graficas/solicitudes/todas/mapa.png\"");
        assertThat(page("/solicitudes/cifras?jurisdiccion=durango")).contains("href=\"/graficas/solicitudes/durango/resultados.csv\"");
        String map = mvc.perform(get("/graficas/solicitudes/todas/mapa.csv")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(map).startsWith("\uFEFFEstado,Solicitudes\r\n").contains("Durango,");
        mvc.perform(get("/graficas/solicitudes/no-existe/mapa.svg")).andExpect(status().isNotFound());

        assertThat(page("/opiniones")).contains("Las opiniones en gráficas", "¿Les sirvió la información? Por institución",
                "Comentarios respondidos");
        assertThat(page("/opiniones?canal=ONLINE")).doesNotContain("Las opiniones en gráficas");
        mvc.perform(get("/graficas/opiniones/todas/utilidad.svg")).andExpect(status().isOk());

        // the demo's call, which has proposals (a call another test creates may be listed first, with none yet)
        String call = "/convocatorias/durango-2025-propuestas";
        assertThat(page(call)).contains("Propuestas por canal y respuesta", "ya tienen respuesta.",
                "href=\"/graficas" + call + "/propuestas.csv\"");
        assertThat(meta(page(call), "og:image")).endsWith("/tarjetas" + call + ".png");
        mvc.perform(get("/tarjetas" + call + ".png")).andExpect(status().isOk());

        String challenge = firstLink(page("/retos"), "/retos/");
        assertThat(page(challenge)).contains("Etapas del reto", "Etapa actual:", "Puntaje de cada entrega");
        assertThat(meta(page(challenge), "og:image")).endsWith("/tarjetas" + challenge + ".png");
        mvc.perform(get("/tarjetas" + challenge + ".png")).andExpect(status().isOk());

        assertThat(meta(page("/solicitudes/cifras"), "og:image")).endsWith("/tarjetas/solicitudes/cifras.png");
        mvc.perform(get("/tarjetas/solicitudes/cifras.png?lang=en")).andExpect(status().isOk());
    }

    private static String firstLink(String page, String prefix) {
        Matcher m = Pattern.compile("href=\"(" + Pattern.quote(prefix) + "[a-z0-9-]+)\"").matcher(page);
        assertThat(m.find()).as("a link to " + prefix).isTrue();
        return m.group(1);
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private static String meta(String page, String name) {
        Matcher m = Pattern.compile("<meta (?:property|name)=\"" + Pattern.quote(name) + "\" content=\"([^\"]+)\"").matcher(page);
        List<String> found = new ArrayList<>();
        while (m.find()) {
            found.add(m.group(1));
        }
        assertThat(found).as(name).hasSize(1);
        return found.get(0);
    }
}
