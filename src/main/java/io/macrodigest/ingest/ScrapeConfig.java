package io.macrodigest.ingest;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How sources are polled. */
@ConfigMapping(prefix = "digest.scrape")
public interface ScrapeConfig {

    @WithDefault("30m")
    Duration defaultPollInterval();

    /** Floor of a source's poll interval, so that nobody schedules a site every second. */
    @WithDefault("1m")
    Duration minPollInterval();

    /** New articles read per poll; the rest wait for the next poll, newest first. */
    @WithDefault("25")
    int maxArticlesPerPoll();

    /** Ceiling of the backoff after consecutive failures of a source. */
    @WithDefault("24h")
    Duration maxBackoff();
}
