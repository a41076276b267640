package io.macrodigest.digest;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** The width of a pulse point: a UTC day or an ISO week starting on Monday. */
public enum PulseBucket {
    DAY("day"), WEEK("week");

    private final String id;

    PulseBucket(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    LocalDate align(LocalDate date) {
        return this == DAY ? date : date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    LocalDate next(LocalDate start) {
        return this == DAY ? start.plusDays(1) : start.plusWeeks(1);
    }

    /** The default range ending today: 30 days or 26 weeks. */
    public LocalDate defaultFrom(LocalDate today) {
        return this == DAY ? today.minusDays(29) : align(today).minusWeeks(25);
    }
}
