package io.macrodigest.digest;

import org.jsoup.nodes.Entities;

/** A story as an HTML fragment for feed readers (RSS description, Atom content, JSON Feed content_html). */
final class StoryHtml {

    private StoryHtml() {
    }

    static String of(Digest.Story s) {
        StringBuilder h = new StringBuilder();
        if (!s.summaryLines().isEmpty()) {
            h.append("<p>");
            s.summaryLines().forEach(l -> h.append(escape(l.text())).append(" (<a href=\"").append(escape(l.url()))
                    .append("\">").append(escape(l.outlet())).append("</a>) "));
            h.setLength(h.length() - 1);
            h.append("</p>");
        } else if (s.summary() != null) {
            h.append("<p>").append(escape(s.summary())).append("</p>");
        }
        h.append("<p><small>").append(s.outlets()).append(s.outlets() == 1 ? " outlet" : " outlets")
                .append(", first seen ").append(DigestRenderer.rfc3339(s.publishedAt()))
                .append(", updated ").append(DigestRenderer.rfc3339(s.updatedAt())).append("</small></p>");
        if (!s.insights().isEmpty()) {
            h.append("<h3>Insights</h3><ul>");
            s.insights().forEach(i -> h.append("<li>").append(escape(i.insight()))
                    .append(i.impact() == null ? "" : " → <em>" + escape(i.impact()) + "</em>").append("</li>"));
            h.append("</ul>");
        }
        if (!s.quotes().isEmpty()) {
            h.append("<h3>Quotes</h3>");
            s.quotes().forEach(q -> h.append("<blockquote><p>“").append(escape(q.text())).append("”</p>")
                    .append(q.speaker() == null ? "" : "<p>— " + escape(q.speaker()) + "</p>").append("</blockquote>"));
        }
        if (!s.actionItems().isEmpty()) {
            h.append("<h3>Action items</h3><ul>");
            s.actionItems().forEach(a -> h.append("<li>").append(escape(a.action()))
                    .append(a.impact() == null ? "" : " → <em>" + escape(a.impact()) + "</em>").append("</li>"));
            h.append("</ul>");
        }
        h.append("<h3>Sources</h3><ul>");
        s.shownSources().forEach(l -> h.append("<li><a href=\"").append(escape(l.url())).append("\">")
                .append(escape(l.title() == null ? l.url() : l.title())).append("</a>")
                .append(l.siteName() == null ? "" : " (" + escape(l.siteName()) + ")").append("</li>"));
        if (s.moreSources() > 0) {
            h.append("<li>and ").append(s.moreSources()).append(" more</li>");
        }
        return h.append("</ul>").toString();
    }

    static String escape(String text) {
        return text == null ? "" : Entities.escape(text);
    }
}
