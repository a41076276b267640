package io.macrodigest.ingest;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.macrodigest.article.ArticleStore;
import io.macrodigest.config.DatabaseOutage;
import io.macrodigest.extract.ExtractionException;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * One poll of one source: read its feed or sitemap (conditionally), then ingest the articles it lists that are
 * not stored yet. A failing article is recorded and skipped; a failing source backs off; neither stops others.
 */
@ApplicationScoped
public class SourcePoller {

    private static final Logger LOG = Logger.getLogger(SourcePoller.class);
    private static final int MAX_CHILD_SITEMAPS = 5;

    private final ScrapeConfig config;
    private final SourceService sources;
    private final PoliteFetcher fetcher;
    private final FeedParser parser;
    private final IngestService ingest;
    private final ArticleStore articles;
    private final MeterRegistry metrics;

    public SourcePoller(ScrapeConfig config, SourceService sources, PoliteFetcher fetcher, FeedParser parser,
            IngestService ingest, ArticleStore articles, MeterRegistry metrics) {
        this.config = config;
        this.sources = sources;
        this.fetcher = fetcher;
        this.parser = parser;
        this.ingest = ingest;
        this.articles = articles;
        this.metrics = metrics;
    }

    public void poll(long sourceId) {
        Optional<Source> found = sources.snapshot(sourceId);
        if (found.isEmpty()) {
            return;
        }
        Source source = found.get();
        LOG.debugf("Polling source %d (%s)", sourceId, source.url);
        metrics.counter("digest.source.polls").increment();
        try {
            FetchedPage document = fetcher.fetch(new FetchRequest(URI.create(source.url), FetchRequest.FEEDS,
                    source.etag, source.lastModified));
            int stored = document.notModified() ? 0 : ingestListed(source, entries(document));
            sources.recordSuccess(sourceId, document, stored);
        } catch (FetchException e) {
            metrics.counter("digest.source.poll.failures").increment();
            LOG.infof("Source %d (%s) failed: %s", sourceId, source.url, e.getMessage());
            sources.recordFailure(sourceId, e.getMessage(), e.retryAfter());
        } catch (RuntimeException e) {
            if (DatabaseOutage.causedBy(e)) {
                // not the source's fault, and nothing can be recorded now: the validators were not saved, so the
                // next firing reads the whole feed again and ingests what this one could not store
                metrics.counter("digest.source.poll.database.outages").increment();
                LOG.warnf("Source %d (%s): database unreachable, left for the next poll", sourceId, source.url);
                return;
            }
            metrics.counter("digest.source.poll.failures").increment();
            LOG.warnf(e, "Source %d (%s) failed unexpectedly", sourceId, source.url);
            sources.recordFailure(sourceId, "unexpected error: " + e.getMessage(), null);
        }
    }

    private List<FeedEntry> entries(FetchedPage document) {
        ParsedFeed feed = parser.parse(document.body(), document.contentType(), document.finalUrl().toString());
        List<FeedEntry> entries = new ArrayList<>(feed.entries());
        for (String child : feed.childSitemaps().stream().limit(MAX_CHILD_SITEMAPS).toList()) {
            FetchedPage sitemap = fetcher.fetch(new FetchRequest(URI.create(child), FetchRequest.FEEDS, null, null));
            entries.addAll(parser.parse(sitemap.body(), sitemap.contentType(), child).entries());
        }
        return entries;
    }

    private int ingestListed(Source source, List<FeedEntry> entries) {
        IngestService.Origin origin = new IngestService.Origin(source.id, source.llmEnabled);
        int stored = 0;
        int attempted = 0;
        for (FeedEntry entry : entries) {
            if (attempted >= config.maxArticlesPerPoll()) {
                break;
            }
            String canonical;
            try {
                canonical = UrlCanonicalizer.canonicalize(entry.url());
            } catch (IllegalArgumentException e) {
                continue;
            }
            if (articles.exists(entry.url(), canonical)) {
                continue;
            }
            attempted++;
            try {
                ingest.ingest(URI.create(entry.url()), origin);
                stored++;
            } catch (FetchException e) {
                if (!e.isTransient()) {
                    articles.recordFailure(entry.url(), canonical, e.getMessage(), source.id);
                }
            } catch (ExtractionException e) {
                articles.recordFailure(entry.url(), canonical, e.getMessage(), source.id);
            }
        }
        metrics.counter("digest.source.articles.stored").increment(stored);
        return stored;
    }
}
