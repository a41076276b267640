package io.macrodigest.ingest;

import java.net.URI;
import java.util.Set;

/** What to fetch, which content types are acceptable, and validators from an earlier response. */
public record FetchRequest(URI url, Set<String> acceptedTypes, String etag, String lastModified) {

    public static final Set<String> HTML = Set.of("text/html", "application/xhtml+xml");
    public static final Set<String> FEEDS = Set.of("application/rss+xml", "application/atom+xml", "application/xml",
            "text/xml", "application/feed+json", "application/json", "text/plain", "text/html",
            "application/x-xml", "application/rdf+xml", "text/x-opml", "application/xhtml+xml");
    public static final Set<String> ROBOTS = Set.of("text/plain");

    public FetchRequest withUrl(URI other) {
        return new FetchRequest(other, acceptedTypes, etag, lastModified);
    }

    public static FetchRequest page(URI url) {
        return new FetchRequest(url, HTML, null, null);
    }
}
