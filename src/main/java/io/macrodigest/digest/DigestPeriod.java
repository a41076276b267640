package io.macrodigest.digest;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** A digest covers a UTC day, an ISO week starting on Monday, or a free range given by from/to. */
public enum DigestPeriod {
    DAY("day"), WEEK("week"), RANGE("range");

    private final String id;

    DigestPeriod(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    LocalDate start(LocalDate date) {
        return this == WEEK ? date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : date;
    }

    LocalDate end(LocalDate start) {
        return this == WEEK ? start.plusWeeks(1) : start.plusDays(1);
    }
}
