package io.macrodigest.digest;

import java.util.Arrays;
import java.util.Optional;

/** The representations of a digest, by {@code format=} name and media type. */
public enum DigestFormat {
    JSON("json", "application/json"),
    HTML("html", "text/html;charset=UTF-8"),
    MARKDOWN("md", "text/markdown;charset=UTF-8"),
    RSS("rss", "application/rss+xml;charset=UTF-8"),
    ATOM("atom", "application/atom+xml;charset=UTF-8"),
    JSON_FEED("jsonfeed", "application/feed+json");

    private final String id;
    private final String mediaType;

    DigestFormat(String id, String mediaType) {
        this.id = id;
        this.mediaType = mediaType;
    }

    public String id() {
        return id;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The media type without parameters, as clients write it in Accept. */
    public String baseType() {
        int semi = mediaType.indexOf(';');
        return semi < 0 ? mediaType : mediaType.substring(0, semi);
    }

    public static Optional<DigestFormat> byId(String id) {
        String v = id.strip().toLowerCase(java.util.Locale.ROOT);
        if (v.equals("markdown")) {
            return Optional.of(MARKDOWN);
        }
        if (v.equals("json-feed") || v.equals("feed.json")) {
            return Optional.of(JSON_FEED);
        }
        return Arrays.stream(values()).filter(f -> f.id.equals(v)).findFirst();
    }
}
