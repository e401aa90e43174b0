package org.apertura.deadlines;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.apertura.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Deadlines in business days through the API and the public page, and their errors. */
@IntegrationTest
class CalendarApiTest {

    @Autowired
    MockMvc mvc;

    @Test
    void computesADueDateOnTheNationalCalendar() throws Exception {
        mvc.perform(get("/api/v1/calendars/nacional/due-date").param("from", "2026-11-14").param("days", "5"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.calendar").value("nacional"))
                .andExpect(jsonPath("$.from").value("2026-11-14"))
                .andExpect(jsonPath("$.received").value("2026-11-17"))
                .andExpect(jsonPath("$.days").value(5))
                .andExpect(jsonPath("$.dueDate").value("2026-11-24"))
                .andExpect(jsonPath("$.version").value("nacional/LFT-74/DOF-2024-09-30"));
        mvc.perform(get("/api/v1/calendars/nacional/non-business-days").param("year", "2026"))
                .andExpect(jsonPath("$.days.length()").value(111))
                .andExpect(jsonPath("$.days[?(@.date == '2026-11-16')].reason").value("REST_DAY"));
    }

    @Test
    void badInputIsA400AndAnUnknownCalendarA404() throws Exception {
        mvc.perform(get("/api/v1/calendars/nacional/due-date").param("from", "2026-13-40").param("days", "5"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("Escriba la fecha como AAAA-MM-DD, por ejemplo 2026-11-24."));
        mvc.perform(get("/api/v1/calendars/nacional/due-date").param("from", "2026-11-14").param("days", "-1"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("days"));
        mvc.perform(get("/api/v1/calendars/nacional/due-date").param("from", "2026-11-14").param("days", "100000"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/calendars/nacional/due-date").param("from", "2026-11-14").param("days", "diez"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/calendars/nacional/non-business-days").param("year", "3000"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/calendars/atlantida/due-date").param("from", "2026-11-14").param("days", "5"))
                .andExpect(status().isNotFound());
    }

    @Test
    void thePublicPageComputesWithoutJavaScript() throws Exception {
        mvc.perform(get("/calendario").param("desde", "2026-11-14").param("dias", "5"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("martes 24/11/2026")))
                .andExpect(content().string(containsString("lunes 16/11/2026")));
        mvc.perform(get("/calendario").param("desde", "ayer").param("dias", "5"))
                .andExpect(content().string(containsString("Escriba una fecha válida y un número de días.")));
    }
}
