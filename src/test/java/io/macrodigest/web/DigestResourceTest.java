package io.macrodigest.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.startsWith;

import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.macrodigest.support.FixtureServer;
import io.macrodigest.support.Sql;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class DigestResourceTest {

    @Inject
    Sql sql;

    static final String PAGE = FixtureServer.readText("/pages/ecb-holds-rates.html")
            .replace("2025-11-20T10:15:00+01:00", "2024-03-13T08:00:00Z");

    @Test
    void dailyAndWeeklyDigestsShowTheDriversAndTheStories() {
        given().header("Authorization", "Bearer test-key-1").contentType(ContentType.JSON)
                .body(Map.of("url", "https://digest.example.net/" + UUID.randomUUID(), "html", PAGE))
                .when().post("/api/articles").then().statusCode(201);

        given().queryParam("period", "day").queryParam("date", "2024-03-13")
                .when().get("/api/digest").then().statusCode(200)
                .body("period", equalTo("day"))
                .body("from", equalTo("2024-03-13T00:00:00Z"))
                .body("to", equalTo("2024-03-14T00:00:00Z"))
                .body("articleCount", greaterThanOrEqualTo(1))
                .body("drivers.size()", equalTo(5))
                .body("drivers.driver", hasItem("rates"))
                .body("drivers.find { it.driver == 'rates' }.articles", greaterThanOrEqualTo(1))
                .body("stories", not(empty()))
                .body("stories[0].title", containsString("ECB"));

        given().queryParam("period", "week").queryParam("date", "2024-03-15")
                .when().get("/api/digest").then().statusCode(200)
                .body("from", equalTo("2024-03-11T00:00:00Z"))
                .body("to", equalTo("2024-03-18T00:00:00Z"))
                .body("articleCount", greaterThanOrEqualTo(1));
    }

    @Test
    void theHeaderCountsEveryArticleOfABusyPeriodNotOnlyTheRankedOnes() {
        // more articles in one day than a digest ranks into stories: written directly, the analysis is given
        String day = "1998-06-0" + (1 + (int) (Math.random() * 9));
        sql.run("delete from article where coalesce(published_at, fetched_at) >= cast(?1 as date)"
                + " and coalesce(published_at, fetched_at) < cast(?1 as date) + 1", day);
        sql.run("insert into article (url, canonical_url, title, published_at, fetched_at, status, summary,"
                + " sentiment_label, sentiment_score, stance, engine)"
                + " select 'https://busy.example.org/' || g, 'https://busy.example.org/' || g, 'Busy ' || g,"
                + " cast(?1 as date) + g * interval '1 second', now(), 'ANALYZED', 'Rates story ' || g,"
                + " 'NEUTRAL', 0, 'NEUTRAL', 'embedded'"
                + " from generate_series(1, 2100) g", day);
        sql.run("insert into article_driver (article_id, position, driver, tone, direction, confidence, evidence)"
                + " select id, 0, 'RATES', case when id % 2 = 0 then 0.8 else 0.4 end, 'cutting', 0.5,"
                + " jsonb_build_array('Evidence ' || url) from article where url like 'https://busy.example.org/%'"
                + " and published_at >= cast(?1 as date) and published_at < cast(?1 as date) + 1", day);
        // article 2k tells the story of article 2k - 1
        sql.run("update article a set cluster_id = b.id from article b"
                + " where a.title ~ '^Busy [0-9]*[02468]$' and b.title = 'Busy ' || (cast(substring(a.title from 6) as int) - 1)"
                + " and a.published_at >= cast(?1 as date) and a.published_at < cast(?1 as date) + 1"
                + " and b.published_at >= cast(?1 as date) and b.published_at < cast(?1 as date) + 1", day);

        given().queryParam("period", "day").queryParam("date", day).when().get("/api/digest").then().statusCode(200)
                .body("articleCount", equalTo(2100))
                .body("storyCount", equalTo(1050))
                .body("drivers.find { it.driver == 'rates' }.articles", equalTo(2100))
                .body("drivers.find { it.driver == 'rates' }.netTone", equalTo(0.6f))
                .body("drivers.find { it.driver == 'rates' }.evidence", startsWith("Evidence https://busy.example.org/"))
                .body("drivers.find { it.driver == 'inflation' }.articles", equalTo(0));
    }

    @Test
    void anEmptyPeriodIsAnEmptyDigest() {
        given().queryParam("date", "1999-01-01").when().get("/api/digest").then().statusCode(200)
                .body("articleCount", equalTo(0)).body("stories", empty());
    }

    @Test
    void wrongParametersAre400() {
        given().queryParam("period", "month").when().get("/api/digest").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("day"));
        given().queryParam("date", "13/03/2024").when().get("/api/digest").then().statusCode(400);
    }
}
