package io.macrodigest.article;
import io.macrodigest.analysis.Analysis;
import io.macrodigest.analysis.drivers.Stance;
import io.macrodigest.analysis.sentiment.Sentiment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.hibernate.annotations.BatchSize;

import io.macrodigest.extract.ExtractedArticle;
import io.macrodigest.ingest.Source;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One article, keyed by its canonical URL, with the analysis of its current text. */
@Entity
@Table(name = "article")
public class Article extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String url;
    @Column(name = "canonical_url")
    public String canonicalUrl;
    public String title;
    public String author;
    @Column(name = "published_at")
    public Instant publishedAt;
    @Column(name = "site_name")
    public String siteName;
    public String language;
    public String text;
    @Column(name = "content_hash")
    public String contentHash;
    @Column(name = "fetched_at")
    public Instant fetchedAt;
    @Enumerated(EnumType.STRING)
    public ArticleStatus status;
    public String error;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "source_id")
    public Source source;

    public String summary;
    @Enumerated(EnumType.STRING)
    @Column(name = "sentiment_label")
    public Sentiment.Label sentimentLabel;
    @Column(name = "sentiment_score")
    public Double sentimentScore;
    @Enumerated(EnumType.STRING)
    public Stance stance;
    public String engine;
    @Column(name = "updated_at")
    public Instant updatedAt;
    /** Id of the first article of this story; equal to {@code id} for the first one itself. */
    @Column(name = "cluster_id")
    public Long clusterId;
    /** 64-bit SimHash of the text's word shingles, for near-duplicate detection. */
    public Long simhash;

    @ElementCollection
    @CollectionTable(name = "article_insight", joinColumns = @JoinColumn(name = "article_id"))
    @OrderColumn(name = "position")
    @BatchSize(size = 100)
    public List<AnalysisParts.InsightRow> insights = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "article_quote", joinColumns = @JoinColumn(name = "article_id"))
    @OrderColumn(name = "position")
    @BatchSize(size = 100)
    public List<AnalysisParts.QuoteRow> quotes = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "article_action_item", joinColumns = @JoinColumn(name = "article_id"))
    @OrderColumn(name = "position")
    @BatchSize(size = 100)
    public List<AnalysisParts.ActionItemRow> actionItems = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "article_driver", joinColumns = @JoinColumn(name = "article_id"))
    @OrderColumn(name = "position")
    @BatchSize(size = 100)
    public List<AnalysisParts.DriverRow> drivers = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "article_asset", joinColumns = @JoinColumn(name = "article_id"))
    @OrderColumn(name = "position")
    @BatchSize(size = 100)
    public List<AnalysisParts.AssetRow> assets = new ArrayList<>();

    /** The time the article is sorted and bucketed by: when it was published, else when we read it. */
    public Instant effectiveTime() {
        return publishedAt != null ? publishedAt : fetchedAt;
    }

    void applyContent(String fetchedUrl, String canonical, ExtractedArticle page, String hash, Instant now) {
        url = fetchedUrl;
        canonicalUrl = canonical;
        title = page.title();
        author = page.author();
        publishedAt = page.publishedAt() == null ? null : page.publishedAt().toInstant();
        siteName = page.siteName();
        language = page.language();
        text = page.text();
        contentHash = hash;
        fetchedAt = now;
        updatedAt = now;
    }

    void applyAnalysis(Analysis analysis) {
        status = ArticleStatus.ANALYZED;
        error = null;
        summary = analysis.summary();
        sentimentLabel = analysis.sentiment().label();
        sentimentScore = analysis.sentiment().score();
        stance = analysis.stance();
        engine = analysis.engine();
        replace(insights, analysis.insights(), AnalysisParts.InsightRow::of);
        replace(quotes, analysis.quotes(), AnalysisParts.QuoteRow::of);
        replace(actionItems, analysis.actionItems(), AnalysisParts.ActionItemRow::of);
        replace(drivers, analysis.drivers(), AnalysisParts.DriverRow::of);
        replace(assets, analysis.assets(), AnalysisParts.AssetRow::of);
    }

    /** Null for an article whose analysis never succeeded. */
    public Analysis analysis() {
        if (engine == null) {
            return null;
        }
        return new Analysis(summary,
                insights.stream().map(AnalysisParts.InsightRow::toRecord).toList(),
                quotes.stream().map(AnalysisParts.QuoteRow::toRecord).toList(),
                actionItems.stream().map(AnalysisParts.ActionItemRow::toRecord).toList(),
                driverTags(), assetTags(), sentiment(), stance, engine);
    }

    /** The parts of the analysis a search hit shows, without loading insights, quotes and action items. */
    public List<Analysis.DriverTag> driverTags() {
        return drivers.stream().map(AnalysisParts.DriverRow::toRecord).toList();
    }

    public List<Analysis.AssetTag> assetTags() {
        return assets.stream().map(AnalysisParts.AssetRow::toRecord).toList();
    }

    public Sentiment sentiment() {
        return new Sentiment(sentimentLabel, sentimentScore == null ? 0 : sentimentScore);
    }

    private static <R, T> void replace(List<T> rows, List<R> records, Function<R, T> toRow) {
        rows.clear();
        records.stream().map(toRow).forEach(rows::add);
    }
}
