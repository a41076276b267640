package io.macrodigest.ingest;

import java.util.List;

/** What a source document lists: articles, and for a sitemap index, the sitemaps to read next. */
public record ParsedFeed(SourceKind kind, String title, List<FeedEntry> entries, List<String> childSitemaps) {
}
