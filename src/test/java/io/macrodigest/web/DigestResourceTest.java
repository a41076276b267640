package io.macrodigest.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.empty;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.macrodigest.support.FixtureServer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class DigestResourceTest {

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
