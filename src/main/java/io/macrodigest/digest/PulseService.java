package io.macrodigest.digest;
import io.macrodigest.analysis.drivers.Driver;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import io.macrodigest.search.ArticleFilter;

/** The macro pulse: driver tone per day or week, aggregated in the database. */
@ApplicationScoped
public class PulseService {

    public static final int MAX_BUCKETS = 400;

    private final EntityManager em;

    public PulseService(EntityManager em) {
        this.em = em;
    }

    /** @param from and @param to are aligned down to their bucket start; {@code to} is exclusive */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Pulse pulse(PulseBucket bucket, LocalDate from, LocalDate to) {
        LocalDate start = bucket.align(from);
        LocalDate end = bucket.align(to).isBefore(to) ? bucket.next(bucket.align(to)) : bucket.align(to);
        List<LocalDate> starts = new ArrayList<>();
        for (LocalDate d = start; d.isBefore(end); d = bucket.next(d)) {
            starts.add(d);
            if (starts.size() > MAX_BUCKETS) {
                throw new IllegalArgumentException("The range holds more than " + MAX_BUCKETS + " " + bucket.id()
                        + "s; choose a shorter range or a larger bucket.");
            }
        }
        Instant fromInstant = start.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant toInstant = end.atStartOfDay(ZoneOffset.UTC).toInstant();
        Query query = em.createNativeQuery("select cast(date_trunc(:bucket, " + ArticleFilter.TIME
                + ", 'UTC') at time zone 'UTC' as date), d.driver,"
                + " " + DigestService.NET_TONE + ", count(*)"
                + " from article a join article_driver d on d.article_id = a.id"
                + " where a.status = 'ANALYZED' and " + ArticleFilter.TIME + " >= :from and " + ArticleFilter.TIME
                + " < :to group by 1, 2");
        query.setParameter("bucket", bucket.id());
        query.setParameter("from", Timestamp.from(fromInstant));
        query.setParameter("to", Timestamp.from(toInstant));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        Map<Driver, Map<LocalDate, Pulse.Point>> byDriver = new EnumMap<>(Driver.class);
        for (Object[] row : rows) {
            LocalDate day = row[0] instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) row[0];
            Driver driver = Driver.valueOf((String) row[1]);
            byDriver.computeIfAbsent(driver, k -> new HashMap<>()).put(day, new Pulse.Point(
                    day.atStartOfDay(ZoneOffset.UTC).toInstant(), DigestService.round(((Number) row[2]).doubleValue()),
                    ((Number) row[3]).intValue()));
        }
        List<Pulse.Series> series = new ArrayList<>();
        for (Driver driver : Driver.values()) {
            Map<LocalDate, Pulse.Point> points = byDriver.getOrDefault(driver, Map.of());
            series.add(new Pulse.Series(driver, starts.stream().map(d -> points.getOrDefault(d,
                    new Pulse.Point(d.atStartOfDay(ZoneOffset.UTC).toInstant(), null, 0))).toList()));
        }
        return new Pulse(fromInstant, toInstant, bucket.id(), series);
    }
}
