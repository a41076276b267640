package io.macrodigest.article;

import java.time.Instant;

import io.macrodigest.analysis.Driver;
import io.macrodigest.analysis.Sentiment;

/** Filters of an article listing; null means "any". {@code cursor} continues a previous page. */
public record ArticleQuery(String q, Driver driver, String asset, Sentiment.Label sentiment, Instant from, Instant to,
        int limit, String cursor) {
}
