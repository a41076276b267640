package io.macrodigest.extract;

import java.time.OffsetDateTime;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The main content and metadata of one page. {@code text} holds the article body with paragraphs
 * separated by a blank line; every other field may be null when the page does not say.
 */
@RegisterForReflection
public record ExtractedArticle(
        String url,
        String canonicalUrl,
        String title,
        String author,
        OffsetDateTime publishedAt,
        String language,
        String siteName,
        String text) {
}
