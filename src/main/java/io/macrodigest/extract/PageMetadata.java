package io.macrodigest.extract;

import java.time.OffsetDateTime;

/** Everything known about a page apart from its body text. */
record PageMetadata(String title, String author, OffsetDateTime publishedAt, String declaredLanguage,
        String siteName, String canonicalUrl, String jsonLdBody) {
}
