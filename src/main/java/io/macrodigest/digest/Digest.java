package io.macrodigest.digest;
import io.macrodigest.analysis.Analysis;
import io.macrodigest.analysis.drivers.Driver;
import io.macrodigest.analysis.sentiment.Sentiment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * What happened over a period: where each macro driver stands, then the top story clusters. {@code date} is
 * the first day of a day or week period and null for a free range; {@code updatedAt} is the latest change to any
 * story listed (null when there is none); {@code query} the search text the digest is narrowed to, null for none.
 */
@RegisterForReflection
public record Digest(String period, LocalDate date, Instant from, Instant to, String query, Instant generatedAt,
        Instant updatedAt,
        int articleCount, int storyCount, List<DriverPulse> drivers, List<Story> stories) {

    /**
     * @param netTone  confidence-weighted mean tone of the articles that carry the driver, in [-1, 1]
     * @param evidence the sentence behind the strongest reading of the driver in the period, or null
     */
    @RegisterForReflection
    public record DriverPulse(Driver driver, double netTone, int articles, String evidence, Long evidenceArticleId) {
    }

    /**
     * A story cluster shown once: the analysis of its richest article, quotes and action items gathered from all
     * of them, and a link to every article of the cluster. {@code id} is stable for as long as the story exists
     * (it is derived from the cluster id), for feed readers and newsletter jobs.
     */
    @RegisterForReflection
    public record Story(String id, long clusterId, long articleId, String title, String url, String siteName,
            Instant publishedAt, Instant updatedAt, String summary, List<Analysis.Insight> insights,
            List<Analysis.Quote> quotes, List<Analysis.ActionItem> actionItems, List<Analysis.DriverTag> drivers,
            List<Analysis.AssetTag> assets, Sentiment sentiment, List<SourceLink> sources) {

        /** Links a page or a feed item lists before "and N more": a story told by hundreds stays readable and small. */
        static final int SHOWN_SOURCES = 12;

        /** The first {@link #SHOWN_SOURCES} links, for HTML; JSON keeps every link in {@code sources}. */
        public List<SourceLink> shownSources() {
            return sources.size() <= SHOWN_SOURCES ? sources : sources.subList(0, SHOWN_SOURCES);
        }

        public int moreSources() {
            return Math.max(0, sources.size() - SHOWN_SOURCES);
        }
    }

    @RegisterForReflection
    public record SourceLink(long articleId, String title, String url, String siteName, Instant publishedAt) {
    }

    /** The stable id of the story whose cluster id is {@code clusterId}. */
    public static String storyId(long clusterId) {
        return "urn:macro-digest:story:" + clusterId;
    }
}
