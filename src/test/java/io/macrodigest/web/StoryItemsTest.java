package io.macrodigest.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.inject.Inject;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.NodeList;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.macrodigest.support.Sql;
import io.macrodigest.support.TestArticles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * One item per story in every digest format, with a summary drawn from all its outlets; an article joining a
 * story changes its item and never adds one; the article page names the other outlets and related stories.
 */
@QuarkusTest
class StoryItemsTest {

    @Inject
    Sql sql;

    String m;
    /** A day of its own, so that no other test's article is near in time (related coverage reads ±3 days). */
    String day;

    @BeforeEach
    void marker() {
        m = TestArticles.marker();
        day = (2000 + ThreadLocalRandom.current().nextInt(20)) + "-0" + (1 + ThreadLocalRandom.current().nextInt(9))
                + "-1" + ThreadLocalRandom.current().nextInt(10);
    }

    static long ingest(String outlet, String title, String at, String... paragraphs) {
        String html = """
                <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>%1$s</title>
                <meta property="og:site_name" content="%2$s">
                <meta property="article:published_time" content="%3$s"></head>
                <body><article><h1>%1$s</h1><p>%4$s</p></article></body></html>"""
                .formatted(title, outlet, at, String.join("</p><p>", paragraphs));
        String url = "https://" + outlet.toLowerCase().replace(' ', '-') + ".example.org/" + UUID.randomUUID();
        return given().header("Authorization", "Bearer test-key-1").contentType(ContentType.JSON)
                .body(Map.of("url", url, "html", html)).when().post("/api/articles").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    Response digest(String q, String format) {
        return given().queryParam("period", "day").queryParam("date", day).queryParam("q", q)
                .queryParam("format", format).when().get("/api/digest");
    }

    /** Two outlets telling the Fed cut in their own words, made one story the way clustering records it. */
    long[] fedStory() {
        long ledger = ingest("Daily Ledger", "Fed lowers rates by a quarter point", day + "T08:00:00Z",
                "The Federal Reserve lowered its benchmark rate by a quarter point on Wednesday.",
                "Officials signalled that further cuts would come more slowly next year.",
                "Three policymakers dissented from the decision. Ref " + m + ".");
        long courier = ingest("Market Courier", "Powell delivers December cut, hints at slower pace", day + "T10:00:00Z",
                "Powell delivered a December cut but hinted at a slower pace of easing ahead.",
                "The central bank's projections showed only one reduction pencilled in for next year.",
                "Treasury yields slipped as traders digested the projections. Ref " + m + ".");
        sql.run("update article set cluster_id = ?1 where id in (?1, ?2)", ledger, courier);
        return new long[] { ledger, courier };
    }

    @Test
    void aStoryIsOneItemInEveryFormatWithASummaryDrawnFromEveryOutlet() throws Exception {
        long[] ids = fedStory();
        String storyId = "urn:macro-digest:story:" + ids[0];

        JsonPath json = digest(m, "json").then().statusCode(200).extract().jsonPath();
        assertEquals(1, json.getList("stories").size());
        Map<String, Object> story = json.getMap("stories[0]");
        assertEquals(storyId, story.get("id"));
        assertEquals(2, story.get("outlets"));
        assertEquals(2, ((List<?>) story.get("sources")).size());
        assertEquals(day + "T08:00:00Z", story.get("publishedAt"), "first seen: the earliest article");
        assertNotNull(story.get("updatedAt"));
        List<Map<String, Object>> lines = json.getList("stories[0].summaryLines");
        assertTrue(lines.size() >= 2, "lines: " + lines);
        for (Map<String, Object> line : lines) {
            long article = ((Number) line.get("articleId")).longValue();
            String text = given().when().get("/api/articles/" + article).then().extract().path("text");
            assertTrue(text.contains((String) line.get("text")), line + " stands verbatim in its article");
            assertEquals(article == ids[0] ? "Daily Ledger" : "Market Courier", line.get("outlet"));
        }
        assertTrue(lines.stream().map(l -> ((Number) l.get("articleId")).longValue()).distinct().count() == 2,
                "both outlets contribute: " + lines);
        assertEquals(String.join(" ", lines.stream().map(l -> (String) l.get("text")).toList()), story.get("summary"));
        String lead = (String) lines.getFirst().get("text");

        var rss = DigestFeedTest.xml(digest(m, "rss").then().statusCode(200).extract().asByteArray());
        NodeList items = rss.getElementsByTagName("item");
        assertEquals(1, items.getLength());
        org.w3c.dom.Element item = (org.w3c.dom.Element) items.item(0);
        assertEquals(storyId, DigestFeedTest.text(item, "guid"));
        String description = DigestFeedTest.text(item, "description");
        assertTrue(description.contains(lead) && description.contains("2 outlets"), description);

        var atom = DigestFeedTest.xml(digest(m, "atom").then().statusCode(200).extract().asByteArray());
        NodeList entries = atom.getElementsByTagNameNS(DigestFeedTest.ATOM, "entry");
        assertEquals(1, entries.getLength());
        org.w3c.dom.Element entry = (org.w3c.dom.Element) entries.item(0);
        assertEquals(storyId, DigestFeedTest.atom(entry, "id"));
        assertEquals(day + "T08:00:00Z", DigestFeedTest.atom(entry, "published"));
        assertTrue(DigestFeedTest.atom(entry, "content").contains(lead));

        JsonNode feed = new ObjectMapper().readTree(digest(m, "jsonfeed").then().statusCode(200).extract().asByteArray());
        assertEquals(1, feed.get("items").size());
        assertEquals(storyId, feed.get("items").get(0).get("id").asText());
        assertTrue(feed.get("items").get(0).get("content_html").asText().contains(lead));
        Instant.parse(feed.get("items").get(0).get("date_modified").asText());

        String markdown = digest(m, "md").then().statusCode(200).extract().asString();
        assertEquals(1, markdown.split("\n### ", -1).length - 1, markdown);
        assertTrue(markdown.contains("_2 outlets, first seen " + day + "T08:00:00Z"), markdown);
        assertTrue(markdown.contains("[Market Courier](<https://market-courier.example.org/"), markdown);

        var page = Jsoup.parse(given().queryParam("date", day).queryParam("q", m).when().get("/digest").then()
                .statusCode(200).extract().asString());
        assertEquals(1, page.select("article.story").size());
        Element summary = page.selectFirst("article.story .story-summary");
        assertNotNull(summary);
        assertTrue(summary.text().contains(lead), summary.text());
        assertEquals(2, summary.select("a.cite").stream().map(a -> a.attr("href")).distinct().count(),
                "each outlet credited with its link: " + summary.html());
        assertTrue(page.selectFirst("article.story p.meta").text().startsWith("2 outlets · first seen"));
    }

    @Test
    void anArticleJoiningAStoryUpdatesItsItemAndNeverAddsOne() throws Exception {
        String[] body = { "The statistics office said consumer prices rose 0.2% in March, below forecasts, ref " + m + ".",
                "Core inflation held at its lowest pace in three years as shelter costs eased.",
                "Economists said the figures kept a summer rate cut on the table." };
        long original = ingest("Daily Ledger", "Inflation cools in March", day + "T12:30:00Z", body);
        Response before = digest(m, "atom");
        String etag = before.header("ETag");
        var feed = DigestFeedTest.xml(before.then().statusCode(200).extract().asByteArray());
        assertEquals(1, feed.getElementsByTagNameNS(DigestFeedTest.ATOM, "entry").getLength());
        org.w3c.dom.Element entry = (org.w3c.dom.Element) feed.getElementsByTagNameNS(DigestFeedTest.ATOM, "entry").item(0);
        String id = DigestFeedTest.atom(entry, "id");
        Instant updated = Instant.parse(DigestFeedTest.atom(entry, "updated"));

        Instant seen = Instant.now();
        given().queryParam("date", day).queryParam("q", m).queryParam("since", seen.toString()).when()
                .get("/api/digest").then().statusCode(200).body("stories.size()", org.hamcrest.Matchers.equalTo(0));

        // another outlet runs the same wire copy under its own headline: it joins the story
        long syndicated = ingest("Syndication Daily", "US inflation slows more than expected", day + "T14:00:00Z", body);
        assertEquals(original, given().when().get("/api/articles/" + syndicated).then().extract().jsonPath()
                .getLong("clusterId"));

        Response after = given().header("If-None-Match", etag).queryParam("period", "day").queryParam("date", day)
                .queryParam("q", m).queryParam("format", "atom").when().get("/api/digest");
        after.then().statusCode(200);
        assertNotEquals(etag, after.header("ETag"));
        var changed = DigestFeedTest.xml(after.asByteArray());
        NodeList entries = changed.getElementsByTagNameNS(DigestFeedTest.ATOM, "entry");
        assertEquals(1, entries.getLength(), "still one item");
        org.w3c.dom.Element same = (org.w3c.dom.Element) entries.item(0);
        assertEquals(id, DigestFeedTest.atom(same, "id"));
        assertTrue(Instant.parse(DigestFeedTest.atom(same, "updated")).isAfter(updated));
        assertTrue(DigestFeedTest.atom(same, "content").contains("2 outlets"));
        // the summary says each thing once though both outlets carry it
        JsonPath json = digest(m, "json").jsonPath();
        assertEquals(1, json.getList("stories").size());
        List<String> texts = json.getList("stories[0].summaryLines.text");
        assertEquals(texts.size(), texts.stream().distinct().count(), texts.toString());
        assertEquals(2, json.getInt("stories[0].sources.size()"));
        // a newsletter job asking what changed since it last looked gets the same story again, to update
        given().queryParam("date", day).queryParam("q", m).queryParam("since", seen.toString()).when()
                .get("/api/digest").then().statusCode(200).body("stories.id", org.hamcrest.Matchers.contains(id));
    }

    @Test
    void theArticlePageShowsAlsoReportedByAndRelatedCoverage() {
        long[] ids = fedStory();
        long bitcoin = ingest("Coin Wire", "Bitcoin slides after Fed rate cut", day + "T13:00:00Z",
                "Bitcoin fell 3% in the hour after the Federal Reserve decision as the dollar firmed. Ref " + m + ".");
        long copper = ingest("Metals Weekly", "Copper output rises in Chile", day + "T09:00:00Z",
                "Chilean copper output rose for a second month as new mines came online. Ref " + m + ".");
        var page = Jsoup.parse(given().when().get("/articles/" + ids[0]).then().statusCode(200).extract().asString());

        Element also = page.selectFirst("section[aria-labelledby=also-h]");
        assertNotNull(also);
        assertEquals("Also reported by", also.selectFirst("h2").text());
        assertNotNull(also.selectFirst("a[href=/articles/" + ids[1] + "]"), also.html());
        assertTrue(also.select("a[href^=https://market-courier.example.org/]").text().contains("Market Courier"), also.html());

        Element related = page.selectFirst("section[aria-labelledby=related-h]");
        assertNotNull(related);
        Element link = related.selectFirst("a[href=/articles/" + bitcoin + "]");
        assertNotNull(link, related.html());
        String why = link.parent().text();
        assertTrue(why.contains("headline: fed, rate") && why.contains("Coin Wire"), why);
        assertTrue(related.select("a[href=/articles/" + copper + "]").isEmpty(), "nothing in common: " + related.html());
        assertTrue(related.select("a[href=/articles/" + ids[1] + "]").isEmpty(), "its own story is not related");

        // the other side of the story lists the first outlet, and a lone story says there is no other
        assertNotNull(Jsoup.parse(given().when().get("/articles/" + ids[1]).then().extract().asString())
                .selectFirst("section[aria-labelledby=also-h] a[href=/articles/" + ids[0] + "]"));
        String lone = given().when().get("/articles/" + copper).then().statusCode(200).extract().asString();
        assertTrue(lone.contains("No other outlet has reported this story here yet"), lone);
    }
}
