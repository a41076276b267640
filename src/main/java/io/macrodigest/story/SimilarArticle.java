package io.macrodigest.story;

import java.time.Instant;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** An article of another story whose title and lead are close in meaning, with their cosine similarity. */
@RegisterForReflection
public record SimilarArticle(long id, long clusterId, String title, String url, String siteName, Instant publishedAt,
        double similarity) {
}
