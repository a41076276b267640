package io.macrodigest.digest;

import java.util.List;

/**
 * Where a digest is published, for the links and ids feeds must carry: {@code id} is the feed's stable IRI,
 * {@code selfUrl} the absolute URL of this representation, {@code siteUrl} the service's home page,
 * {@code htmlUrl} the page showing the same digest and {@code alternates} the same digest in other formats.
 */
public record FeedContext(String id, String title, String selfUrl, String siteUrl, String htmlUrl,
        List<Alternate> alternates) {

    public record Alternate(String label, String mediaType, String url) {
    }
}
