package io.macrodigest.digest;
import io.macrodigest.analysis.Analysis;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * Writes a digest as JSON, HTML, Markdown, RSS 2.0, Atom (RFC 4287) or JSON Feed 1.1. The XML formats go
 * through a StAX writer, so every text is escaped by the writer rather than by hand.
 */
@ApplicationScoped
public class DigestRenderer {

    private static final String ATOM_NS = "http://www.w3.org/2005/Atom";
    private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();

    private final ObjectMapper json;

    public DigestRenderer(ObjectMapper json) {
        this.json = json;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(Digest digest, FeedContext feed);
    }

    public byte[] render(Digest digest, DigestFormat format, FeedContext feed) {
        try {
            return switch (format) {
                case JSON -> json.writeValueAsBytes(digest);
                case HTML -> Templates.page(digest, feed).render().getBytes(StandardCharsets.UTF_8);
                case MARKDOWN -> DigestMarkdown.of(digest, feed).getBytes(StandardCharsets.UTF_8);
                case RSS -> rss(digest, feed);
                case ATOM -> atom(digest, feed);
                case JSON_FEED -> json.writeValueAsBytes(jsonFeed(digest, feed));
            };
        } catch (JsonProcessingException | XMLStreamException e) {
            throw new IllegalStateException("cannot render digest as " + format.id(), e);
        }
    }

    private static String description(Digest d) {
        return d.storyCount() + " stories from " + d.articleCount() + " articles, " + d.from() + " to " + d.to();
    }

    private static byte[] rss(Digest d, FeedContext feed) throws XMLStreamException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(16_384);
        XMLStreamWriter w = XML.createXMLStreamWriter(out, "UTF-8");
        w.writeStartDocument("UTF-8", "1.0");
        w.writeStartElement("rss");
        w.writeAttribute("version", "2.0");
        w.writeNamespace("atom", ATOM_NS);
        w.writeStartElement("channel");
        element(w, "title", feed.title());
        element(w, "link", feed.htmlUrl());
        element(w, "description", description(d));
        element(w, "language", "en");
        element(w, "lastBuildDate", rfc822(d.updatedAt() != null ? d.updatedAt() : d.generatedAt()));
        element(w, "generator", "macro-digest");
        w.writeEmptyElement("atom", "link", ATOM_NS);
        w.writeAttribute("href", feed.selfUrl());
        w.writeAttribute("rel", "self");
        w.writeAttribute("type", "application/rss+xml");
        for (Digest.Story s : d.stories()) {
            w.writeStartElement("item");
            element(w, "title", title(s));
            if (s.url() != null) {
                element(w, "link", s.url());
            }
            w.writeStartElement("guid");
            w.writeAttribute("isPermaLink", "false");
            w.writeCharacters(s.id());
            w.writeEndElement();
            element(w, "pubDate", rfc822(s.publishedAt()));
            element(w, "description", StoryHtml.of(s));
            for (Analysis.DriverTag t : s.drivers()) {
                element(w, "category", t.driver().id());
            }
            w.writeEndElement();
        }
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndDocument();
        w.close();
        return out.toByteArray();
    }

    private static byte[] atom(Digest d, FeedContext feed) throws XMLStreamException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(16_384);
        XMLStreamWriter w = XML.createXMLStreamWriter(out, "UTF-8");
        w.writeStartDocument("UTF-8", "1.0");
        w.setDefaultNamespace(ATOM_NS);
        w.writeStartElement(ATOM_NS, "feed");
        w.writeDefaultNamespace(ATOM_NS);
        element(w, "id", feed.id());
        element(w, "title", feed.title());
        element(w, "subtitle", description(d));
        element(w, "updated", rfc3339(d.updatedAt() != null ? d.updatedAt() : d.from()));
        link(w, "self", "application/atom+xml", feed.selfUrl());
        link(w, "alternate", "text/html", feed.htmlUrl());
        w.writeStartElement("author");
        element(w, "name", "macro-digest");
        element(w, "uri", feed.siteUrl());
        w.writeEndElement();
        element(w, "generator", "macro-digest");
        for (Digest.Story s : d.stories()) {
            w.writeStartElement("entry");
            element(w, "id", s.id());
            element(w, "title", title(s));
            element(w, "updated", rfc3339(s.updatedAt()));
            element(w, "published", rfc3339(s.publishedAt()));
            if (s.url() != null) {
                link(w, "alternate", "text/html", s.url());
            }
            for (Digest.SourceLink l : s.sources()) {
                if (!l.url().equals(s.url())) {
                    link(w, "related", "text/html", l.url());
                }
            }
            for (Analysis.DriverTag t : s.drivers()) {
                w.writeEmptyElement("category");
                w.writeAttribute("term", t.driver().id());
            }
            if (s.summary() != null) {
                element(w, "summary", s.summary());
            }
            w.writeStartElement("content");
            w.writeAttribute("type", "html");
            w.writeCharacters(XmlChars.strip(StoryHtml.of(s)));
            w.writeEndElement();
            w.writeEndElement();
        }
        w.writeEndElement();
        w.writeEndDocument();
        w.close();
        return out.toByteArray();
    }

    private static JsonFeed jsonFeed(Digest d, FeedContext feed) {
        List<JsonFeed.Item> items = d.stories().stream().map(s -> new JsonFeed.Item(s.id(), s.url(), title(s),
                StoryHtml.of(s), s.summary(), s.publishedAt(), s.updatedAt(),
                s.drivers().stream().map(t -> t.driver().id()).toList())).toList();
        return new JsonFeed(JsonFeed.VERSION, feed.title(), feed.htmlUrl(), feed.selfUrl(), description(d), "en",
                List.of(new JsonFeed.Author("macro-digest", feed.siteUrl())), items);
    }

    private static String title(Digest.Story s) {
        return s.title() != null && !s.title().isBlank() ? s.title() : s.url();
    }

    private static void element(XMLStreamWriter w, String name, String text) throws XMLStreamException {
        w.writeStartElement(name);
        w.writeCharacters(XmlChars.strip(text));
        w.writeEndElement();
    }

    private static void link(XMLStreamWriter w, String rel, String type, String href) throws XMLStreamException {
        w.writeEmptyElement("link");
        w.writeAttribute("rel", rel);
        w.writeAttribute("type", type);
        w.writeAttribute("href", XmlChars.strip(href));
    }

    static String rfc822(Instant t) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(t.atZone(ZoneOffset.UTC));
    }

    static String rfc3339(Instant t) {
        return DateTimeFormatter.ISO_INSTANT.format(t);
    }
}
