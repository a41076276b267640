package io.macrodigest.digest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.macrodigest.analysis.Analysis;
import io.macrodigest.analysis.Driver;
import io.macrodigest.analysis.Sentiment;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** What happened over a period: where each macro driver stands, then the top stories. */
@RegisterForReflection
public record Digest(String period, LocalDate date, Instant from, Instant to, Instant generatedAt, int articleCount,
        List<DriverPulse> drivers, List<Story> stories) {

    /**
     * @param netTone  confidence-weighted mean tone of the articles that carry the driver, in [-1, 1]
     * @param evidence the sentence behind the strongest reading of the driver in the period, or null
     */
    @RegisterForReflection
    public record DriverPulse(Driver driver, double netTone, int articles, String evidence, Long evidenceArticleId) {
    }

    @RegisterForReflection
    public record Story(long articleId, String title, String url, String siteName, Instant publishedAt, String summary,
            List<Analysis.Insight> insights, List<Analysis.Quote> quotes, List<Analysis.ActionItem> actionItems,
            List<Analysis.DriverTag> drivers, List<Analysis.AssetTag> assets, Sentiment sentiment) {
    }
}
