package io.macrodigest.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * Reads the scheduling state of every source straight from its columns (V2), so the status page does not depend
 * on which of them the ingest side maps on its entity.
 */
@ApplicationScoped
public class SourceStatusReader {

    @RegisterForReflection
    public record SourceStatus(long id, String url, String kind, String title, boolean enabled, Instant lastSuccessAt,
            String lastError, Instant lastErrorAt, int consecutiveFailures, Instant nextPollAt, int articlesFound) {

        public boolean failing() {
            return consecutiveFailures > 0;
        }
    }

    private final EntityManager em;

    public SourceStatusReader(EntityManager em) {
        this.em = em;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SourceStatus> all() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, url, kind, title, enabled, last_success_at, last_error,"
                + " last_error_at, consecutive_failures, next_poll_at, articles_found from source order by id")
                .getResultList();
        return rows.stream().map(r -> new SourceStatus(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                (String) r[3], (Boolean) r[4], instant(r[5]), (String) r[6], instant(r[7]),
                ((Number) r[8]).intValue(), instant(r[9]), ((Number) r[10]).intValue())).toList();
    }

    private static Instant instant(Object value) {
        return switch (value) {
            case null -> null;
            case Instant i -> i;
            case OffsetDateTime o -> o.toInstant();
            case java.sql.Timestamp t -> t.toInstant();
            default -> throw new IllegalStateException("unexpected time type " + value.getClass());
        };
    }
}
