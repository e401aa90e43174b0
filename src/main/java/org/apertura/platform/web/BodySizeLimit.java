package org.apertura.platform.web;

import org.apertura.platform.PlatformProperties;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Caps the body of every form post and JSON request ({@code apertura.http.max-body}, 1 MB by default; the
 * longest text any form takes is a few kilobytes), before anything reads it: a declared length over the
 * cap gets 413 at once, and a body sent without a length stops being read at the cap. An endpoint that takes
 * files as its body declares its own cap ({@link LargeBody}); file uploads (multipart) have their own limits
 * (spring.servlet.multipart.*).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class BodySizeLimit extends OncePerRequestFilter {

    private final long maxBytes;
    private final Map<String, Long> larger;

    BodySizeLimit(PlatformProperties settings, ObjectProvider<LargeBody> largeBodies) {
        this.maxBytes = settings.http().maxBody().toBytes();
        this.larger = largeBodies.orderedStream().collect(Collectors.toUnmodifiableMap(LargeBody::path,
                LargeBody::maxBytes, Math::max));
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long max = larger.getOrDefault(request.getRequestURI().substring(request.getContextPath().length()), maxBytes);
        if (request.getContentLengthLong() > max) {
            response.sendError(413);
            return;
        }
        chain.doFilter(request.getContentLengthLong() < 0 ? new Capped(request, max) : request, response);
    }

    /** A request whose body ends with an error once more than the cap has been read. */
    private static final class Capped extends HttpServletRequestWrapper {

        private final long max;
        private ServletInputStream stream;

        Capped(HttpServletRequest request, long max) {
            super(request);
            this.max = max;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                ServletInputStream in = super.getInputStream();
                stream = new ServletInputStream() {
                    private long read;

                    @Override
                    public int read() throws IOException {
                        int b = in.read();
                        if (b >= 0) {
                            count(1);
                        }
                        return b;
                    }

                    @Override
                    public int read(byte[] buffer, int offset, int length) throws IOException {
                        int n = in.read(buffer, offset, length);
                        if (n > 0) {
                            count(n);
                        }
                        return n;
                    }

                    private void count(int n) throws IOException {
                        read += n;
                        if (read > max) {
                            throw new PayloadTooLargeException(max);
                        }
                    }

                    @Override
                    public boolean isFinished() {
                        return in.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return in.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        in.setReadListener(listener);
                    }
                };
            }
            return stream;
        }
    }

    /** Thrown when a body without a declared length runs past the cap. */
    static final class PayloadTooLargeException extends IOException {
        PayloadTooLargeException(long max) {
            super("request body larger than " + max + " bytes");
        }
    }
}
