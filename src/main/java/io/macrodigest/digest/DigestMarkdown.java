package io.macrodigest.digest;
import io.macrodigest.analysis.Analysis;


/** A digest as CommonMark for newsletters; every text from articles is escaped so it cannot add markup. */
final class DigestMarkdown {

    private DigestMarkdown() {
    }

    static String of(Digest d, FeedContext feed) {
        StringBuilder m = new StringBuilder();
        m.append("# ").append(esc(feed.title())).append("\n\n");
        m.append("_").append(d.storyCount()).append(" stories from ").append(d.articleCount()).append(" articles, ")
                .append(d.from()).append(" to ").append(d.to()).append("_\n\n");
        m.append("## Macro drivers\n\n| Driver | Net tone | Articles | Strongest evidence |\n| --- | ---: | ---: | --- |\n");
        for (Digest.DriverPulse p : d.drivers()) {
            m.append("| ").append(p.driver().id()).append(" | ").append(String.format(java.util.Locale.ROOT, "%+.2f", p.netTone()))
                    .append(" | ").append(p.articles()).append(" | ")
                    .append(p.evidence() == null ? "" : esc(p.evidence()).replace("|", "\\|")).append(" |\n");
        }
        m.append("\n## Top stories\n");
        for (Digest.Story s : d.stories()) {
            m.append("\n### ");
            if (s.url() != null) {
                m.append('[').append(esc(s.title() == null ? s.url() : s.title())).append("](<").append(url(s.url()))
                        .append(">)");
            } else {
                m.append(esc(s.title()));
            }
            m.append("\n\n_").append(s.outlets()).append(s.outlets() == 1 ? " outlet" : " outlets")
                    .append(", first seen ").append(s.publishedAt()).append(", updated ").append(s.updatedAt())
                    .append("_\n\n");
            if (!s.summaryLines().isEmpty()) {
                for (Digest.SummaryLine l : s.summaryLines()) {
                    m.append(esc(l.text())).append(" ([").append(esc(l.outlet())).append("](<").append(url(l.url()))
                            .append(">)) ");
                }
                m.setLength(m.length() - 1);
                m.append("\n\n");
            } else if (s.summary() != null) {
                m.append(esc(s.summary())).append("\n\n");
            }
            for (Analysis.Insight i : s.insights()) {
                m.append("- ").append(esc(i.insight()))
                        .append(i.impact() == null ? "" : " → _" + esc(i.impact()) + "_").append('\n');
            }
            for (Analysis.Quote q : s.quotes()) {
                m.append("\n> “").append(esc(q.text())).append("”")
                        .append(q.speaker() == null ? "" : " — " + esc(q.speaker())).append('\n');
            }
            if (!s.actionItems().isEmpty()) {
                m.append("\n**Action items**\n\n");
                s.actionItems().forEach(a -> m.append("- ").append(esc(a.action()))
                        .append(a.impact() == null ? "" : " → _" + esc(a.impact()) + "_").append('\n'));
            }
            m.append("\nSources: ");
            for (int i = 0; i < s.sources().size(); i++) {
                Digest.SourceLink l = s.sources().get(i);
                m.append(i == 0 ? "" : ", ").append('[')
                        .append(esc(l.siteName() != null ? l.siteName() : l.title() != null ? l.title() : l.url()))
                        .append("](<").append(url(l.url())).append(">)");
            }
            m.append('\n');
        }
        return m.toString();
    }

    /** Backslash-escapes CommonMark punctuation and turns HTML-significant characters into entities. */
    static String esc(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (char c : text.replace('\n', ' ').toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '\\', '`', '*', '_', '[', ']', '#', '!', '|', '~' -> out.append('\\').append(c);
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A link destination inside {@code <...>} may not hold angle brackets or line breaks. */
    private static String url(String url) {
        return url.replace("<", "%3C").replace(">", "%3E").replace("\n", "").replace(" ", "%20");
    }
}
