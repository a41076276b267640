package io.macrodigest.search;
import io.macrodigest.analysis.Analysis;
import io.macrodigest.analysis.sentiment.Sentiment;

import java.time.Instant;
import java.util.List;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * One search result: enough to show and link it. {@code snippet} is safe HTML (escaped text whose matches are
 * wrapped in {@code <mark>}); {@code score} is the blended rank, null when sorted by time.
 */
@RegisterForReflection
public record SearchHit(long id, long clusterId, String title, String url, String siteName, Instant publishedAt,
        String summary, String snippet, Double score, Sentiment sentiment, List<Analysis.DriverTag> drivers,
        List<Analysis.AssetTag> assets) {
}
