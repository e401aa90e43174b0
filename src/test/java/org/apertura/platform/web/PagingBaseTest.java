package org.apertura.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** The pager's address keeps the list's path and filters, each encoded once, and drops the page number. */
class PagingBaseTest {

    @Test
    void theAddressKeepsFiltersEncodesOnceAndDropsThePage() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/unidad/secretar%C3%ADa%20de%20salud/solicitudes");
        request.addParameter("q", "año & más");
        request.addParameter("pagina", "3");
        request.addParameter(IgnoredFilters.PARAMETER, "x");
        assertThat(Paging.base(request)).isEqualTo(
                "/unidad/secretar%C3%ADa%20de%20salud/solicitudes?q=a%C3%B1o%20%26%20m%C3%A1s");
    }

    @Test
    void aPlainListIsItsPath() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/admin/cuentas");
        request.addParameter("pagina", "2");
        assertThat(Paging.base(request)).isEqualTo("/admin/cuentas");
    }
}
