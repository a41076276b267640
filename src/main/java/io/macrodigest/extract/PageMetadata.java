package io.macrodigest.extract;

import java.time.OffsetDateTime;

/**
 * Everything known about a page apart from its body text.
 *
 * @param titleShownAsHeading whether a heading on the page carries or confirms the title
 */
record PageMetadata(String title, boolean titleShownAsHeading, String author, OffsetDateTime publishedAt,
        String declaredLanguage, String siteName, String canonicalUrl, String jsonLdBody) {
}
