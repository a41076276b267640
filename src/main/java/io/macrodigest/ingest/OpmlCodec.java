package io.macrodigest.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/** OPML, the feed readers' way of moving subscription lists around. */
public final class OpmlCodec {

    private OpmlCodec() {
    }

    /** Every outline with an xmlUrl, however deeply folders nest them. */
    public static List<SourceInput> read(byte[] opml) {
        Document doc;
        try {
            doc = Jsoup.parse(new ByteArrayInputStream(opml), null, "", Parser.xmlParser());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (doc.selectFirst("opml") == null) {
            throw new IllegalArgumentException("not an OPML document: no <opml> root element");
        }
        List<SourceInput> inputs = new ArrayList<>();
        for (Element outline : doc.select("outline[xmlUrl]")) {
            String type = outline.attr("type").toLowerCase(Locale.ROOT);
            // our own export names every kind; other readers write "rss" for any feed, which sniffing corrects
            String kind = SourceKind.fromId(type).map(SourceKind::id)
                    .orElse(type.contains("atom") ? "atom" : type.contains("json") ? "jsonfeed" : "rss");
            String title = outline.hasAttr("title") ? outline.attr("title") : outline.attr("text");
            List<String> tags = outline.attr("category").isBlank() ? null
                    : Arrays.stream(outline.attr("category").split(",")).map(String::strip)
                            .map(t -> t.startsWith("/") ? t.substring(1) : t).filter(t -> !t.isEmpty()).toList();
            inputs.add(new SourceInput(outline.attr("xmlUrl").strip(), kind, title.isBlank() ? null : title, null, null,
                    null, tags));
        }
        return inputs;
    }

    public static String write(List<SourceView> sources) {
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<opml version=\"2.0\">\n")
                .append("  <head>\n    <title>macro-digest sources</title>\n    <dateCreated>")
                .append(DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC)))
                .append("</dateCreated>\n  </head>\n  <body>\n");
        for (SourceView s : sources) {
            String title = s.title() == null ? s.url() : s.title();
            // OPML 2.0's category attribute carries the tags, as comma-separated names
            out.append("    <outline type=\"").append(s.kind().id())
                    .append("\" text=\"").append(escape(title))
                    .append("\" title=\"").append(escape(title))
                    .append("\" xmlUrl=\"").append(escape(s.url()))
                    .append(s.tags().isEmpty() ? "" : "\" category=\"" + escape(String.join(",", s.tags())))
                    .append("\"/>\n");
        }
        return out.append("  </body>\n</opml>\n").toString();
    }

    private static String escape(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (char c : value.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
