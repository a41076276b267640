package io.macrodigest.digest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.stream.Collectors;

import io.macrodigest.search.ArticleFilter;
import io.macrodigest.search.DriverFilter;

/**
 * Which digest to build: the window [from, to), the article filter inside it, and {@code since} for incremental
 * pulls. {@code date} is the first day of a day/week period, null for a free range.
 */
public record DigestRequest(DigestPeriod period, LocalDate date, Instant from, Instant to, ArticleFilter filter,
        Since since) {

    /** The day or ISO week (UTC) holding {@code date}. */
    public static DigestRequest of(DigestPeriod period, LocalDate date, ArticleFilter filter, Since since) {
        LocalDate start = period.start(date);
        return new DigestRequest(period, start, start.atStartOfDay(ZoneOffset.UTC).toInstant(),
                period.end(start).atStartOfDay(ZoneOffset.UTC).toInstant(), filter, since);
    }

    public static DigestRequest range(Instant from, Instant to, ArticleFilter filter, Since since) {
        return new DigestRequest(DigestPeriod.RANGE, null, from, to, filter, since);
    }

    /** The last {@code days} UTC days up to and including today: the rolling window of the home page and feeds. */
    public static DigestRequest lastDays(int days, ArticleFilter filter, Since since) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        return range(today.minusDays(days - 1L).atStartOfDay(ZoneOffset.UTC).toInstant(),
                today.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant(), filter, since);
    }

    /** Everything that determines the content, as a cache key. */
    String key() {
        ArticleFilter f = filter;
        return period.id() + '|' + from + '|' + to + '|' + f.q() + '|'
                + f.drivers().stream().map(DriverFilter::id).collect(Collectors.joining(",")) + '|' + f.asset() + '|'
                + f.sentiment() + '|' + f.sourceId() + '|' + f.language() + '|' + since;
    }

    /**
     * Only stories newer than a point a newsletter job saw last: after a story id (stories whose cluster started
     * later) or after an instant (stories with an article added or changed since then).
     */
    public record Since(Long clusterId, Instant time) {

        public static Since parse(String value) {
            if (value == null || value.isBlank()) {
                return null;
            }
            String v = value.strip();
            String prefix = Digest.storyId(0).substring(0, Digest.storyId(0).length() - 1);
            if (v.startsWith(prefix)) {
                v = v.substring(prefix.length());
            }
            if (v.chars().allMatch(Character::isDigit)) {
                return new Since(Long.parseLong(v), null);
            }
            try {
                return new Since(null, v.length() == 10 ? LocalDate.parse(v).atStartOfDay(ZoneOffset.UTC).toInstant()
                        : java.time.OffsetDateTime.parse(v).toInstant());
            } catch (java.time.format.DateTimeParseException e) {
                throw new IllegalArgumentException("'since' must be a story id, a date or an ISO-8601 date-time, not '"
                        + value + "'.");
            }
        }

        boolean admits(long storyCluster, Instant storyUpdatedAt) {
            return clusterId != null ? storyCluster > clusterId : storyUpdatedAt.isAfter(time);
        }

        @Override
        public String toString() {
            return clusterId != null ? "id:" + clusterId : "t:" + time;
        }
    }
}
