package io.macrodigest.web;

import static io.macrodigest.web.SourceResourceTest.awaitPolled;
import static io.macrodigest.web.SourceResourceTest.create;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.macrodigest.support.FixtureServer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Every source kind, polled through the API from our fixture server: Atom, JSON Feed, a news sitemap, an RSS feed
 * whose bytes are Latin-1 while the server claims UTF-8; a conditional GET answered 304; and a source that
 * hangs without holding up one registered after it.
 */
@QuarkusTest
class SourceKindsTest {

    static FixtureServer web;
    /** A site of its own: one request at a time per site, so a hanging feed must not share the others' site. */
    static FixtureServer slow;
    static final CountDownLatch RELEASE_SLOW = new CountDownLatch(1);

    @BeforeAll
    static void start() {
        web = new FixtureServer();
        web.page("/markets.atom", 200, "application/atom+xml", ("""
                        <?xml version="1.0" encoding="utf-8"?>
                        <feed xmlns="http://www.w3.org/2005/Atom"><title>Atom desk</title><id>urn:x:atom-desk</id>
                          <updated>2026-11-20T12:00:00Z</updated>
                          <entry><title>Yields fall</title><id>urn:x:1</id><updated>2026-11-20T12:00:00Z</updated>
                            <link rel="alternate" href="%s"/></entry>
                        </feed>""".formatted(web.url("/atom/yields-fall"))).getBytes(StandardCharsets.UTF_8))
                .page("/desk.json", 200, "application/feed+json", ("""
                        {"version": "https://jsonfeed.org/version/1.1", "title": "JSON desk",
                         "items": [{"id": "1", "url": "%s", "title": "Liquidity returns"}]}"""
                        .formatted(web.url("/json/liquidity-returns"))).getBytes(StandardCharsets.UTF_8))
                .page("/news-sitemap.xml", 200, "application/xml", ("""
                        <?xml version="1.0" encoding="UTF-8"?>
                        <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
                                xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
                          <url><loc>%s</loc><news:news><news:publication><news:name>Map</news:name>
                            <news:language>en</news:language></news:publication>
                            <news:publication_date>2026-11-19T08:00:00Z</news:publication_date>
                            <news:title>Growth slows</news:title></news:news></url>
                        </urlset>""".formatted(web.url("/map/growth-slows"))).getBytes(StandardCharsets.UTF_8))
                .page("/latin1.rss", 200, "application/rss+xml; charset=utf-8", ("""
                        <?xml version="1.0" encoding="ISO-8859-1"?>
                        <rss version="2.0"><channel><title>Zürich Börse</title>
                          <item><title>Börse steigt</title><link>%s</link></item></channel></rss>"""
                        .formatted(web.url("/latin/boerse-steigt"))).getBytes(StandardCharsets.ISO_8859_1))
                .handle("/conditional.xml", ex -> {
                    String etag = "\"v1\"";
                    if (etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                        FixtureServer.send(ex, 304, new byte[0]);
                        return;
                    }
                    ex.getResponseHeaders().set("ETag", etag);
                    ex.getResponseHeaders().set("Content-Type", "application/rss+xml");
                    FixtureServer.send(ex, 200, SourceResourceTest.rss(web.url("/cond/story"))
                            .getBytes(StandardCharsets.UTF_8));
                });
        for (String path : List.of("/atom/yields-fall", "/json/liquidity-returns", "/map/growth-slows",
                "/latin/boerse-steigt", "/cond/story", "/fast/story")) {
            web.html(path, story(path));
        }
        web.page("/fast.xml", 200, "application/rss+xml",
                SourceResourceTest.rss(web.url("/fast/story")).getBytes(StandardCharsets.UTF_8));
        slow = new FixtureServer().handle("/hanging.xml", ex -> {
            try {
                RELEASE_SLOW.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            ex.getResponseHeaders().set("Content-Type", "application/rss+xml");
            FixtureServer.send(ex, 200, SourceResourceTest.rss().getBytes(StandardCharsets.UTF_8));
        });
    }

    @AfterAll
    static void stop() {
        RELEASE_SLOW.countDown();
        web.close();
        slow.close();
    }

    /** A page of its own per path: distinct text, so that no two of them are one story. */
    static String story(String path) {
        String topic = path.substring(path.lastIndexOf('/') + 1).replace('-', ' ');
        return "<html lang=\"en\"><head><title>" + topic + "</title></head><body><article><h1>" + topic + "</h1>"
                + ("<p>Desk note on " + topic + ": the central bank kept its policy rate unchanged while inflation"
                        + " eased for a second month, and traders in " + path + " priced further cuts next year.</p>")
                        .repeat(3)
                + "</article></body></html>";
    }

    @Test
    void atomJsonFeedAndNewsSitemapSourcesStoreTheirArticles() {
        for (String[] kind : new String[][] { { "/markets.atom", "atom", "/atom/yields-fall" },
                { "/desk.json", "jsonfeed", "/json/liquidity-returns" },
                { "/news-sitemap.xml", "news-sitemap", "/map/growth-slows" } }) {
            long id = create(Map.of("url", web.url(kind[0]), "kind", kind[1], "pollIntervalSeconds", 3600));
            JsonPath source = awaitPolled(id);
            assertNull(source.get("status.lastError"), kind[1] + ": " + source.prettify());
            assertEquals(1, source.getInt("status.articlesFound"), kind[1] + ": " + source.prettify());
            assertEquals("analyzed", analyzedArticleAt(kind[2]).getString("status"), kind[1]);
        }
    }

    @Test
    void aFeedInLatin1UnderAWrongUtf8HeaderIsReadByItsDeclaration() {
        long id = create(Map.of("url", web.url("/latin1.rss"), "pollIntervalSeconds", 3600));
        JsonPath source = awaitPolled(id);
        assertNull(source.get("status.lastError"), source.prettify());
        assertEquals(1, source.getInt("status.articlesFound"), source.prettify());
        assertEquals("analyzed", analyzedArticleAt("/latin/boerse-steigt").getString("status"));
    }

    @Test
    void anUnchangedFeedIsAnswered304AndStaysHealthy() {
        long id = create(Map.of("url", web.url("/conditional.xml"), "pollIntervalSeconds", 3600));
        awaitPolled(id);
        int hits = web.hits("/conditional.xml");
        given().header("Authorization", SourceResourceTest.KEY).when().post("/api/sources/" + id + "/poll").then()
                .statusCode(202);
        await().atMost(Duration.ofSeconds(30)).until(() -> web.hits("/conditional.xml") > hits);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> given().when().get("/api/sources/" + id).then()
                .body("status.consecutiveFailures", equalTo(0))
                .body("status.articlesFound", equalTo(1)));
        assertEquals(1, web.hits("/cond/story"), "a 304 feed is not read again, nor are its articles");
    }

    @Test
    void aHangingSourceDoesNotHoldUpTheOthers() {
        long hanging = create(Map.of("url", slow.url("/hanging.xml"), "pollIntervalSeconds", 3600));
        await().atMost(Duration.ofSeconds(10)).until(() -> slow.hits("/hanging.xml") > 0);
        long fast = create(Map.of("url", web.url("/fast.xml"), "pollIntervalSeconds", 3600));
        JsonPath polled = awaitPolled(fast);
        assertNull(polled.get("status.lastError"), polled.prettify());
        JsonPath stuck = given().when().get("/api/sources/" + hanging).jsonPath();
        assertNull(stuck.get("status.lastError"), "polled while the first still hung: " + stuck.prettify());
        assertNull(stuck.get("status.lastSuccessAt"), stuck.prettify());
        RELEASE_SLOW.countDown();
        // the hanging one ends in the read timeout (3 s in tests, then retries) or, once released, an empty feed
        JsonPath ended = awaitPolled(hanging);
        assertTrue(ended.get("status.lastError") != null || ended.get("status.lastSuccessAt") != null,
                ended.prettify());
    }

    private static JsonPath analyzedArticleAt(String path) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> given().when().get("/api/articles?limit=100")
                .jsonPath().setRootPath("items.find { it.url == '" + web.url(path) + "' }"),
                json -> json.get("id") != null);
    }
}
