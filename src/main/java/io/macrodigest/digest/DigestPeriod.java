package io.macrodigest.digest;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** A digest covers a UTC day or an ISO week starting on Monday. */
public enum DigestPeriod {
    DAY("day"), WEEK("week");

    private final String id;

    DigestPeriod(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    LocalDate start(LocalDate date) {
        return this == DAY ? date : date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    LocalDate end(LocalDate start) {
        return this == DAY ? start.plusDays(1) : start.plusWeeks(1);
    }
}
