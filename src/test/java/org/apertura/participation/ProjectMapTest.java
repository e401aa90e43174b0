package org.apertura.participation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.apertura.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The map of the demo budget's projects: every geolocated project is a numbered, linked point of a self-contained SVG
 * (nothing loaded from another site), the list beside it names every project, and the points download as GeoJSON.
 */
@IntegrationTest
class ProjectMapTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ParticipationService service;

    @Test
    void theMapDrawsEveryGeolocatedProjectBesideAListAndOffersGeoJson() throws Exception {
        BudgetProcess process = service.process(ParticipationDemo.PROCESS);
        List<BudgetProject> projects = service.projects(process);
        long placed = projects.stream().filter(p -> p.getLatitude() != null).count();
        assertThat(placed).isPositive();
        String base = "/presupuestos-participativos/" + process.getSlug();
        String html = mvc.perform(get(base + "/mapa")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        int map = html.indexOf("aria-labelledby=\"map-caption\"");
        String svg = html.substring(map, html.indexOf("</svg>", map));
        assertThat(svg.split("<a href=\"" + base + "/proyectos/", -1)).hasSize((int) placed + 1);
        assertThat(svg).doesNotContain("http://tile", "https://", "<image");
        for (BudgetProject p : projects) {
            assertThat(html).contains(p.getNumber() + ". " + p.getTitle());
        }
        assertThat(html).contains(placed + " de " + projects.size() + " proyectos tienen un punto");
        mvc.perform(get(base)).andExpect(content().string(org.hamcrest.Matchers.containsString(base + "/mapa")));
        mvc.perform(get(base + "/mapa.geojson")).andExpect(status().isOk())
                .andExpect(jsonPath("$.type").value("FeatureCollection"))
                .andExpect(jsonPath("$.features.length()").value((int) placed))
                .andExpect(jsonPath("$.features[0].geometry.type").value("Point"));
        mvc.perform(get(base + "/mapa?lang=en")).andExpect(content().string(
                org.hamcrest.Matchers.containsString("Map of the projects")));
    }
}
