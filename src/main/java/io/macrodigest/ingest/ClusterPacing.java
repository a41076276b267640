package io.macrodigest.ingest;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Spaces the requests that every instance sends to one site, through one row per site in the shared database:
 * a request reserves the next free start (the later of now and the previous reservation, plus the spacing), so
 * pods polling different sources of one host still start their requests at least the minimum delay apart, and a
 * Retry-After one pod receives holds the site back for all of them. The database clock decides, so pods with
 * skewed clocks agree. Within a pod, {@link HostThrottle} still lets only one request per site run at a time.
 */
@ApplicationScoped
public class ClusterPacing {

    private final EntityManager em;

    public ClusterPacing(EntityManager em) {
        this.em = em;
    }

    /** Reserves a start slot for one request to {@code site}, and answers how long to wait for it. */
    public Duration reserve(String site, Duration spacing) {
        double seconds = spacing.toNanos() / 1e9;
        Number wait = QuarkusTransaction.requiringNew().call(() -> (Number) em.createNativeQuery(
                "insert into host_slot (site, next_at) values (:site, now() + make_interval(secs => :gap))"
                        + " on conflict (site) do update set next_at = greatest(host_slot.next_at, now())"
                        + " + make_interval(secs => :gap)"
                        + " returning extract(epoch from host_slot.next_at - now()) - :gap")
                .setParameter("site", site).setParameter("gap", seconds).getSingleResult());
        return Duration.ofNanos(Math.max(0, (long) (wait.doubleValue() * 1e9)));
    }

    /** No instance starts a request to {@code site} for {@code duration}, as its Retry-After asked. */
    public void holdBack(String site, Duration duration) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "insert into host_slot (site, next_at) values (:site, now() + make_interval(secs => :hold))"
                        + " on conflict (site) do update set next_at"
                        + " = greatest(host_slot.next_at, now() + make_interval(secs => :hold))")
                .setParameter("site", site).setParameter("hold", duration.toNanos() / 1e9).executeUpdate());
    }
}
