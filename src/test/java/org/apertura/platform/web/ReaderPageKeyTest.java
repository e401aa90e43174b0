package org.apertura.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/**
 * A kept reader's page is found by its address and its parameters ({@link ReaderPages}): two searches are two pages
 * whether their parameters came in a query string or not, and the same parameters in another order are one page.
 */
class ReaderPageKeyTest {

    private static MockHttpServletRequest search(String... parameters) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/solicitudes");
        for (int i = 0; i < parameters.length; i += 2) {
            request.addParameter(parameters[i], parameters[i + 1]);
        }
        return request;
    }

    @Test
    void twoSearchesAreTwoPagesAndTheOrderOfTheirParametersDoesNotMatter() {
        String water = ReaderPages.parameters(search("q", "agua", "estado", "respondida"));
        assertThat(water).isEqualTo(ReaderPages.parameters(search("estado", "respondida", "q", "agua")));
        assertThat(water).isNotEqualTo(ReaderPages.parameters(search("q", "obras", "estado", "respondida")))
                .isNotEqualTo(ReaderPages.parameters(search("q", "agua")))
                .isNotEqualTo(ReaderPages.parameters(search()));
        // a value holding what separates parameters stays one value
        assertThat(ReaderPages.parameters(search("q", "a&b=c"))).isNotEqualTo(ReaderPages.parameters(search("q", "a",
                "b", "c")));
        // repeated values keep their order: «tema=a&tema=b» is not «tema=b&tema=a» to every page
        assertThat(ReaderPages.parameters(search("tema", "a", "tema", "b")))
                .isNotEqualTo(ReaderPages.parameters(search("tema", "b", "tema", "a")));
    }
}
