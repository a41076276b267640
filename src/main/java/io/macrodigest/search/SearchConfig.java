package io.macrodigest.search;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How ranked search blends text relevance with recency, how many matches it ranks, and how many facet values it reports. */
@ConfigMapping(prefix = "digest.search")
public interface SearchConfig {

    /** Age at which an article's recency factor has halved. */
    @WithDefault("7D")
    Duration recencyHalfLife();

    /** Share of the score that recency can take away from an old article, in [0, 1]; 0 ranks by text only. */
    @WithDefault("0.5")
    double recencyWeight();

    /**
     * Newest matches a search ranks and counts facets over; older matches are not listed (see ArticleSearch).
     * Bounds the work of a query that matches a large share of all articles.
     */
    @WithDefault("200")
    int candidates();

    /** Searches working on the database at once; more wait their turn in order of arrival (see SearchSlots). */
    @WithDefault("4")
    int maxActive();

    /** Longest wait for a turn; a search that would wait longer is refused with 503 and Retry-After. */
    @WithDefault("1500ms")
    Duration maxWait();

    /** Values listed per facet (assets, sources); drivers are always all listed. */
    @WithDefault("10")
    int facetLimit();
}
