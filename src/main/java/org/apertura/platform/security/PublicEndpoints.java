package org.apertura.platform.security;

import java.util.List;

/**
 * API paths that anyone may POST to without a token (computations that change nothing, such as text
 * analysis). A module declares a bean of this type; the security configuration permits them.
 */
public record PublicEndpoints(List<String> apiPosts) {

    public PublicEndpoints {
        apiPosts = List.copyOf(apiPosts);
    }
}
