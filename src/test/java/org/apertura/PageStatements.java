package org.apertura;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

/**
 * What building one page costs the database, counted with Hibernate's statistics while a reader with no cookie asks
 * for it over real HTTP (with a query string no kept page answers, so the page is built, not served as kept).
 */
public final class PageStatements {

    /** The page read, the statements prepared to build it and how many of each entity asked for were loaded. */
    public record Counted(String body, long statements, Map<Class<?>, Long> loads) {

        public long loaded(Class<?> entity) {
            return loads.get(entity);
        }
    }

    private PageStatements() {
    }

    public static Counted of(EntityManagerFactory entityManagers, int port, String path, Class<?>... entities)
            throws Exception {
        String fresh = path + (path.contains("?") ? "&" : "?") + "n=" + UUID.randomUUID();
        return counting(entityManagers, () -> {
            HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + fresh)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            return page.body();
        }, entities);
    }

    /**
     * What reading a page some other way costs (a signed-in MockMvc request, whose sign-in a plain HTTP client has
     * not): {@code read} returns the page's body.
     */
    public static Counted counting(EntityManagerFactory entityManagers, Callable<String> read, Class<?>... entities)
            throws Exception {
        Statistics statistics = entityManagers.unwrap(SessionFactory.class).getStatistics();
        boolean was = statistics.isStatisticsEnabled();
        statistics.clear();
        statistics.setStatisticsEnabled(true);
        try {
            String body = read.call();
            Map<Class<?>, Long> loads = new LinkedHashMap<>();
            for (Class<?> entity : entities) {
                loads.put(entity, statistics.getEntityStatistics(entity.getName()).getLoadCount());
            }
            return new Counted(body, statistics.getPrepareStatementCount(), loads);
        } finally {
            statistics.setStatisticsEnabled(was);
            statistics.clear();
        }
    }
}
