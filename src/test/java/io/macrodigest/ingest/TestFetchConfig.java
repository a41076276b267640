package io.macrodigest.ingest;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.quarkus.runtime.configuration.MemorySize;

/** Fetch settings for unit tests that build fetch components without Quarkus. */
record TestFetchConfig(List<String> allowed) implements FetchConfig {

    static FetchConfig withAllowed(List<String> allowed) {
        return new TestFetchConfig(allowed);
    }

    @Override
    public Duration connectTimeout() {
        return Duration.ofSeconds(2);
    }

    @Override
    public Duration timeout() {
        return Duration.ofSeconds(2);
    }

    @Override
    public MemorySize maxBodySize() {
        return new MemorySize(java.math.BigInteger.valueOf(1024 * 1024));
    }

    @Override
    public int maxRedirects() {
        return 3;
    }

    @Override
    public String userAgent() {
        return "macro-digest-test";
    }

    @Override
    public String robotsAgent() {
        return "macro-digest";
    }

    @Override
    public Optional<List<String>> allowedNetworks() {
        return Optional.of(allowed);
    }

    @Override
    public Duration minHostDelay() {
        return Duration.ZERO;
    }

    @Override
    public Duration maxPoliteWait() {
        return Duration.ofSeconds(2);
    }

    @Override
    public Duration robotsTtl() {
        return Duration.ofMinutes(1);
    }

    @Override
    public int attempts() {
        return 2;
    }

    @Override
    public Duration backoffBase() {
        return Duration.ofMillis(10);
    }
}
