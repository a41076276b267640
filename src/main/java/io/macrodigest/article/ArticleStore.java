package io.macrodigest.article;
import io.macrodigest.analysis.Analysis;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import io.macrodigest.extract.ExtractedArticle;
import io.macrodigest.ingest.Source;

/** The only writer of articles: one short transaction per article, never around network or model calls. */
@ApplicationScoped
public class ArticleStore {

    /** How far back a new article is compared with stored ones to find the story it repeats. */
    static final Duration CLUSTER_WINDOW = Duration.ofDays(14);

    private final EntityManager em;

    public ArticleStore(EntityManager em) {
        this.em = em;
    }

    /** Inserts or updates the article at {@code canonicalUrl}, placing it in a story; the result says which. */
    @Transactional
    public Saved save(String fetchedUrl, String canonicalUrl, ExtractedArticle page, Analysis analysis, Long sourceId,
            StoryPlacer stories) {
        Article article = Article.<Article> find("canonicalUrl", canonicalUrl).firstResultOptional().orElse(null);
        boolean created = article == null;
        if (created) {
            article = new Article();
        }
        article.applyContent(fetchedUrl, canonicalUrl, page, contentHash(page.text()), Instant.now());
        article.simhash = SimHash.of(page.text());
        article.applyAnalysis(analysis);
        if (sourceId != null) {
            article.source = em.getReference(Source.class, sourceId);
        }
        if (created) {
            article.persist();
        }
        // the placer writes story rows over JDBC, which sees only what Hibernate has flushed
        em.flush();
        Long story = article.clusterId;
        article.clusterId = stories.place(article, story, story == null ? nearCopyStory(article) : null);
        em.flush();
        em.createNativeQuery("call article_refresh_search(?1)").setParameter(1, article.id).executeUpdate();
        return new Saved(view(article), created);
    }

    /**
     * Replaces the analysis of article {@code id}, but only while its text and analysis are still the ones a
     * re-analysis started from (same content hash and engine): false when the article changed meanwhile, so a
     * late answer never overwrites a newer ingest. Content, times and the last fetch failure stay as they are.
     */
    @Transactional
    public boolean replaceAnalysis(long id, String contentHash, String engine, Analysis analysis) {
        Article article = Article.<Article> find("id = ?1 and contentHash = ?2 and engine = ?3", id, contentHash, engine)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
        if (article == null) {
            return false;
        }
        String lastFailure = article.error;
        article.applyAnalysis(analysis);
        article.error = lastFailure;
        article.updatedAt = Instant.now();
        em.flush();
        em.createNativeQuery("call article_refresh_search(?1)").setParameter(1, article.id).executeUpdate();
        return true;
    }

    /**
     * Records that an article listed by a source could not be read. An article already stored keeps its content
     * and analysis; only the reason of the last failure is noted on it.
     */
    @Transactional
    public void recordFailure(String url, String canonicalUrl, String reason, Long sourceId) {
        Article article = Article.<Article> find("canonicalUrl", canonicalUrl).firstResultOptional().orElse(null);
        if (article == null) {
            article = new Article();
            article.url = url;
            article.canonicalUrl = canonicalUrl;
            article.status = ArticleStatus.FAILED;
            article.fetchedAt = Instant.now();
            article.updatedAt = article.fetchedAt;
            if (sourceId != null) {
                article.source = em.getReference(Source.class, sourceId);
            }
            article.persist();
        }
        article.error = reason;
        article.updatedAt = Instant.now();
    }

    /** Whether an article was already read from this URL, successfully or with a recorded failure. */
    @Transactional
    public boolean exists(String url, String canonicalUrl) {
        return Article.count("canonicalUrl = ?1 or url = ?2", canonicalUrl, url) > 0;
    }

    @Transactional
    public ArticleView find(long id) {
        // a query, not findById: Hibernate's find answers null when the database fails inside a transaction
        // (HHH-12472), which would call an existing article missing while the database is unreachable
        Article article = Article.<Article> find("id", id).firstResult();
        return article == null ? null : view(article);
    }

    /** The cluster of the earliest stored article with the same text or a near-identical one, else null. */
    private Long nearCopyStory(Article article) {
        Instant since = Instant.now().minus(CLUSTER_WINDOW);
        List<?> same = em.createNativeQuery("""
                select coalesce(cluster_id, id) from article
                where id <> :id and status = 'ANALYZED' and fetched_at >= :since
                  and (content_hash = :hash or bit_count(cast(simhash # :simhash as bit(64))) <= :bits)
                order by id limit 1""")
                .setParameter("id", article.id)
                .setParameter("since", since)
                .setParameter("hash", article.contentHash)
                .setParameter("simhash", article.simhash)
                .setParameter("bits", SimHash.NEAR_DUPLICATE_BITS)
                .getResultList();
        return same.isEmpty() ? null : ((Number) same.getFirst()).longValue();
    }

    private ArticleView view(Article article) {
        List<Article> members = article.clusterId == null ? List.of(article)
                : Article.<Article> list("clusterId = ?1 order by id", article.clusterId);
        return ArticleView.of(article, members.stream().map(ArticleView.SourceLink::of).toList());
    }

    public static String contentHash(String text) {
        try {
            String normalized = text == null ? "" : text.strip().replaceAll("\\s+", " ");
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(normalized.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public record Saved(ArticleView article, boolean created) {
    }
}
