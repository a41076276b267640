package io.macrodigest.web;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.macrodigest.support.FixtureServer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class SourceResourceTest {

    static final String KEY = "Bearer test-key-1";
    static final String STORY = FixtureServer.readText("/pages/ecb-holds-rates.html")
            .replaceAll("<link rel=\"canonical\"[^>]*>", "");
    static FixtureServer web;
    /** Its own server, since a Retry-After holds back every request to the site that sent it. */
    static FixtureServer throttling;

    @BeforeAll
    static void start() {
        web = new FixtureServer()
                .page("/robots.txt", 200, "text/plain", "User-agent: *\nDisallow: /paywall/\n".getBytes())
                .page("/feed.xml", 200, "application/rss+xml", rss("/stories/ecb-holds-rates-patience",
                        "/stories/ecb-holds-rates-syndicated", "/paywall/members-only-story", "/stories/gone-missing-story")
                        .getBytes(StandardCharsets.UTF_8))
                .html("/stories/ecb-holds-rates-patience", STORY)
                .html("/stories/ecb-holds-rates-syndicated", STORY.replace("Test Gazette", "Syndication Daily")
                        .replace("Bond markets took the decision calmly.", "Bond markets took the decision very calmly."))
                .page("/stories/gone-missing-story", 404, "text/html", "<p>gone</p>".getBytes())
                .page("/broken.xml", 200, "application/xml", "<html><body>not a feed</body></html>".getBytes());
        throttling = new FixtureServer().handle("/throttled.xml", ex -> {
            ex.getResponseHeaders().set("Retry-After", "120");
            FixtureServer.send(ex, 429, new byte[0]);
        });
    }

    @AfterAll
    static void stop() {
        web.close();
        throttling.close();
    }

    static String rss(String... paths) {
        StringBuilder items = new StringBuilder();
        for (String path : paths) {
            items.append("<item><title>t</title><link>").append(path).append("</link></item>");
        }
        return "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Fixture wire</title>" + items
                + "</channel></rss>";
    }

    static long create(Map<String, Object> body) {
        return given().header("Authorization", KEY).contentType(ContentType.JSON).body(body)
                .when().post("/api/sources").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** A new source is polled at once; this waits for that first poll to be recorded. */
    static JsonPath awaitPolled(long id) {
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).until(
                () -> given().when().get("/api/sources/" + id).jsonPath(),
                json -> json.get("status.lastSuccessAt") != null || json.get("status.lastError") != null);
    }

    @Test
    void aPolledFeedStoresItsArticlesRecordsFailuresAndClustersTheSameStory() {
        long id = create(Map.of("url", web.url("/feed.xml"), "kind", "rss", "pollIntervalSeconds", 3600,
                "tags", List.of("macro")));
        JsonPath source = awaitPolled(id);
        assertEquals(2, source.getInt("status.articlesFound"), source.prettify());
        assertEquals(0, source.getInt("status.consecutiveFailures"));

        JsonPath first = articleAt("/stories/ecb-holds-rates-patience");
        JsonPath second = articleAt("/stories/ecb-holds-rates-syndicated");
        assertEquals(first.getLong("clusterId"), second.getLong("clusterId"), "a near-duplicate joins the first story");
        assertEquals(id, first.getLong("sourceId"));
        given().when().get("/api/articles/" + second.getLong("id")).then()
                .body("sources.size()", greaterThanOrEqualTo(2))
                .body("sources.url", hasItem(web.url("/stories/ecb-holds-rates-patience")))
                .body("sources.url", hasItem(web.url("/stories/ecb-holds-rates-syndicated")));

        JsonPath paywalled = failedArticleAt("/paywall/members-only-story");
        assertTrue(paywalled.getString("error").contains("robots.txt"), paywalled.getString("error"));
        assertTrue(failedArticleAt("/stories/gone-missing-story").getString("error").contains("HTTP 404"));
        assertEquals(0, web.hits("/paywall/members-only-story"));

        int feedHits = web.hits("/feed.xml");
        given().header("Authorization", KEY).when().post("/api/sources/" + id + "/poll").then().statusCode(202);
        await().atMost(Duration.ofSeconds(30)).until(() -> web.hits("/feed.xml") > feedHits);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> given().when().get("/api/sources/" + id).then()
                .body("status.articlesFound", equalTo(2)));
    }

    @Test
    void aBrokenOrThrottledFeedIsRecordedOnTheSourceAndBacksOff() {
        long broken = create(Map.of("url", web.url("/broken.xml"), "pollIntervalSeconds", 60));
        JsonPath b = awaitPolled(broken);
        assertTrue(b.getString("status.lastError").contains("not a feed"), b.getString("status.lastError"));
        assertEquals(1, b.getInt("status.consecutiveFailures"));

        long throttled = create(Map.of("url", throttling.url("/throttled.xml"), "pollIntervalSeconds", 60));
        JsonPath t = awaitPolled(throttled);
        assertTrue(t.getString("status.lastError").contains("429"), t.getString("status.lastError"));
        assertTrue(java.time.Instant.parse(t.getString("status.nextPollAt"))
                .isAfter(java.time.Instant.now().plusSeconds(100)), "Retry-After 120 pushes the next poll out");
    }

    @Test
    void sourcesAreCreatedReadUpdatedAndDeleted() {
        String url = "https://feeds.example.org/" + UUID.randomUUID() + ".xml";
        long id = create(Map.of("url", url, "kind", "atom", "llmEnabled", true));
        given().header("Authorization", KEY).contentType(ContentType.JSON).body(Map.of("url", url))
                .when().post("/api/sources").then().statusCode(200).body("id", equalTo((int) id));
        given().when().get("/api/sources/" + id).then().statusCode(200)
                .body("kind", equalTo("atom")).body("llmEnabled", equalTo(true)).body("enabled", equalTo(true))
                .body("pollIntervalSeconds", equalTo(1800)).body("status.nextPollAt", notNullValue());
        given().header("Authorization", KEY).contentType(ContentType.JSON)
                .body(Map.of("url", url, "kind", "rss", "enabled", false, "pollIntervalSeconds", 120))
                .when().put("/api/sources/" + id).then().statusCode(200)
                .body("kind", equalTo("rss")).body("enabled", equalTo(false)).body("pollIntervalSeconds", equalTo(120));
        given().when().get("/api/sources").then().statusCode(200).body("id", hasItem((int) id));
        given().header("Authorization", KEY).when().delete("/api/sources/" + id).then().statusCode(204);
        given().when().get("/api/sources/" + id).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void invalidSourcesAndMissingKeysAreRefused() {
        given().contentType(ContentType.JSON).body(Map.of("url", "https://x.example.org/f"))
                .when().post("/api/sources").then().statusCode(401);
        long id = create(Map.of("url", "https://keys.example.org/" + UUID.randomUUID(), "enabled", false));
        given().header("Authorization", "Bearer wrong").contentType(ContentType.JSON)
                .body(Map.of("url", "https://x.example.org/f")).when().put("/api/sources/" + id).then().statusCode(401)
                .contentType("application/problem+json");
        given().when().delete("/api/sources/" + id).then().statusCode(401);
        given().when().post("/api/sources/" + id + "/poll").then().statusCode(401);
        given().contentType("text/x-opml").body("<opml version=\"2.0\"><body/></opml>")
                .when().post("/api/sources/opml").then().statusCode(401);
        given().when().get("/api/sources/" + id).then().statusCode(200).body("enabled", equalTo(false));
        for (Map<String, Object> bad : List.of(Map.<String, Object> of("kind", "rss"),
                Map.<String, Object> of("url", "file:///etc/passwd"), Map.<String, Object> of("url", "https://x.example/f", "kind", "fax"),
                Map.<String, Object> of("url", "https://x.example/f", "pollIntervalSeconds", 0))) {
            given().header("Authorization", KEY).contentType(ContentType.JSON).body(bad)
                    .when().post("/api/sources").then().statusCode(400).contentType("application/problem+json");
        }
        given().header("Authorization", KEY).when().post("/api/sources/99999999/poll").then().statusCode(404);
    }

    @Test
    void opmlImportsAndExports() {
        String a = "https://opml.example.org/" + UUID.randomUUID() + "/rss";
        String opml = "<?xml version=\"1.0\"?><opml version=\"2.0\"><head/><body><outline text=\"Folder\">"
                + "<outline type=\"rss\" text=\"Imported wire\" xmlUrl=\"" + a + "\"/>"
                + "<outline type=\"rss\" text=\"Bad\" xmlUrl=\"ftp://nope.example.org/x\"/></outline></body></opml>";
        given().header("Authorization", KEY).contentType("text/x-opml").body(opml)
                .when().post("/api/sources/opml").then().statusCode(200)
                .body("created.url", hasItem(a))
                .body("skipped", hasSize(1));
        String exported = given().when().get("/api/sources.opml").then().statusCode(200)
                .contentType(containsString("text/x-opml")).extract().asString();
        assertTrue(exported.contains("xmlUrl=\"" + a + "\""), exported);
        assertTrue(exported.contains("Imported wire"));
        given().header("Authorization", KEY).contentType("text/x-opml").body("<rss/>")
                .when().post("/api/sources/opml").then().statusCode(400);
    }

    static JsonPath articleAt(String path) {
        return given().when().get("/api/articles?limit=100").then().statusCode(200)
                .body("items.size()", greaterThanOrEqualTo(1)).extract().jsonPath()
                .setRootPath("items.find { it.url == '" + web.url(path) + "' }");
    }

    static JsonPath failedArticleAt(String path) {
        long id = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> io.macrodigest.article.Article
                .<io.macrodigest.article.Article> find("url", web.url(path)).firstResultOptional().map(a -> a.id)
                .orElseThrow());
        return given().when().get("/api/articles/" + id).then().statusCode(200).body("status", equalTo("failed"))
                .extract().jsonPath();
    }
}
