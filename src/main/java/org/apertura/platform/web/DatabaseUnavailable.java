package org.apertura.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.ConnectException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * When the database cannot be reached (PostgreSQL restarting, the network to it cut, the pool unable to get a
 * connection within {@code spring.datasource.hikari.connection-timeout}), a request gets {@code 503 Service
 * Unavailable} with {@code Retry-After}: the friendly page «Estamos por volver» with the request's id for a person, a
 * problem document for the API; never a stack trace, and nothing half-saved (the transaction never began or was rolled
 * back). Any other failure goes on to the usual error page. The node needs no restart: the pool reconnects by itself
 * once the database answers again, and readiness ({@code /actuator/health/readiness}) says DOWN meanwhile so a balancer
 * sends the traffic elsewhere. Proven with separate processes by {@code platform.faults.NodeFaultsTest}, and in the
 * suite by {@code DatabaseCutTest}.
 *
 * <p>It answers both as the outermost filter that reads data (failures in filters, in views) and as Spring MVC's first
 * exception resolver (failures in controllers): see {@link #resolveException} for why the filter alone was not enough.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10) // inside RequestIds (the page shows the id), outside everything that reads data
public class DatabaseUnavailable extends OncePerRequestFilter implements HandlerExceptionResolver {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseUnavailable.class);
    static final String RETRY_AFTER_SECONDS = "30";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            if (!causedByUnreachableDatabase(e) || response.isCommitted()) {
                throw e;
            }
            answer(request, response, e);
        }
    }

    /**
     * The same answer for a failure inside Spring MVC, before its own resolvers see it. Spring MVC takes any failure
     * with an {@code EOFException} or a "connection reset" among its causes for a client that went away and answers
     * nothing (an empty 200): exactly what the PostgreSQL driver reports when the connection to the database is cut
     * under it ({@code CannotCreateTransactionException} ← Hikari's timeout ← the driver's failed connection attempt
     * ← {@code EOFException}). That failure never reached the filter, so a node answered 200 with an empty body during
     * a database cut (NodeFaultsTest, DatabaseCutTest).
     */
    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
            Exception failure) {
        if (!causedByUnreachableDatabase(failure) || response.isCommitted()) {
            return null; // the usual resolvers and error page
        }
        try {
            answer(request, response, failure);
        } catch (IOException e) {
            return null;
        }
        return new ModelAndView(); // answered: nothing more to render (a page's 503 is rendered by the error dispatch)
    }

    private static void answer(HttpServletRequest request, HttpServletResponse response, Throwable failure)
            throws IOException {
        LOG.warn("Database unreachable, answered 503: {}", rootMessage(failure));
        response.reset();
        response.setHeader(RequestIds.HEADER, RequestIds.idOf(request));
        response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
        response.setHeader("Cache-Control", "no-store");
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setContentType("application/problem+json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Service Unavailable\",\"status\":503,"
                    + "\"detail\":\"" + (ApiLocale.of(request).getLanguage().equals("en")
                            ? "The service is briefly unavailable: nothing was saved. Try again in a moment."
                            : "El servicio no está disponible por un momento: no se guardó nada. Intente de nuevo en un momento.")
                    + "\",\"requestId\":\"" + RequestIds.idOf(request) + "\"}");
        } else {
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        }
    }

    /** Whether the failure comes from not reaching the database (not from a bad query or a constraint). */
    static boolean causedByUnreachableDatabase(Throwable failure) {
        return causedByUnreachableDatabase(failure, 0);
    }

    private static boolean causedByUnreachableDatabase(Throwable failure, int depth) {
        // the connection may break mid-transaction: the rollback then fails too ("Connection is closed") and Spring
        // throws that instead of the first failure, so every cause and suppressed failure is looked at
        for (Throwable t = failure; t != null && depth < 40; t = t.getCause() == t ? null : t.getCause(), depth++) {
            if (t instanceof CannotCreateTransactionException || t instanceof DataAccessResourceFailureException
                    || t instanceof TransientDataAccessResourceException || t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException || t instanceof ConnectException
                    || t.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")
                    || (t instanceof SQLException sql && ((sql.getSQLState() != null && sql.getSQLState().startsWith("08"))
                            || "Connection is closed".equals(sql.getMessage())))) {
                return true;
            }
            for (Throwable suppressed : t.getSuppressed()) {
                if (causedByUnreachableDatabase(suppressed, depth + 1)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
