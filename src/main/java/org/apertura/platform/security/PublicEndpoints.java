package org.apertura.platform.security;

import java.util.List;

/**
 * API paths that anyone may POST to without a token (computations that change nothing, such as text
 * analysis), and API paths that answer a rejected token in their own protocol's terms. A module declares a bean of
 * this type; the security configuration permits them.
 *
 * @param apiPosts             paths anyone may POST to (their controllers decide what needs whom)
 * @param ownTokenErrors       paths called with a token that is unknown, revoked or expired go on as an anonymous
 *                             call, the request marked with {@link #REJECTED_TOKEN}, instead of the platform's 401 (as
 *                             CKAN does: its clients expect its envelope and its 403 "Authorization Error")
 */
public record PublicEndpoints(List<String> apiPosts, List<String> ownTokenErrors) {

    /** The request attribute ({@code Boolean.TRUE}) marking a call to one of {@link #ownTokenErrors} with a rejected token. */
    public static final String REJECTED_TOKEN = "apertura.rejectedToken";

    public PublicEndpoints {
        apiPosts = List.copyOf(apiPosts);
        ownTokenErrors = List.copyOf(ownTokenErrors);
    }

    public PublicEndpoints(List<String> apiPosts) {
        this(apiPosts, List.of());
    }
}
