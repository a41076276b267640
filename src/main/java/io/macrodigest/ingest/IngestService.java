package io.macrodigest.ingest;
import io.macrodigest.analysis.Analysis;
import io.macrodigest.analysis.AnalysisInput;
import io.macrodigest.analysis.Analyzer;

import java.net.URI;
import java.nio.charset.StandardCharsets;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;

import org.hibernate.exception.ConstraintViolationException;

import io.macrodigest.article.ArticleStore;
import io.macrodigest.article.StoryPlacer;
import io.macrodigest.extract.ArticleExtractor;
import io.macrodigest.extract.ExtractedArticle;
import io.macrodigest.extract.ExtractionException;
import io.macrodigest.story.StoryAssigner;

/**
 * fetch → extract → analyse and embed → store and place in a story, keyed by canonical URL. Network, analysis and
 * the embedding model run before the store's short transaction, so a failure at any step leaves what was stored
 * untouched.
 */
@ApplicationScoped
public class IngestService {

    private final PoliteFetcher fetcher;
    private final ArticleExtractor extractor;
    private final Analyzer analyzer;
    private final ArticleStore store;
    private final StoryAssigner stories;

    public IngestService(PoliteFetcher fetcher, ArticleExtractor extractor, Analyzer analyzer, ArticleStore store,
            StoryAssigner stories) {
        this.fetcher = fetcher;
        this.extractor = extractor;
        this.analyzer = analyzer;
        this.store = store;
        this.stories = stories;
    }

    /** Fetches the page at {@code url} and ingests it. */
    public ArticleStore.Saved ingest(URI url, Origin origin) {
        FetchedPage page = fetcher.fetch(FetchRequest.page(url));
        ExtractedArticle extracted = extractor.extract(page.body(), page.finalUrl().toString(), page.contentType(),
                page.contentLanguage());
        return store(page.finalUrl().toString(), extracted, origin);
    }

    /** Ingests a page whose HTML the caller already has. */
    public ArticleStore.Saved ingest(URI url, String html, Origin origin) {
        ExtractedArticle extracted = extractor.extract(html.getBytes(StandardCharsets.UTF_8), url.toString(),
                "text/html; charset=utf-8");
        return store(url.toString(), extracted, origin);
    }

    private ArticleStore.Saved store(String url, ExtractedArticle extracted, Origin origin) {
        if (extracted.text() == null || extracted.text().isBlank()) {
            throw new ExtractionException("no article text found at " + url);
        }
        String canonical = UrlCanonicalizer.choose(url, extracted.canonicalUrl());
        Analysis analysis = analyzer.analyze(new AnalysisInput(extracted.title(), extracted.text(), url,
                origin.llmAllowed()));
        StoryPlacer story = stories.prepare(extracted.title(), extracted.text());
        try {
            return store.save(url, canonical, extracted, analysis, origin.sourceId(), story);
        } catch (PersistenceException e) {
            if (!isUniqueViolation(e)) {
                throw e;
            }
            // another instance stored the same canonical URL a moment ago: this write becomes an update
            return store.save(url, canonical, extracted, analysis, origin.sourceId(), story);
        }
    }

    /** Who asked for an article: a source (with its LLM opt-in) or a direct API call. */
    public record Origin(Long sourceId, boolean llmAllowed) {
        public static final Origin API = new Origin(null, false);
    }

    private static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConstraintViolationException cve
                    && cve.getKind() == ConstraintViolationException.ConstraintKind.UNIQUE) {
                return true;
            }
        }
        return false;
    }
}
