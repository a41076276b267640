package io.macrodigest.article;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The per-pod caches of what is computed from articles (digests, searches): how fresh they are and how many
 * entries each keeps. Every entry is tied to the database's data version, so none outlives an ingest.
 */
@ConfigMapping(prefix = "digest.cache")
public interface CacheConfig {

    /**
     * How long one reading of the database's data version is trusted: a cached digest or search can be this much
     * older than an ingest on another pod. Zero reads it on every request.
     */
    @WithDefault("2s")
    Duration versionCheckInterval();

    /** Built and rendered digests kept (least recently used go first). */
    @WithDefault("256")
    int digests();

    /** Search result pages kept (least recently used go first); 0 turns the search cache off. */
    @WithDefault("1024")
    int searches();

    /**
     * Longest a cached search page is served while no article changes: ranking weighs recency from the instant a
     * search ran, so a page computed long ago would keep yesterday's order.
     */
    @WithDefault("5m")
    Duration searchMaxAge();

    /** Rendered pages kept per pod to be served, marked stale, while the database is unreachable. */
    @WithDefault("256")
    int stalePages();
}
