package io.macrodigest.digest;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** "Related coverage" on the article page: how far apart in time and how close in subject stories may be. */
@ConfigMapping(prefix = "digest.related")
public interface RelatedConfig {

    /** Stories this far before or after the article are compared with it. */
    @WithDefault("3D")
    Duration window();

    /** Articles nearest in time read as candidates: bounds the work on a busy day. */
    @WithDefault("400")
    int candidates();

    /** Least score a story needs to be listed (see {@link SharedSignalsCoverage}). */
    @WithDefault("0.3")
    double minScore();

    /**
     * Least cosine similarity of title and lead for a story to be related by meaning (see
     * {@code MeaningRelatedCoverage}); below it the model only says both are news about markets.
     */
    @WithDefault("0.70")
    double minSimilarity();
}
