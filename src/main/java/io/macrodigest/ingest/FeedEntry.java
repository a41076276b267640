package io.macrodigest.ingest;

import java.time.Instant;

/** One item a source lists: the article URL and what the feed says about it (each may be null but the URL). */
public record FeedEntry(String url, String title, Instant publishedAt) {
}
