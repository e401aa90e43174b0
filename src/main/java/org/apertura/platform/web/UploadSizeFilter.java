package org.apertura.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.Part;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.apertura.platform.storage.FileSizes;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses an upload whose declared length is over its path's limit ({@link UploadLimits}) before anything reads it —
 * before the CSRF check would parse the form and fail on the oversized file: 413, and the error page says the limit in
 * words (request attribute {@code uploadLimit}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 11)
class UploadSizeFilter extends OncePerRequestFilter {

    private static final long FORM_MARGIN = 1L << 20;

    private final UploadLimits limits;

    UploadSizeFilter(UploadLimits limits) {
        this.limits = limits;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long limit = limits.limitFor(request);
        if (request.getContentLengthLong() > limit + FORM_MARGIN) {
            // the error page, rendered without ever reading the body: any parameter lookup on the real request
            // would parse the multipart body — all of it — first
            HttpServletRequest unread = new Unread(request);
            unread.setAttribute("uploadLimit", FileSizes.inWords(limit));
            unread.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, 413);
            unread.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, request.getRequestURI());
            response.setStatus(413);
            request.getRequestDispatcher("/error").forward(unread, response);
            // sent now: the container would otherwise hold the page while it tries to read (and discard) the body
            response.flushBuffer();
            return;
        }
        chain.doFilter(request, response);
    }

    /** The request as a GET without a body: its parameters are those of its query string only. */
    private static final class Unread extends HttpServletRequestWrapper {

        private final Map<String, String[]> parameters = new LinkedHashMap<>();

        Unread(HttpServletRequest request) {
            super(request);
            String query = request.getQueryString();
            if (query != null) {
                for (String pair : query.split("&")) {
                    int eq = pair.indexOf('=');
                    String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                    String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                    parameters.merge(name, new String[] {value}, (a, b) -> {
                        String[] both = Arrays.copyOf(a, a.length + 1);
                        both[a.length] = b[0];
                        return both;
                    });
                }
            }
        }

        @Override
        public String getMethod() {
            return "GET";
        }

        @Override
        public String getContentType() {
            return null;
        }

        @Override
        public int getContentLength() {
            return 0;
        }

        @Override
        public long getContentLengthLong() {
            return 0;
        }

        @Override
        public String getHeader(String name) {
            return "content-type".equalsIgnoreCase(name) || "content-length".equalsIgnoreCase(name) ? null
                    : super.getHeader(name);
        }

        @Override
        public ServletInputStream getInputStream() {
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return true;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                }

                @Override
                public int read() {
                    return -1;
                }
            };
        }

        @Override
        public String getParameter(String name) {
            String[] values = parameters.get(name);
            return values == null ? null : values[0];
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Collections.unmodifiableMap(parameters);
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(parameters.keySet());
        }

        @Override
        public String[] getParameterValues(String name) {
            return parameters.get(name);
        }

        @Override
        public Collection<Part> getParts() {
            return List.of();
        }
    }
}
