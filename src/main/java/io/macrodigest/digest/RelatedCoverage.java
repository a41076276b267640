package io.macrodigest.digest;

import java.time.Instant;
import java.util.List;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * Other stories close to an article's own, for "Related coverage". {@code MeaningRelatedCoverage} answers by
 * meaning and falls back to {@link SharedSignalsCoverage} (shared assets, drivers and headline words), the
 * default bean.
 */
public interface RelatedCoverage {

    /** Up to {@code limit} other stories near the article in time and subject, closest first; empty for none. */
    List<Related> of(long articleId, int limit);

    /**
     * A related story, shown by its article closest to the one asked about; {@code reasons} say in words why it
     * is related ("meaning (similarity 0.74)", "asset: Bitcoin", "driver: rates", "headline: fed, cut").
     */
    @RegisterForReflection
    record Related(String storyId, long clusterId, long articleId, String title, String url, String outlet,
            Instant publishedAt, double score, List<String> reasons) {
    }
}
