package io.macrodigest.article;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.macrodigest.analysis.Analysis;
import io.macrodigest.extract.ExtractedArticle;

/** The only writer of articles: one short transaction per article, never around network or model calls. */
@ApplicationScoped
public class ArticleStore {

    private final EntityManager em;

    public ArticleStore(EntityManager em) {
        this.em = em;
    }

    /** Inserts or updates the article at {@code canonicalUrl}; the result says which. */
    @Transactional
    public Saved save(String fetchedUrl, String canonicalUrl, ExtractedArticle page, Analysis analysis) {
        Article article = Article.<Article> find("canonicalUrl", canonicalUrl).firstResultOptional().orElse(null);
        boolean created = article == null;
        if (created) {
            article = new Article();
        }
        article.applyContent(fetchedUrl, canonicalUrl, page, contentHash(page.text()), Instant.now());
        article.applyAnalysis(analysis);
        if (created) {
            article.persist();
        }
        em.flush();
        em.createNativeQuery("call article_refresh_search(?1)").setParameter(1, article.id).executeUpdate();
        return new Saved(ArticleView.of(article), created);
    }

    @Transactional
    public ArticleView find(long id) {
        Article article = Article.findById(id);
        return article == null ? null : ArticleView.of(article);
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
