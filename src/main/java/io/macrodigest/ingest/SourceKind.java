package io.macrodigest.ingest;

import java.util.Arrays;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;

/** What a source URL points at. Feeds are sniffed from their content, so a wrong kind still parses. */
public enum SourceKind {
    RSS("rss"), ATOM("atom"), JSON_FEED("jsonfeed"), SITEMAP("sitemap"), NEWS_SITEMAP("news-sitemap"), PAGES("pages");

    private final String id;

    SourceKind(String id) {
        this.id = id;
    }

    @JsonValue
    public String id() {
        return id;
    }

    public static Optional<SourceKind> fromId(String id) {
        return Arrays.stream(values()).filter(k -> k.id.equalsIgnoreCase(id)).findFirst();
    }
}
