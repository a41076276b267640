package io.macrodigest.story;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.macrodigest.digest.Digest;
import io.macrodigest.digest.Outlets;
import io.macrodigest.digest.RelatedConfig;
import io.macrodigest.digest.RelatedCoverage;
import io.macrodigest.digest.SharedSignalsCoverage;

/**
 * "Related coverage" by meaning: the other stories whose title and lead are nearest to the article's
 * ({@link SimilarArticles}), dated within {@code digest.related.window} of it and at least
 * {@code digest.related.min-similarity} alike, each shown by its closest article with the similarity and the
 * signals it shares in words. When the article has no embedding (model off, not yet rebuilt) or no story is
 * close enough, {@link SharedSignalsCoverage} answers instead.
 */
@ApplicationScoped
public class MeaningRelatedCoverage implements RelatedCoverage {

    private final SimilarArticles similar;
    private final SharedSignalsCoverage signals;
    private final RelatedConfig config;

    public MeaningRelatedCoverage(SimilarArticles similar, SharedSignalsCoverage signals, RelatedConfig config) {
        this.similar = similar;
        this.signals = signals;
        this.config = config;
    }

    @Override
    public List<Related> of(long articleId, int limit) {
        List<SimilarArticle> near = similar.of(articleId, limit, config.window()).orElse(List.of()).stream()
                .filter(s -> s.similarity() >= config.minSimilarity()).toList();
        if (near.isEmpty()) {
            return signals.of(articleId, limit);
        }
        Map<Long, List<String>> shared = signals.reasons(articleId, near.stream().map(SimilarArticle::id).toList());
        return near.stream().map(s -> {
            List<String> reasons = new ArrayList<>();
            reasons.add(String.format(Locale.ROOT, "meaning (similarity %.2f)", s.similarity()));
            reasons.addAll(shared.getOrDefault(s.id(), List.of()));
            return new Related(Digest.storyId(s.clusterId()), s.clusterId(), s.id(), s.title(), s.url(),
                    Outlets.name(s.siteName(), s.url()), s.publishedAt(), s.similarity(), reasons);
        }).toList();
    }
}
