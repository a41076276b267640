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
     * A story cluster shown once: a summary drawn from all its articles ({@code summaryLines}, each sentence
     * verbatim from one article and credited to it; {@code summary} joins them), the drivers of its richest
     * article, insights, quotes and action items gathered from all of them, and a link to every article of the
     * cluster. {@code publishedAt} is when the story was first seen (its earliest article), {@code updatedAt} its
     * latest change, {@code outlets} the number of distinct outlets telling it. {@code id} is stable for as long as
     * the story exists (it is derived from the cluster id), for feed readers and newsletter jobs: an article
     * joining the story changes this item, never adds one.
     */
    @RegisterForReflection
    public record Story(String id, long clusterId, long articleId, String title, String url, String siteName,
            Instant publishedAt, Instant updatedAt, String summary, List<SummaryLine> summaryLines, int outlets,
            List<Analysis.Insight> insights,
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

        /** Whether an article was added or changed after the story was first seen, for pages to say so. */
        public boolean updatedLater() {
            return updatedAt.isAfter(publishedAt);
        }
    }

    /** A sentence of a story's summary, verbatim from the article {@code articleId} of {@code outlet}. */
    @RegisterForReflection
    public record SummaryLine(String text, long articleId, String outlet, String url) {
    }

    @RegisterForReflection
    public record SourceLink(long articleId, String title, String url, String siteName, Instant publishedAt) {

        /** Who published it: the site's name, else its host. */
        public String outlet() {
            return Outlets.name(siteName, url);
        }
    }

    /** The stable id of the story whose cluster id is {@code clusterId}. */
    public static String storyId(long clusterId) {
        return "urn:macro-digest:story:" + clusterId;
    }
}
