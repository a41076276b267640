package io.macrodigest.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.macrodigest.support.FixtureServer;

class FeedParserTest {

    final FeedParser parser = new FeedParser(new ObjectMapper());

    ParsedFeed parse(String resource, String contentType, String base) {
        return parser.parse(FixtureServer.readResource("/feeds/" + resource), contentType, base);
    }

    static List<String> urls(ParsedFeed feed) {
        return feed.entries().stream().map(FeedEntry::url).toList();
    }

    @Test
    void rssItemsResolveRelativeLinksAndPermalinkGuidsAndSkipNonWebLinks() {
        ParsedFeed feed = parse("macro-wire.rss", "application/rss+xml", "https://wire.example.com/feed.xml");
        assertEquals(SourceKind.RSS, feed.kind());
        assertEquals("Macro Wire", feed.title());
        assertEquals(List.of("https://wire.example.com/articles/fed-trims-rates-quarter-point",
                "https://wire.example.com/articles/euro-inflation-cools?utm_source=rss"), urls(feed));
        assertEquals(Instant.parse("2025-11-20T14:00:00Z"), feed.entries().get(0).publishedAt());
        assertEquals(Instant.parse("2025-11-19T09:00:00Z"), feed.entries().get(1).publishedAt());
    }

    @Test
    void atomEntriesUseTheirAlternateLink() {
        ParsedFeed feed = parse("markets.atom", "application/atom+xml", "https://atom.example.com/feed");
        assertEquals(SourceKind.ATOM, feed.kind());
        assertEquals(List.of("https://atom.example.com/2025/11/treasury-yields-fall",
                "https://atom.example.com/2025/11/miners-ai-hosting"), urls(feed));
        assertEquals(Instant.parse("2025-11-20T10:30:00Z"), feed.entries().get(0).publishedAt());
    }

    @Test
    void jsonFeedItemsUseUrlOrExternalUrl() {
        ParsedFeed feed = parse("desk.json", "application/feed+json", "https://json.example.com/feed.json");
        assertEquals(SourceKind.JSON_FEED, feed.kind());
        assertEquals("Liquidity Desk", feed.title());
        assertEquals(List.of("https://json.example.com/liquidity/qt-ends", "https://other.example.org/m2-growth"),
                urls(feed));
    }

    @Test
    void newsSitemapsListNewestFirstAndIndexesNameTheirSitemaps() {
        ParsedFeed news = parse("news-sitemap.xml", "application/xml", "https://map.example.com/news-sitemap.xml");
        assertEquals(SourceKind.NEWS_SITEMAP, news.kind());
        assertEquals("https://map.example.com/news/newest-story", news.entries().getFirst().url());
        assertEquals("Newest story", news.entries().getFirst().title());
        ParsedFeed index = parse("sitemap-index.xml", "application/xml", "https://map.example.com/sitemap.xml");
        assertEquals(List.of("https://map.example.com/sitemap-2025-11.xml", "https://map.example.com/sitemap-2025-10.xml"),
                index.childSitemaps());
    }

    @Test
    void malformedXmlStillYieldsItsItems() {
        ParsedFeed feed = parse("broken.rss", "application/rss+xml", "https://broken.example.com/rss");
        assertEquals(List.of("https://broken.example.com/story-one-readable", "https://broken.example.com/story-two-readable"),
                urls(feed));
    }

    @Test
    void theXmlDeclarationDecidesTheCharset() {
        ParsedFeed feed = parse("latin1.rss", "text/xml", "https://latin.example.ch/rss");
        assertEquals("Zürich Finanz", feed.title());
        assertEquals("Börse steigt", feed.entries().getFirst().title());
    }

    @Test
    void plainTextPageListsAndHtmlSectionPagesListArticles() {
        byte[] list = "# our picks\nhttps://a.example.com/one-long-story-here\n\nrelative/second-story-here\n"
                .getBytes(StandardCharsets.UTF_8);
        assertEquals(List.of("https://a.example.com/one-long-story-here", "https://a.example.com/list/relative/second-story-here"),
                urls(parser.parse(list, "text/plain", "https://a.example.com/list/picks.txt")));
        byte[] html = """
                <html><body><a href="/markets">Markets</a><a href="/markets/2025/11/fed-cuts-again">Fed cuts</a>
                <a href="https://elsewhere.example.org/markets/fed-cuts-again">Elsewhere</a></body></html>"""
                .getBytes(StandardCharsets.UTF_8);
        assertEquals(List.of("https://site.example.com/markets/2025/11/fed-cuts-again"),
                urls(parser.parse(html, "text/html", "https://site.example.com/markets")));
    }

    @Test
    void documentsThatAreNoFeedAreRefusedWithTheReason() {
        FetchException e = assertThrows(FetchException.class,
                () -> parser.parse("<note>hi</note>".getBytes(StandardCharsets.UTF_8), "application/xml", "https://x.example/"));
        assertTrue(e.getMessage().contains("<note>"), e.getMessage());
        assertThrows(FetchException.class,
                () -> parser.parse("{\"version\": 2}".getBytes(StandardCharsets.UTF_8), "application/json", "https://x.example/"));
    }
}
