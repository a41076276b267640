package io.macrodigest.ingest;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * One request at a time per site (host and port) from this instance, spaced by a minimum delay from the requests
 * of every instance ({@link ClusterPacing}), and held back after a Retry-After. A caller that would have to wait
 * longer than the polite maximum fails fast with a transient error instead of holding its worker.
 */
@ApplicationScoped
public class HostThrottle {

    private final FetchConfig config;
    private final ClusterPacing cluster;
    private final Map<String, HostState> hosts = new ConcurrentHashMap<>();

    public HostThrottle(FetchConfig config, ClusterPacing cluster) {
        this.config = config;
        this.cluster = cluster;
    }

    public <T> T run(String host, Duration spacing, Supplier<T> request) {
        String site = host.toLowerCase(Locale.ROOT);
        HostState state = hosts.computeIfAbsent(site, h -> new HostState());
        Duration patience = config.maxPoliteWait().plus(config.timeout());
        try {
            if (!state.lock.tryLock(patience.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new FetchException("too many requests queued for " + host + "; will try later", true);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchException("interrupted while waiting for " + host, true);
        }
        try {
            Duration local = Duration.between(Instant.now(), state.notBefore);
            Duration shared = cluster.reserve(site, spacing);
            Duration wait = local.compareTo(shared) > 0 ? local : shared;
            if (wait.compareTo(config.maxPoliteWait()) > 0) {
                throw new FetchException(host + " asked us to wait " + wait.toSeconds() + "s; will try later", true,
                        0, wait, null);
            }
            if (!wait.isNegative()) {
                Thread.sleep(wait);
            }
            try {
                return request.get();
            } finally {
                state.later(Instant.now().plus(spacing));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchException("interrupted while waiting for " + host, true);
        } finally {
            state.lock.unlock();
        }
    }

    /** Holds the host back for {@code duration}, as its Retry-After asked. */
    public void backOff(String host, Duration duration) {
        String site = host.toLowerCase(Locale.ROOT);
        hosts.computeIfAbsent(site, h -> new HostState()).later(Instant.now().plus(duration));
        cluster.holdBack(site, duration);
    }

    private static final class HostState {
        final ReentrantLock lock = new ReentrantLock(true);
        volatile Instant notBefore = Instant.MIN;

        synchronized void later(Instant instant) {
            if (instant.isAfter(notBefore)) {
                notBefore = instant;
            }
        }
    }
}
