package io.macrodigest.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.macrodigest.support.Sql;
import io.macrodigest.support.TestArticles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

@QuarkusTest
class DigestFeedTest {

    static final String ATOM = "http://www.w3.org/2005/Atom";
    static final String DAY = "2024-05-07";

    @Inject
    Sql sql;

    String m;
    long first;
    long second;
    long other;

    @BeforeEach
    void storeAStoryToldTwiceAndAnotherOne() {
        m = TestArticles.marker();
        first = TestArticles.ingest("Fed holds rates " + m, DAY + "T08:00:00Z",
                "The Fed held rates steady. \"We will remain patient on rates for now,\" Chair Jerome Powell said."
                        + " Officials said the labour market had lost momentum over the spring and hiring had slowed in"
                        + " most regions. Two-year Treasury yields fell sharply after the statement as investors added"
                        + " to bets on lower rates later in the year.");
        second = TestArticles.ingest("Fed keeps rates on hold " + m, DAY + "T11:00:00Z",
                "The Fed kept rates unchanged as inflation cooled. Investors should monitor yields into June.");
        other = TestArticles.ingest("Oil prices climb " + m, DAY + "T12:00:00Z",
                "Oil prices rose as inflation worries returned and growth held up.");
        sql.run("update article set cluster_id = ?1 where id in (?1, ?2)", first, second);
    }

    Response digest(String format) {
        return given().queryParam("period", "day").queryParam("date", DAY).queryParam("q", m)
                .queryParam("format", format).when().get("/api/digest");
    }

    @Test
    void aStoryToldByTwoArticlesIsShownOnceWithBothSources() {
        Response r = digest("json");
        r.then().statusCode(200).contentType(ContentType.JSON)
                .body("articleCount", equalTo(3)).body("storyCount", equalTo(2))
                .body("drivers.size()", equalTo(5));
        List<Map<String, Object>> stories = r.jsonPath().getList("stories");
        Map<String, Object> fed = stories.stream().filter(s -> ((Number) s.get("clusterId")).longValue() == first)
                .findFirst().orElseThrow();
        assertEquals("urn:macro-digest:story:" + first, fed.get("id"));
        assertEquals(2, ((List<?>) fed.get("sources")).size());
        assertFalse(((List<?>) fed.get("quotes")).isEmpty(), "quotes gathered from the cluster");
        List<String> impacts = r.jsonPath().getList("stories.find { it.clusterId == " + first + " }.insights.impact");
        assertFalse(impacts.isEmpty());
        // an impact is specific to its insight or omitted: never blank, never the insight said again
        List<String> insights = r.jsonPath().getList("stories.find { it.clusterId == " + first + " }.insights.insight");
        for (int i = 0; i < impacts.size(); i++) {
            String impact = impacts.get(i);
            assertTrue(impact == null || !impact.isBlank() && !impact.equals(insights.get(i)), impact);
        }
    }

    @Test
    void rangesAndFiltersNarrowTheDigestAndStoriesCarryQuotesAndActions() {
        // a from/to range over the same day equals the day digest
        given().queryParam("from", DAY + "T00:00:00Z").queryParam("to", DAY + "T23:59:59Z").queryParam("q", m)
                .when().get("/api/digest").then().statusCode(200).body("articleCount", equalTo(3))
                .body("period", equalTo("range"));
        // driver and sentiment filters
        int rates = given().queryParam("period", "day").queryParam("date", DAY).queryParam("q", m)
                .queryParam("driver", "rates").when().get("/api/digest").then().statusCode(200)
                .extract().jsonPath().getInt("articleCount");
        assertTrue(rates >= 2 && rates <= 3, "rates articles: " + rates);
        given().queryParam("period", "day").queryParam("date", DAY).queryParam("q", m).queryParam("asset", "no-such-asset")
                .when().get("/api/digest").then().statusCode(200).body("articleCount", equalTo(0));
        given().queryParam("period", "day").queryParam("date", DAY).queryParam("driver", "weather").when()
                .get("/api/digest").then().statusCode(400).contentType("application/problem+json");
        given().queryParam("from", "yesterday").when().get("/api/pulse").then().statusCode(400)
                .contentType("application/problem+json");
        given().queryParam("q", m).queryParam("sentiment", "bullish").when().get("/api/search").then().statusCode(400);

        Map<String, Object> fed = digest("json").jsonPath().<Map<String, Object>> getList("stories").stream()
                .filter(s -> ((Number) s.get("clusterId")).longValue() == first).findFirst().orElseThrow();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> quotes = (List<Map<String, Object>>) fed.get("quotes");
        assertTrue(quotes.stream().anyMatch(q -> "We will remain patient on rates for now".equals(q.get("text"))
                && String.valueOf(q.get("speaker")).contains("Powell")), "quote with its speaker: " + quotes);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> actions = (List<Map<String, Object>>) fed.get("actionItems");
        assertTrue(actions.stream().anyMatch(a -> String.valueOf(a.get("action")).contains("monitor yields")),
                "action item gathered from the second article: " + actions);
        digest("html").then().statusCode(200).contentType(startsWith("text/html"))
                .body(containsString("We will remain patient on rates for now"));
    }

    @Test
    void rssIsValidRss2() throws Exception {
        Response r = digest("rss");
        r.then().statusCode(200).contentType(startsWith("application/rss+xml"));
        Document doc = xml(r.asByteArray());
        Element rss = doc.getDocumentElement();
        assertEquals("rss", rss.getTagName());
        assertEquals("2.0", rss.getAttribute("version"));
        Element channel = child(rss, "channel");
        for (String required : List.of("title", "link", "description")) {
            assertFalse(text(channel, required).isBlank(), "channel/" + required);
        }
        NodeList items = channel.getElementsByTagName("item");
        assertEquals(2, items.getLength());
        for (int i = 0; i < items.getLength(); i++) {
            Element item = (Element) items.item(i);
            assertTrue(text(item, "guid").startsWith("urn:macro-digest:story:"));
            assertFalse(text(item, "title").isBlank());
            ZonedDateTime.parse(text(item, "pubDate"), DateTimeFormatter.RFC_1123_DATE_TIME);
        }
    }

    @Test
    void controlCharactersInAStoredTitleDoNotBreakTheXmlFeeds() throws Exception {
        // a page can carry characters that XML 1.0 cannot represent (here a backspace, as &#8; decodes to)
        sql.run("update article set title = 'Oil ' || chr(8) || 'prices climb " + m + "' where id = ?1", other);
        for (String format : List.of("rss", "atom")) {
            Document doc = xml(digest(format).then().statusCode(200).extract().asByteArray());
            String titles = doc.getDocumentElement().getTextContent();
            assertTrue(titles.contains("Oil prices climb " + m), format + ": " + titles);
        }
    }

    @Test
    void atomIsValidAtom() throws Exception {
        Response r = given().accept("application/atom+xml").queryParam("period", "day").queryParam("date", DAY)
                .queryParam("q", m).when().get("/api/digest");
        r.then().statusCode(200).contentType(startsWith("application/atom+xml"));
        Element feed = xml(r.asByteArray()).getDocumentElement();
        assertEquals(ATOM, feed.getNamespaceURI());
        assertEquals("feed", feed.getLocalName());
        assertFalse(atom(feed, "id").isBlank());
        assertFalse(atom(feed, "title").isBlank());
        OffsetDateTime.parse(atom(feed, "updated"));
        NodeList entries = feed.getElementsByTagNameNS(ATOM, "entry");
        assertEquals(2, entries.getLength());
        for (int i = 0; i < entries.getLength(); i++) {
            Element e = (Element) entries.item(i);
            assertTrue(atom(e, "id").startsWith("urn:macro-digest:story:"));
            assertFalse(atom(e, "title").isBlank());
            OffsetDateTime.parse(atom(e, "updated"));
            assertTrue(e.getElementsByTagNameNS(ATOM, "link").getLength() >= 1);
        }
        assertTrue(feed.getElementsByTagNameNS(ATOM, "author").getLength() >= 1, "feed-level author");
    }

    @Test
    void jsonFeedMarkdownAndHtmlAreServedToo() throws Exception {
        Response r = digest("jsonfeed");
        r.then().statusCode(200).contentType(startsWith("application/feed+json"));
        JsonNode feed = new ObjectMapper().readTree(r.asByteArray());
        assertEquals("https://jsonfeed.org/version/1.1", feed.get("version").asText());
        assertFalse(feed.get("title").asText().isBlank());
        assertEquals(2, feed.get("items").size());
        for (JsonNode item : feed.get("items")) {
            assertTrue(item.get("id").asText().startsWith("urn:macro-digest:story:"));
            assertTrue(item.hasNonNull("content_html") || item.hasNonNull("content_text"));
        }
        given().accept("text/markdown").queryParam("date", DAY).queryParam("q", m).when().get("/api/digest").then()
                .statusCode(200).contentType(startsWith("text/markdown"))
                .body(containsString("## Top stories")).body(containsString("| rates |"));
        given().queryParam("date", DAY).queryParam("q", m).when().get("/digest").then().statusCode(200)
                .contentType(startsWith("text/html")).body(containsString("Top stories"))
                .body(containsString("application/rss+xml"));
        given().queryParam("format", "pdf").when().get("/api/digest").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void conditionalRequestsAnswer304UntilTheDataChanges() {
        Response r = digest("rss");
        String etag = r.header("ETag");
        String modified = r.header("Last-Modified");
        assertNotNull(etag);
        assertNotNull(modified);
        assertTrue(r.header("Cache-Control").contains("max-age="), r.header("Cache-Control"));
        given().header("If-None-Match", etag).queryParam("period", "day").queryParam("date", DAY).queryParam("q", m)
                .queryParam("format", "rss").when().get("/api/digest").then().statusCode(304);
        given().header("If-Modified-Since", modified).queryParam("period", "day").queryParam("date", DAY)
                .queryParam("q", m).queryParam("format", "rss").when().get("/api/digest").then().statusCode(304);
        // an article this digest does not cover changes the data, not the digest: still 304, same validators
        TestArticles.ingest("Unrelated story", DAY + "T21:00:00Z", "Copper prices were little changed.");
        given().header("If-None-Match", etag).queryParam("period", "day").queryParam("date", DAY).queryParam("q", m)
                .queryParam("format", "rss").when().get("/api/digest").then().statusCode(304)
                .header("ETag", equalTo(etag));
        given().header("If-Modified-Since", modified).queryParam("period", "day").queryParam("date", DAY)
                .queryParam("q", m).queryParam("format", "rss").when().get("/api/digest").then().statusCode(304);
        TestArticles.ingest("Late story " + m, DAY + "T20:00:00Z", "Growth surged as GDP beat forecasts.");
        Response after = given().header("If-None-Match", etag).queryParam("period", "day").queryParam("date", DAY)
                .queryParam("q", m).queryParam("format", "rss").when().get("/api/digest");
        after.then().statusCode(200).body(containsString("Late story"));
        assertNotEquals(etag, after.header("ETag"));
    }

    @Test
    void sinceReturnsOnlyNewerStories() {
        long late = TestArticles.ingest("Later story " + m, DAY + "T22:00:00Z", "Liquidity improved as QT ended.");
        given().queryParam("date", DAY).queryParam("q", m).queryParam("since", "urn:macro-digest:story:" + other)
                .when().get("/api/digest").then().statusCode(200)
                .body("stories.clusterId", equalTo(List.of((int) late)));
        given().queryParam("date", DAY).queryParam("q", m).queryParam("since", "2999-01-01T00:00:00Z")
                .when().get("/api/digest").then().body("stories.size()", equalTo(0));
        given().queryParam("since", "yesterday").when().get("/api/digest").then().statusCode(400);
    }

    @Test
    void savedQueriesArePublishedAsFeedsBehindTheirToken() throws Exception {
        Map<String, Object> body = Map.of("name", "Fed watch", "q", m, "driver", List.of("rates"));
        given().contentType(ContentType.JSON).body(body).when().post("/api/saved-queries").then().statusCode(401);
        Response created = given().header("Authorization", "Bearer test-key-1").contentType(ContentType.JSON)
                .body(body).when().post("/api/saved-queries");
        created.then().statusCode(201).body("name", equalTo("Fed watch")).body("driver", equalTo("rates"));
        String rss = created.jsonPath().getString("feeds.rss");
        long id = created.jsonPath().getLong("id");
        String path = rss.substring(rss.indexOf("/feeds/"));
        // articles of 2024 are outside the feed's rolling window: a fresh one is inside
        TestArticles.ingest("Fresh rates story " + m, java.time.Instant.now().minusSeconds(3600).toString(),
                "The Fed signalled that rates would stay high.");
        Response feed = given().urlEncodingEnabled(false).when().get(path);
        feed.then().statusCode(200).contentType(startsWith("application/rss+xml"))
                .header("Cache-Control", containsString("private"));
        Element channel = child(xml(feed.asByteArray()).getDocumentElement(), "channel");
        assertEquals("Fed watch", text(channel, "title"));
        assertEquals(1, channel.getElementsByTagName("item").getLength());

        String json = created.jsonPath().getString("feeds.json");
        given().urlEncodingEnabled(false).when().get(json.substring(json.indexOf("/feeds/"))).then().statusCode(200)
                .body("version", equalTo("https://jsonfeed.org/version/1.1"));
        given().queryParam("token", "wrong").when().get("/feeds/" + id + ".atom").then().statusCode(404)
                .contentType("application/problem+json");
        given().when().get("/feeds/" + id + ".atom").then().statusCode(404);

        given().header("Authorization", "Bearer test-key-1").when().delete("/api/saved-queries/" + id).then()
                .statusCode(204);
        given().urlEncodingEnabled(false).when().get(path).then().statusCode(404);

        // longer than the stored column: refused with a reason instead of failing in the database
        given().header("Authorization", "Bearer test-key-1").contentType(ContentType.JSON)
                .body(Map.of("name", "Too long", "asset", "x".repeat(65))).when().post("/api/saved-queries").then()
                .statusCode(400).contentType("application/problem+json").body("detail", containsString("'asset'"));
    }

    @Test
    void thePulseGivesEachDriversToneOverTime() {
        given().queryParam("from", "2024-05-01").queryParam("to", "2024-05-10").queryParam("bucket", "day")
                .when().get("/api/pulse").then().statusCode(200)
                .body("bucket", equalTo("day")).body("drivers.size()", equalTo(5))
                .body("drivers.find { it.driver == 'rates' }.points.size()", equalTo(10))
                .body("drivers.find { it.driver == 'rates' }.points.find { it.start == '2024-05-07T00:00:00Z' }.articles",
                        org.hamcrest.Matchers.greaterThanOrEqualTo(2));
        given().queryParam("from", "2024-05-01").queryParam("to", "2024-05-31").queryParam("bucket", "week")
                .when().get("/api/pulse").then().statusCode(200)
                .body("drivers[0].points[0].start", equalTo("2024-04-29T00:00:00Z"));
        given().queryParam("bucket", "hour").when().get("/api/pulse").then().statusCode(400);
        given().queryParam("from", "1990-01-01").queryParam("to", "2024-01-01").when().get("/api/pulse").then()
                .statusCode(400).body("detail", containsString("400"));
    }

    static Document xml(byte[] bytes) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
    }

    static Element child(Element parent, String name) {
        NodeList list = parent.getElementsByTagName(name);
        assertTrue(list.getLength() > 0, "missing " + name);
        return (Element) list.item(0);
    }

    static String text(Element parent, String name) {
        for (var n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                return e.getTextContent();
            }
        }
        throw new AssertionError("missing " + name + " in " + parent.getTagName());
    }

    static String atom(Element parent, String name) {
        for (var n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && ATOM.equals(e.getNamespaceURI()) && e.getLocalName().equals(name)) {
                return e.getTextContent();
            }
        }
        throw new AssertionError("missing atom:" + name);
    }
}
