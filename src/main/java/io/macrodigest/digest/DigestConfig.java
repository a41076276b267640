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

    /** {@code Cache-Control: max-age} of digests and feeds. */
    @WithDefault("60s")
    Duration maxAge();

    /** Saved-query feeds cover this many UTC days up to and including today. */
    @WithDefault("7")
    int feedDays();
}
