package org.apertura.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * What browsers and caches may keep. A reader's GET (no session cookie, no bearer token) of a page, a feed, a CSV or a
 * JSON answer is {@code Cache-Control: no-cache} with a strong {@code ETag} computed from the bytes answered: a
 * cache keeps it and asks again each time, and an unchanged answer comes back as {@code 304 Not Modified} without its
 * body. Since the bytes are the version, anything that changes what a reader sees (a ledger entry, a new day, a
 * moderated comment, a new release) changes the tag; nothing has to remember to invalidate it. Such answers vary by
 * {@code Cookie} (language, session), {@code Accept-Language} (the API's language) and {@code HX-Request} (an htmx
 * fragment is not the page).
 *
 * <p>Everything else keeps Spring Security's {@code no-store}: any request carrying the session cookie or a bearer
 * token (a signed-in person's pages, staff pages), and any answer that sets a cookie (choosing a language, signing in)
 * or is not a success. Answers that set their own {@code Cache-Control} keep it (the fingerprinted stylesheet, a year;
 * the sitemap, an hour). An answer larger than {@value #BUFFER_LIMIT} bytes, or streamed asynchronously (OCDS bulk
 * files, open data files), is passed on as it is written, with no tag: its bytes are never held in memory.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20) // outside the session filter and Spring Security: sees the cookies they set
public class HttpCaching extends OncePerRequestFilter {

    static final int BUFFER_LIMIT = 2 * 1024 * 1024;
    static final String READERS = "no-cache";
    static final String VARY = "Cookie, Accept-Language, HX-Request";

    private final String sessionCookie;

    HttpCaching(@org.springframework.beans.factory.annotation.Value(
            "${server.servlet.session.cookie.name:APERTURA_SESSION}") String sessionCookie) {
        this.sessionCookie = sessionCookie;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String method = request.getMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            return true;
        }
        if (request.getHeader(HttpHeaders.AUTHORIZATION) != null || hasSessionCookie(request)) {
            return true; // Spring Security's no-store
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        // static files have their own rules (WebConfig: the fingerprinted stylesheet; spring.web.resources.cache)
        return path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/favicon.") || path.startsWith("/icon-")
                || path.startsWith("/apple-touch-icon") || path.equals("/site.webmanifest")
                || path.startsWith("/actuator");
    }

    private boolean hasSessionCookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (sessionCookie.equals(cookie.getName())) {
                    return true;
                }
            }
        }
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // set first, so that Spring Security does not write its no-store; taken back below when it must be
        response.setHeader(HttpHeaders.CACHE_CONTROL, READERS);
        response.addHeader(HttpHeaders.VARY, VARY);
        Buffered buffered = new Buffered(response);
        try {
            try {
                chain.doFilter(request, buffered);
            } catch (IOException | ServletException | RuntimeException failed) {
                buffered.failed(); // the error page takes its place, and is not stored
                throw failed;
            }
            if (request.isAsyncStarted()) {
                buffered.passOn(); // a stream written by another thread: no tag
            } else {
                finish(request, response, buffered);
            }
        } finally {
            if (request.getAttribute(ReaderPages.PENDING) instanceof ReaderPages.Pending page) {
                page.done(); // kept or not: the readers waiting for this page go on
            }
        }
    }

    private static void finish(HttpServletRequest request, HttpServletResponse response, Buffered buffered)
            throws IOException {
        buffered.flushWriter();
        if (buffered.passedOn() || response.isCommitted()) {
            buffered.passOn(); // grew past the limit, or an error page was sent: nothing held
            return;
        }
        boolean ours = READERS.equals(response.getHeader(HttpHeaders.CACHE_CONTROL));
        int status = response.getStatus();
        if (status == HttpServletResponse.SC_NOT_MODIFIED && response.getHeaders(HttpHeaders.SET_COOKIE).isEmpty()) {
            buffered.passOn(); // answered by If-Modified-Since (see lastModified): the reader's copy stays good
            return;
        }
        if (!response.getHeaders(HttpHeaders.SET_COOKIE).isEmpty() || status < 200 || status >= 300) {
            if (ours) {
                response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
            }
            buffered.passOn();
            return;
        }
        String cacheControl = response.getHeader(HttpHeaders.CACHE_CONTROL);
        if (status != 200 || !"GET".equals(request.getMethod()) || (cacheControl != null && cacheControl.contains("no-store"))) {
            buffered.passOn();
            return;
        }
        String etag = response.getHeader(HttpHeaders.ETAG);
        if (etag == null) {
            // weak: the same bytes compressed or not are the same answer (and Tomcat compresses no strong tag)
            etag = "W/\"" + sha256(buffered.bytes()) + "\"";
            response.setHeader(HttpHeaders.ETAG, etag);
        }
        if (ours && request.getAttribute(ReaderPages.PENDING) instanceof ReaderPages.Pending page) {
            page.keep(request, response, buffered.bytes(), etag); // a reader's page (ReaderPages): the next reader gets these bytes
        }
        if (matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), etag)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            buffered.discard();
            return;
        }
        response.setContentLength(buffered.bytes().length);
        buffered.passOn();
    }

    /** How old the last change must be before it is announced as {@code Last-Modified} (see {@link #lastModified}). */
    static final Duration SETTLED = Duration.ofSeconds(2);

    /**
     * Adds {@code Last-Modified} to an answer whose bytes follow entirely from records whose last change is known (a
     * ledger feed or download: entries never change, a new one is newer), so a client or cache that kept it may ask
     * with {@code If-Modified-Since} and get {@code 304} (Spring MVC answers it for a {@code ResponseEntity}). HTTP dates
     * count whole seconds: a change less than {@link #SETTLED} old (another could follow within the same second, or on
     * a node whose clock is a little behind) is not announced, so a cached copy is never wrongly confirmed. Without a
     * known change the answer is returned as it is; the ETag of the bytes stays either way.
     */
    public static <T> ResponseEntity<T> lastModified(ResponseEntity<T> answer, Instant lastChange, Instant now) {
        if (lastChange == null || lastChange.isAfter(now.minus(SETTLED))) {
            return answer;
        }
        return ResponseEntity.status(answer.getStatusCode()).headers(answer.getHeaders())
                .lastModified(lastChange.truncatedTo(ChronoUnit.SECONDS)).body(answer.getBody());
    }

    /** Weak comparison (RFC 9110 13.1.2), as If-None-Match asks. */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        String ours = opaque(etag);
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*") || opaque(tag).equals(ours)) {
                return true;
            }
        }
        return false;
    }

    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Holds an answer's bytes up to {@link #BUFFER_LIMIT}, so the tag is known before anything is sent; past it (or
     * when asked) it sends what it held and writes through. Safe when a streaming body is written by another thread.
     */
    static final class Buffered extends HttpServletResponseWrapper {

        private ByteArrayOutputStream held = new ByteArrayOutputStream(16 * 1024);
        private boolean through;
        private Long declaredLength;
        private ServletOutputStream stream;
        private PrintWriter writer;

        Buffered(HttpServletResponse response) {
            super(response);
        }

        synchronized boolean passedOn() {
            return through;
        }

        synchronized byte[] bytes() {
            return held == null ? new byte[0] : held.toByteArray();
        }

        void flushWriter() {
            if (writer != null) {
                writer.flush();
            }
        }

        /** An error page replaces what was written: nothing held is sent, and no cache keeps the error. */
        synchronized void failed() {
            if (!through) {
                held = null;
                through = true;
            }
            if (!getResponse().isCommitted()) {
                ((HttpServletResponse) getResponse()).setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
            }
        }

        @Override
        public void sendError(int status) throws IOException {
            failed();
            super.sendError(status);
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            failed();
            super.sendError(status, message);
        }

        synchronized void discard() {
            held = null;
            through = true;
        }

        /** Sends what was held and writes through from now on. */
        synchronized void passOn() throws IOException {
            if (through) {
                return;
            }
            through = true;
            byte[] bytes = held.toByteArray();
            held = null;
            if (getResponse().isCommitted()) {
                return; // an error page was sent in its place
            }
            if (declaredLength != null) {
                getResponse().setContentLengthLong(declaredLength);
            }
            if (bytes.length > 0) {
                getResponse().getOutputStream().write(bytes);
            }
        }

        private synchronized void write(byte[] bytes, int offset, int length) throws IOException {
            if (!through && held.size() + length > BUFFER_LIMIT) {
                passOn();
            }
            if (through) {
                getResponse().getOutputStream().write(bytes, offset, length);
            } else {
                held.write(bytes, offset, length);
            }
        }

        @Override
        public ServletOutputStream getOutputStream() {
            if (writer != null) {
                throw new IllegalStateException("getWriter() was already called");
            }
            if (stream == null) {
                stream = new HeldStream();
            }
            return stream;
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) {
                if (stream != null) {
                    throw new IllegalStateException("getOutputStream() was already called");
                }
                writer = new PrintWriter(new OutputStreamWriter(new HeldStream(),
                        Charset.forName(getCharacterEncoding())));
            }
            return writer;
        }

        @Override
        public synchronized void flushBuffer() throws IOException {
            if (through) {
                super.flushBuffer();
            } else if (writer != null) {
                writer.flush(); // into what is held: flushing must not commit the answer before its tag is known
            }
        }

        @Override
        public synchronized void setContentLength(int length) {
            setContentLengthLong(length);
        }

        @Override
        public synchronized void setContentLengthLong(long length) {
            if (through) {
                super.setContentLengthLong(length);
            } else {
                declaredLength = length;
            }
        }

        @Override
        public synchronized void resetBuffer() {
            super.resetBuffer();
            if (!through) {
                held.reset();
            }
        }

        @Override
        public synchronized void reset() {
            super.reset();
            if (!through) {
                held.reset();
                declaredLength = null;
            }
        }

        private final class HeldStream extends ServletOutputStream {

            @Override
            public void write(int b) throws IOException {
                Buffered.this.write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                Buffered.this.write(b, off, len);
            }

            @Override
            public void flush() throws IOException {
                synchronized (Buffered.this) {
                    if (through) {
                        getResponse().getOutputStream().flush();
                    }
                }
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {
                throw new UnsupportedOperationException("answers are written blocking");
            }
        }
    }
}
