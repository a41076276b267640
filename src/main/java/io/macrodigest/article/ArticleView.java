package io.macrodigest.article;

import java.time.Instant;

import io.macrodigest.analysis.Analysis;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** An article as the API shows it. {@code analysis} is null while the article has none. */
@RegisterForReflection
public record ArticleView(
        long id,
        String url,
        String canonicalUrl,
        String title,
        String author,
        Instant publishedAt,
        String language,
        String siteName,
        String text,
        String contentHash,
        Instant fetchedAt,
        String status,
        String error,
        Long sourceId,
        Analysis analysis) {

    public static ArticleView of(Article a) {
        return new ArticleView(a.id, a.url, a.canonicalUrl, a.title, a.author, a.publishedAt, a.language, a.siteName,
                a.text, a.contentHash, a.fetchedAt, a.status.name().toLowerCase(java.util.Locale.ROOT), a.error,
                a.source == null ? null : a.source.id, a.analysis());
    }
}
