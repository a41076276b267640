package io.macrodigest.extract;

import org.jsoup.nodes.Element;

/**
 * Pages rendered by streaming React (Next.js and others) send parts of the article late, in hidden boxes at the
 * end of the body ({@code <div hidden id="S:1">}); a script then moves each into its placeholder
 * ({@code <template id="P:1">}). Without scripts they would read as hidden, so they are moved here instead.
 */
final class StreamedSegments {

    private static final String SEGMENT_PREFIX = "S:";
    private static final String PLACEHOLDER_PREFIX = "P:";

    private StreamedSegments() {
    }

    static void place(Element body) {
        for (Element segment : body.select("div[hidden][id^=" + SEGMENT_PREFIX + "]")) {
            segment.removeAttr("hidden");
            Element placeholder = body.getElementById(PLACEHOLDER_PREFIX + segment.id().substring(SEGMENT_PREFIX.length()));
            if (placeholder != null) {
                placeholder.before(segment);
                placeholder.remove();
            }
        }
    }
}
