package io.macrodigest.story;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import jakarta.inject.Inject;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import io.macrodigest.support.Sql;
import io.macrodigest.support.TestArticles;
import io.quarkus.test.junit.QuarkusTest;

/**
 * "Related coverage" on the article page through the real ingest path, model and PostgreSQL: a story on the same
 * subject in other words is listed by meaning, an unrelated one is not, and an article without an embedding gets
 * the shared-signals answer.
 */
@QuarkusTest
class MeaningRelatedCoverageTest {

    static final String POLICY_TITLE = "Central bank officials wary of further borrowing-cost reductions";
    static final String POLICY = "Two US central bank policymakers said on Thursday that borrowing costs may need "
            + "to stay near 3.6% for longer, citing inflation still running at 2.8% after the latest reduction.";
    static final String COPPER_TITLE = "Copper output rises in Chile";
    static final String COPPER = "Chilean copper output rose for a second month as new mines in the Atacama desert "
            + "came online and water shortages eased, the national statistics institute said.";
    static final String BITCOIN_TITLE = "Bitcoin slides after Fed rate cut";

    @Inject
    Sql sql;

    /** A (past) date no other test uses, so only this test's articles are near in time. */
    static String day(int offsetDays, int hour) {
        return Instant.parse("2017-05-15T00:00:00Z").plus(Duration.ofDays(offsetDays)).plus(Duration.ofHours(hour))
                .toString();
    }

    static Element related(long id) {
        Element section = Jsoup.parse(given().when().get("/articles/" + id).then().statusCode(200).extract().asString())
                .selectFirst("section[aria-labelledby=related-h]");
        assertNotNull(section);
        return section;
    }

    static long clusterOf(long id) {
        return given().when().get("/api/articles/" + id).then().statusCode(200).extract().jsonPath()
                .getLong("clusterId");
    }

    @Test
    void theArticlePageListsTheSameSubjectInOtherWordsByMeaningAndNotAnUnrelatedStory() {
        long fed = TestArticles.ingest(StoryMatcherTest.FED_CUT_A_TITLE, day(0, 9), StoryMatcherTest.FED_CUT_A);
        long policy = TestArticles.ingest(POLICY_TITLE, day(1, 10), POLICY);
        long copper = TestArticles.ingest(COPPER_TITLE, day(0, 12), COPPER);
        assertNotEquals(clusterOf(fed), clusterOf(policy), "another event: a story of its own");

        Element related = related(fed);
        Element link = related.selectFirst("a[href=/articles/" + policy + "]");
        assertNotNull(link, related.html());
        String why = link.parent().text();
        assertTrue(why.matches(".*meaning \\(similarity 0\\.\\d\\d\\).*"), why);
        assertTrue(!why.contains("headline:"), "no headline word in common: " + why);
        assertTrue(related.select("a[href=/articles/" + copper + "]").isEmpty(), "unrelated: " + related.html());
    }

    @Test
    void anArticleWithoutAnEmbeddingGetsTheSharedSignalsAnswer() {
        long fed = TestArticles.ingest(StoryMatcherTest.FED_CUT_A_TITLE, day(20, 9), StoryMatcherTest.FED_CUT_A);
        long bitcoin = TestArticles.ingest(BITCOIN_TITLE, day(20, 13), StoryMatcherTest.BITCOIN);
        assertTrue(related(fed).text().contains("meaning (similarity"), "by meaning while it has an embedding");

        // as stored before the model or with it turned off
        sql.run("delete from article_embedding where article_id = ?1", fed);
        Element related = related(fed);
        Element link = related.selectFirst("a[href=/articles/" + bitcoin + "]");
        assertNotNull(link, related.html());
        String why = link.parent().text();
        assertTrue(why.contains("headline: fed, rate") && !why.contains("meaning"), why);
    }
}
