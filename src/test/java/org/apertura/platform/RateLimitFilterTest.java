package org.apertura.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.apertura.platform.web.RateLimitFilter;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Sign-in, sign-up and reset posts from one address are limited per minute; other requests are not. */
class RateLimitFilterTest {

    @Test
    void theFourthPostInAMinuteFromOneAddressGetsA429() throws Exception {
        RateLimitFilter filter = new RateLimitFilter(Set.of("/entrar", "/registro"), 3);
        for (int i = 0; i < 3; i++) {
            assertThat(post(filter, "/entrar", "10.0.0.1").getStatus()).isEqualTo(200);
        }
        MockHttpServletResponse limited = post(filter, "/entrar", "10.0.0.1");
        assertThat(limited.getStatus()).isEqualTo(429);
        assertThat(limited.getHeader("Retry-After")).isEqualTo("60");
        assertThat(post(filter, "/registro", "10.0.0.1").getStatus()).isEqualTo(429);
        assertThat(post(filter, "/entrar", "10.0.0.2").getStatus()).isEqualTo(200);
        assertThat(post(filter, "/jurisdicciones", "10.0.0.1").getStatus()).isEqualTo(200);
    }

    private static MockHttpServletResponse post(RateLimitFilter filter, String path, String address) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
        request.setRemoteAddr(address);
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain());
        return response;
    }
}
