package io.macrodigest.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads RSS 2.0 (and RSS 1.0/RDF), Atom, JSON Feed 1.x, sitemaps (plain, news, index) and page lists. The kind is
 * sniffed from the document itself; XML is parsed leniently, so a feed with broken markup still yields its items,
 * and no external entity is ever resolved.
 */
@ApplicationScoped
public class FeedParser {

    static final int MAX_ENTRIES = 500;

    private final ObjectMapper json;

    public FeedParser(ObjectMapper json) {
        this.json = json;
    }

    public ParsedFeed parse(byte[] body, String contentType, String baseUrl) {
        String head = new String(body, 0, Math.min(body.length, 512), StandardCharsets.UTF_8).stripLeading();
        if (head.startsWith("\uFEFF")) {
            head = head.substring(1);
        }
        if (head.startsWith("{")) {
            return jsonFeed(body, baseUrl);
        }
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (type.startsWith("text/plain")) {
            return pageList(new String(body, StandardCharsets.UTF_8).lines().toList(), baseUrl);
        }
        if (type.startsWith("text/html") || head.regionMatches(true, 0, "<!doctype html", 0, 14)) {
            return htmlLinks(body, baseUrl);
        }
        return xml(body, baseUrl);
    }

    private ParsedFeed xml(byte[] body, String baseUrl) {
        Document doc = parseXml(body, baseUrl);
        Element root = doc.children().isEmpty() ? null : doc.child(0);
        String name = root == null ? "" : root.normalName();
        return switch (name) {
            case "rss", "rdf:rdf" -> rss(doc, baseUrl);
            case "feed" -> atom(doc, baseUrl);
            case "urlset" -> sitemap(doc, baseUrl);
            case "sitemapindex" -> new ParsedFeed(SourceKind.SITEMAP, null, List.of(),
                    doc.select("sitemap > loc").stream().map(e -> absolute(e.text(), baseUrl)).filter(u -> u != null)
                            .limit(50).toList());
            default -> throw new FetchException("not a feed or sitemap: the document's root element is <" + name + ">",
                    false);
        };
    }

    private static ParsedFeed rss(Document doc, String baseUrl) {
        List<FeedEntry> entries = new ArrayList<>();
        for (Element item : doc.select("item")) {
            String link = text(item, "link");
            if (link == null) {
                Element guid = item.selectFirst("guid");
                boolean permalink = guid != null && !"false".equalsIgnoreCase(guid.attr("isPermaLink"));
                link = permalink ? guid.text() : null;
            }
            add(entries, absolute(link, baseUrl), text(item, "title"),
                    date(firstNonNull(text(item, "pubDate"), text(item, "dc|date"))));
        }
        return new ParsedFeed(SourceKind.RSS, text(doc, "channel > title"), dedup(entries), List.of());
    }

    private static ParsedFeed atom(Document doc, String baseUrl) {
        List<FeedEntry> entries = new ArrayList<>();
        for (Element entry : doc.select("entry")) {
            Element link = entry.selectFirst("link[rel=alternate][href]");
            if (link == null) {
                link = entry.select("link[href]").stream().filter(l -> l.attr("rel").isEmpty()).findFirst().orElse(null);
            }
            String href = link == null ? null : link.attr("href");
            add(entries, absolute(href, baseUrl), text(entry, "title"),
                    date(firstNonNull(text(entry, "published"), text(entry, "updated"))));
        }
        Element feedTitle = doc.selectFirst("feed > title");
        return new ParsedFeed(SourceKind.ATOM, feedTitle == null ? null : feedTitle.text(), dedup(entries), List.of());
    }

    private static ParsedFeed sitemap(Document doc, String baseUrl) {
        List<FeedEntry> entries = new ArrayList<>();
        boolean news = false;
        for (Element url : doc.select("url")) {
            Element newsTitle = url.selectFirst("news|title");
            news |= newsTitle != null;
            String published = firstNonNull(text(url, "news|publication_date"), text(url, "lastmod"));
            add(entries, absolute(text(url, "loc"), baseUrl), newsTitle == null ? null : newsTitle.text(), date(published));
        }
        // newest first, so that a capped poll reads the latest stories
        entries.sort((a, b) -> b.publishedAt() == null ? -1
                : a.publishedAt() == null ? 1 : b.publishedAt().compareTo(a.publishedAt()));
        return new ParsedFeed(news ? SourceKind.NEWS_SITEMAP : SourceKind.SITEMAP, null, dedup(entries), List.of());
    }

    private ParsedFeed jsonFeed(byte[] body, String baseUrl) {
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (IOException e) {
            throw new FetchException("malformed JSON Feed: " + e.getMessage(), false);
        }
        if (!root.path("version").asText("").startsWith("https://jsonfeed.org/version/")) {
            throw new FetchException("not a JSON Feed: no jsonfeed.org version", false);
        }
        List<FeedEntry> entries = new ArrayList<>();
        for (JsonNode item : root.path("items")) {
            String url = item.hasNonNull("url") ? item.get("url").asText() : item.path("external_url").asText(null);
            add(entries, absolute(url, baseUrl), item.path("title").asText(null),
                    date(item.path("date_published").asText(null)));
        }
        return new ParsedFeed(SourceKind.JSON_FEED, root.path("title").asText(null), dedup(entries), List.of());
    }

    private static ParsedFeed pageList(List<String> lines, String baseUrl) {
        List<FeedEntry> entries = new ArrayList<>();
        for (String line : lines) {
            String candidate = line.strip();
            if (!candidate.isEmpty() && !candidate.startsWith("#")) {
                add(entries, absolute(candidate, baseUrl), null, null);
            }
        }
        return new ParsedFeed(SourceKind.PAGES, null, dedup(entries), List.of());
    }

    /** An HTML page listed as a source: its links to article-looking pages on the same site. */
    private static ParsedFeed htmlLinks(byte[] body, String baseUrl) {
        Document doc = Jsoup.parse(new String(body, StandardCharsets.UTF_8), baseUrl);
        String host = URI.create(baseUrl).getHost();
        List<FeedEntry> entries = new ArrayList<>();
        for (Element a : doc.select("a[href]")) {
            String url = absolute(a.attr("abs:href"), baseUrl);
            if (url != null && host.equalsIgnoreCase(URI.create(url).getHost()) && looksLikeArticle(URI.create(url))) {
                add(entries, url, a.text().isBlank() ? null : a.text().strip(), null);
            }
        }
        return new ParsedFeed(SourceKind.PAGES, doc.title(), dedup(entries), List.of());
    }

    /** Article URLs tend to have a long, hyphenated or dated last segment; section fronts do not. */
    private static boolean looksLikeArticle(URI url) {
        String path = url.getPath() == null ? "" : url.getPath();
        String last = path.replaceAll("/+$", "");
        last = last.substring(last.lastIndexOf('/') + 1);
        return last.length() >= 12 && (last.contains("-") || last.matches(".*\\d{4,}.*"));
    }

    private static Document parseXml(byte[] body, String baseUrl) {
        try {
            return Jsoup.parse(new ByteArrayInputStream(body), null, baseUrl, Parser.xmlParser());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void add(List<FeedEntry> entries, String url, String title, Instant published) {
        if (url != null && entries.size() < MAX_ENTRIES) {
            entries.add(new FeedEntry(url, title == null || title.isBlank() ? null : title.strip(), published));
        }
    }

    private static List<FeedEntry> dedup(List<FeedEntry> entries) {
        Map<String, FeedEntry> byUrl = new LinkedHashMap<>();
        entries.forEach(e -> byUrl.putIfAbsent(e.url(), e));
        return List.copyOf(byUrl.values());
    }

    private static String text(Element scope, String selector) {
        Element el = scope.selectFirst(selector);
        if (el == null) {
            return null;
        }
        String text = el.text().strip();
        return text.isEmpty() ? null : text;
    }

    private static String firstNonNull(String a, String b) {
        return a != null ? a : b;
    }

    /** Only absolute http(s) links count; anything else in a feed is ignored rather than fetched. */
    static String absolute(String link, String baseUrl) {
        if (link == null || link.isBlank()) {
            return null;
        }
        try {
            URI uri = baseUrl == null ? new URI(link.strip()) : URI.create(baseUrl).resolve(link.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null ? uri.toString() : null;
        } catch (IllegalArgumentException | java.net.URISyntaxException e) {
            return null;
        }
    }

    static Instant date(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        try {
            return ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException ignored) {
            // not RFC 822: try ISO forms below
        }
        try {
            return OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeParseException ignored) {
            // not a full ISO date-time
        }
        try {
            return java.time.LocalDate.parse(v.length() >= 10 ? v.substring(0, 10) : v).atStartOfDay(java.time.ZoneOffset.UTC)
                    .toInstant();
        } catch (DateTimeParseException ignored) {
            return null;
        }
    }
}
