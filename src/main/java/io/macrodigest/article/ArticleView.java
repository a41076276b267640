package io.macrodigest.article;
import io.macrodigest.analysis.Analysis;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * An article as the API shows it. {@code analysis} is null while the article has none; {@code clusterId} names
 * its story and {@code sources} links every article of that story, this one included.
 */
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
        Long clusterId,
        List<SourceLink> sources,
        Analysis analysis) {

    /** For listings: the story's other sources are left to the article's own view. */
    public static ArticleView of(Article a) {
        return of(a, List.of(SourceLink.of(a)));
    }

    public static ArticleView of(Article a, List<SourceLink> sources) {
        return new ArticleView(a.id, a.url, a.canonicalUrl, a.title, a.author, a.publishedAt, a.language, a.siteName,
                a.text, a.contentHash, a.fetchedAt, a.status.name().toLowerCase(Locale.ROOT), a.error,
                a.source == null ? null : a.source.id, a.clusterId, sources, a.analysis());
    }

    /** An article listing the story, as a link. */
    @RegisterForReflection
    public record SourceLink(long articleId, String url, String siteName, String title) {
        static SourceLink of(Article a) {
            return new SourceLink(a.id, a.canonicalUrl, a.siteName, a.title);
        }
    }
}
