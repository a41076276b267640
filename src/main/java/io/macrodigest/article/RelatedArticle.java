package io.macrodigest.article;

import java.time.Instant;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** Another article telling the same story (same cluster). */
@RegisterForReflection
public record RelatedArticle(long id, String title, String url, String siteName, Instant publishedAt) {
}
