package io.macrodigest.story;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.macrodigest.support.Sql;
import io.macrodigest.support.TestArticles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Stories through the real ingest path and PostgreSQL: reports of one event in different words become one story
 * with the reason recorded, the same series a week later stays apart, "more like this" lists other stories, and
 * the rebuild regroups articles stored without embeddings.
 */
@QuarkusTest
class StoryIngestTest {

    @Inject
    Sql sql;

    long clusterOf(long id) {
        return given().when().get("/api/articles/" + id).then().statusCode(200).extract().jsonPath()
                .getLong("clusterId");
    }

    /** A (past) date no other test uses, so only this test's articles are near in time. */
    static String day(int offsetDays) {
        return Instant.parse("2019-03-11T09:00:00Z").plus(Duration.ofDays(offsetDays)).toString();
    }

    @Test
    void reportsOfOneEventInDifferentWordsBecomeOneStoryWithTheReasonStored() {
        long a = TestArticles.ingest(StoryMatcherTest.FED_CUT_A_TITLE, day(0), StoryMatcherTest.FED_CUT_A);
        long b = TestArticles.ingest(StoryMatcherTest.FED_CUT_B_TITLE, day(0).replace("09:", "13:"),
                StoryMatcherTest.FED_CUT_B);
        long btc = TestArticles.ingest(StoryMatcherTest.BITCOIN_TITLE, day(1), StoryMatcherTest.BITCOIN);
        assertEquals(clusterOf(a), clusterOf(b), "one Fed decision, one story");
        assertNotEquals(clusterOf(a), clusterOf(btc), "the market reaction is a story of its own");
        assertEquals(a, sql.id("select matched_article_id from story_match where article_id = ?1", b));
        assertEquals(1, sql.id("select count(*) from story_match where article_id = ?1 and similarity > 0.5 "
                + "and rule in ('similar', 'shared-facts')", b));
        assertEquals(1, sql.id("select count(*) from article_embedding where article_id = ?1 "
                + "and length(vector) = 384 * 4 and ' ' || terms || ' ' like '% inflation % powell %'", a),
                "the vector and the words of title and lead are stored");

        given().when().get("/api/articles/" + a + "/similar").then().statusCode(200)
                .contentType(ContentType.JSON).body("id", equalTo((int) a))
                .body("items.find { it.id == " + btc + " }.clusterId", equalTo((int) clusterOf(btc)))
                .body("items.find { it.id == " + b + " }", equalTo(null));
    }

    @Test
    void searchFindsByMeaningWhatTheWordsMiss() {
        long a = TestArticles.ingest(StoryMatcherTest.FED_CUT_A_TITLE, day(90), StoryMatcherTest.FED_CUT_A);
        long claims = TestArticles.ingest(StoryMatcherTest.CLAIMS_1_TITLE, day(90), StoryMatcherTest.CLAIMS_1);
        // the article never says "easing": no text match, found by meaning within the filters
        var hits = given().queryParam("q", "fed easing").queryParam("from", day(89)).queryParam("to", day(91))
                .queryParam("facets", true).when().get("/api/search").then().statusCode(200)
                .body("sort", equalTo("relevance")).extract().jsonPath();
        assertTrue(hits.getList("items.id", Long.class).contains(a), "hits " + hits.getList("items.title"));
        assertTrue(!hits.getList("items.id", Long.class).contains(claims), "unrelated articles stay out");
        assertTrue(hits.getLong("total") >= 1);
        // exact words asked for: nothing is added by meaning
        given().queryParam("q", "\"fed easing\"").queryParam("from", day(89)).queryParam("to", day(91))
                .when().get("/api/search").then().statusCode(200).body("items.size()", equalTo(0));
    }

    @Test
    void theSameSeriesAWeekLaterIsAnotherStory() {
        long week1 = TestArticles.ingest(StoryMatcherTest.CLAIMS_1_TITLE, day(30), StoryMatcherTest.CLAIMS_1);
        long week2 = TestArticles.ingest(StoryMatcherTest.CLAIMS_2_TITLE, day(37), StoryMatcherTest.CLAIMS_2);
        assertNotEquals(clusterOf(week1), clusterOf(week2));
        assertEquals(week2, clusterOf(week2), "it starts its own story");
    }

    @Test
    void readinessReportsTheModelWithoutFailingWhileItLoads() {
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'embedding-model' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'embedding-model' }.data.model", equalTo("bge-small-en-v1.5-q"));
    }

    @Test
    void similarAnswersProblemsForUnknownArticlesAndBadLimits() {
        given().when().get("/api/articles/987654321/similar").then().statusCode(404)
                .contentType("application/problem+json");
        given().queryParam("limit", "many").when().get("/api/articles/1/similar").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void theRebuildEmbedsAndRegroupsArticlesStoredBeforeStoriesByMeaning() throws InterruptedException {
        long a = TestArticles.ingest(StoryMatcherTest.FED_CUT_A_TITLE, day(60), StoryMatcherTest.FED_CUT_A);
        long b = TestArticles.ingest(StoryMatcherTest.FED_CUT_B_TITLE, day(60), StoryMatcherTest.FED_CUT_B);
        // as stored by an older version: no embeddings, no recorded match, each article its own story
        sql.run("delete from article_embedding where article_id in (?1, ?2)", a, b);
        sql.run("delete from story_match where article_id in (?1, ?2)", a, b);
        sql.run("update article set cluster_id = id where id in (?1, ?2)", a, b);

        given().header("Authorization", "Bearer test-key-1").queryParam("restart", true)
                .when().post("/api/admin/stories/rebuild").then().statusCode(202).body("state", equalTo("running"));
        given().when().post("/api/admin/stories/rebuild").then().statusCode(401);
        String state = "running";
        for (int i = 0; i < 600 && state.equals("running"); i++) {
            Thread.sleep(100);
            state = given().when().get("/api/admin/stories/rebuild").then().statusCode(200).extract().path("state");
        }
        assertEquals("done", state);
        var progress = given().when().get("/api/admin/stories/rebuild").then().extract().jsonPath();
        assertEquals(0, progress.getLong("remaining"));
        assertTrue(progress.getInt("embedded") >= 2, "embedded " + progress.getInt("embedded"));
        assertEquals(a, clusterOf(b), "the later article joined the earlier one's story");
        assertEquals(2, sql.id("select count(*) from article_embedding where article_id in (?1, ?2)", a, b));
        List.of(a, b).forEach(id -> assertEquals(1,
                sql.id("select count(*) from story_match where article_id = ?1", id)));
    }
}
