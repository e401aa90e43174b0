package org.apertura.platform;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.FixedRateTask;
import org.springframework.scheduling.config.IntervalTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.config.Task;
import org.springframework.scheduling.config.TriggerTask;

/**
 * Every {@code @Scheduled} job of every module runs on one node at a time, whatever the number of nodes: before
 * each run the node takes the job's row in the {@code shedlock} table (ShedLock's JDBC provider, the database's own
 * clock), and a node that finds it taken skips that run. No module declares anything: each job is wrapped here,
 * named by its class and method. A daily job keeps its lock for at least {@code apertura.scheduling.min-lock}
 * (a minute), so a node whose clock runs a few seconds late does not run it again; a job that dies with its node
 * frees the lock after {@code apertura.scheduling.max-lock} (30 minutes). A lock row names the node that holds it
 * (host and node id, {@link #lockedBy}). Jobs that claim rows themselves (the mail
 * outbox) stay safe when called outside the scheduler too.
 */
@Configuration(proxyBeanMethods = false)
public class ClusterLocks implements SchedulingConfigurer {

    private final LockingTaskExecutor executor;
    private final Duration minLock;
    private final Duration maxLock;

    ClusterLocks(LockProvider scheduledJobLocks, PlatformProperties settings) {
        this.executor = new DefaultLockingTaskExecutor(scheduledJobLocks);
        this.minLock = settings.scheduling().minLock();
        this.maxLock = settings.scheduling().maxLock();
    }

    @Bean
    static LockProvider scheduledJobLocks(DataSource dataSource, PlatformProperties settings) {
        String nodeId = settings.scheduling().nodeId();
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource)).usingDbTime()
                .withLockedByValue(lockedBy(hostName(), nodeId, ProcessHandle.current().pid())).build());
    }

    /**
     * What a lock row's {@code locked_by} says: the host and the node on it, so two nodes on one host (two processes,
     * two containers sharing a host name) are told apart. The node is {@code apertura.scheduling.node-id}
     * ({@code APERTURA_NODE_ID}) when set, else the process id.
     */
    static String lockedBy(String host, String nodeId, long pid) {
        String node = nodeId == null || nodeId.isBlank() ? String.valueOf(pid) : nodeId.strip();
        String value = host + ":" + node;
        return value.length() > 255 ? value.substring(0, 255) : value;
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown-host";
        }
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.setCronTasksList(wrap(registrar.getCronTaskList(), task -> withJob(task, locked(task, minLock))));
        registrar.setTriggerTasksList(wrap(registrar.getTriggerTaskList().stream()
                .filter(task -> !(task instanceof CronTask)).toList(),
                task -> new TriggerTask(locked(task, minLock), task.getTrigger())));
        registrar.setFixedDelayTasksList(wrap(registrar.getFixedDelayTaskList(),
                task -> new FixedDelayTask(locked(task, Duration.ZERO), task.getIntervalDuration(),
                        task.getInitialDelayDuration())));
        registrar.setFixedRateTasksList(wrap(registrar.getFixedRateTaskList(),
                task -> new FixedRateTask(locked(task, Duration.ZERO), task.getIntervalDuration(),
                        task.getInitialDelayDuration())));
    }

    /**
     * The same cron task running another job: its trigger kept whole, so a job declared in Mexico City's zone
     * ({@code zone = Today.ZONE_ID}) still runs at that hour there, not at that hour of the server's zone (UTC).
     */
    static CronTask withJob(CronTask task, Runnable job) {
        return new CronTask(job, (CronTrigger) task.getTrigger());
    }

    private static <T extends Task> List<T> wrap(List<T> tasks, Function<T, T> wrapper) {
        return tasks.stream().map(wrapper).toList();
    }

    private Runnable locked(Task task, Duration atLeast) {
        String name = lockName(task.toString());
        Runnable job = task.getRunnable();
        return new Runnable() {
            @Override
            public void run() {
                // a short max-lock (the fault tests' 15 s) shortens the daily jobs' minimum too, or ShedLock refuses
                executor.executeWithLock(job, new LockConfiguration(Instant.now(), name, maxLock,
                        atLeast.compareTo(maxLock) > 0 ? maxLock : atLeast));
            }

            @Override
            public String toString() {
                return job.toString();
            }
        };
    }

    /** The job's lock name: its class's simple name and its method (a scheduled method's description ends so). */
    static String lockName(String description) {
        int lambda = description.indexOf("$$");
        if (lambda > 0) { // a task registered as a lambda (Spring Session's clean-up): named by its class, stably
            description = description.substring(0, lambda) + ".task";
        }
        String[] parts = description.split("\\.");
        String name = parts.length >= 2 ? parts[parts.length - 2] + "." + parts[parts.length - 1] : description;
        return name.length() > 64 ? name.substring(name.length() - 64) : name;
    }

    /** Runs a job under its cluster lock now (tests; an administrator's "run now"): empty when another node holds it. */
    public Optional<Boolean> runOnce(String name, Runnable job) {
        try {
            LockingTaskExecutor.TaskResult<Boolean> result = executor.executeWithLock(() -> {
                job.run();
                return true;
            }, new LockConfiguration(Instant.now(), name, maxLock, Duration.ZERO));
            return result.wasExecuted() ? Optional.of(true) : Optional.empty();
        } catch (Throwable e) {
            throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
        }
    }
}
