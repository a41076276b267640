package io.macrodigest.digest;
import io.macrodigest.analysis.drivers.Driver;

import java.time.Instant;
import java.util.List;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * Each driver's tone over time: one point per bucket (UTC day or ISO week) from {@code from} up to {@code to}.
 * A bucket without articles for a driver has {@code netTone} null and {@code articles} 0.
 */
@RegisterForReflection
public record Pulse(Instant from, Instant to, String bucket, List<Series> drivers) {

    @RegisterForReflection
    public record Series(Driver driver, List<Point> points) {
    }

    /** @param netTone confidence-weighted mean tone of the bucket's articles, in [-1, 1] */
    @RegisterForReflection
    public record Point(Instant start, Double netTone, int articles) {
    }
}
