package io.macrodigest.digest;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Digests and the feeds newsletter jobs pull: size, caching and HTTP freshness. */
@ConfigMapping(prefix = "digest.feeds")
public interface DigestConfig {

    /** Story clusters listed per digest. */
    @WithDefault("20")
    int maxStories();

    /** Rendered digests kept in memory (least recently used go first). */
    @WithDefault("256")
    int cacheSize();

    /**
     * How long one reading of the database's data version is trusted: a digest can be this much older than an
     * ingest on another pod. Zero reads it on every request.
     */
    @WithDefault("2s")
    Duration versionCheckInterval();

    /** {@code Cache-Control: max-age} of digests and feeds. */
    @WithDefault("60s")
    Duration maxAge();

    /** Saved-query feeds cover this many UTC days up to and including today. */
    @WithDefault("7")
    int feedDays();
}
