package io.macrodigest.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.Test;

import io.macrodigest.support.FixtureServer;
import io.macrodigest.support.RestartablePostgres;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * The database stops under a running service and starts again: the API answers 503 problems with Retry-After
 * (never 500), pages, digests and feeds rendered before are served again marked stale, readiness names the
 * database, nothing is stored half-way, and everything recovers without restarting the service.
 */
@QuarkusTest
@TestProfile(DatabaseOutageProfile.class)
class DatabaseOutageTest {

    static final String KEY = "Bearer test-key-1";
    static final String PAGE = FixtureServer.readText("/pages/ecb-holds-rates.html");

    @Test
    void degradesWhileTheDatabaseIsDownAndRecoversWhenItIsBack() {
        long id = given().header("Authorization", KEY).contentType(ContentType.JSON)
                .body(Map.of("url", "https://outage.example.org/ecb", "html", PAGE))
                .when().post("/api/articles").then().statusCode(201).extract().jsonPath().getLong("id");
        String digest = given().when().get("/api/digest?period=week").then().statusCode(200)
                .header("X-Stale", nullValue()).extract().asString();
        String rss = given().when().get("/api/digest?period=week&format=rss").then().statusCode(200).extract().asString();
        given().accept("text/html").when().get("/").then().statusCode(200);
        long articles = given().when().get("/api/articles?limit=100").then().statusCode(200).extract().jsonPath()
                .getList("items").size();

        RestartablePostgres.stopDatabase();
        try {
            for (String path : new String[] { "/api/search?q=rates", "/api/articles?limit=5", "/api/articles/" + id,
                    "/api/sources", "/api/pulse" }) {
                given().when().get(path).then().statusCode(503).contentType("application/problem+json")
                        .header("Retry-After", equalTo("10")).body("status", equalTo(503))
                        .body("title", equalTo("Service unavailable"));
            }
            given().header("Authorization", KEY).contentType(ContentType.JSON)
                    .body(Map.of("url", "https://outage.example.org/lost", "html", PAGE))
                    .when().post("/api/articles").then().statusCode(503).header("Retry-After", notNullValue());

            Response staleDigest = given().when().get("/api/digest?period=week");
            staleDigest.then().statusCode(200).header("X-Stale", "true").header("Warning", containsString("110"))
                    .header("Age", notNullValue());
            assertEquals(digest, staleDigest.asString(), "the digest as it was rendered before");
            given().when().get("/api/digest?period=week&format=rss").then().statusCode(200).header("X-Stale", "true")
                    .body(equalTo(rss));
            given().accept("text/html").when().get("/").then().statusCode(200).header("X-Stale", "true")
                    .body(containsString("class=\"stale-notice\""));
            given().when().get("/api/digest?period=day&date=2020-01-01").then().statusCode(503)
                    .header("Retry-After", notNullValue());
            given().accept("text/html").when().get("/search?q=never-rendered").then().statusCode(503)
                    .contentType(containsString("text/html"));

            given().when().get("/q/health/ready").then().statusCode(503).body("status", equalTo("DOWN"))
                    .body("checks.find { it.status == 'DOWN' }.name", containsString("Database"));
            given().when().get("/q/health/live").then().statusCode(200);
        } finally {
            RestartablePostgres.startDatabase();
        }

        await(Duration.ofSeconds(60), () -> given().when().get("/q/health/ready").statusCode() == 200);
        await(Duration.ofSeconds(30), () -> given().when().get("/api/search?q=rates").statusCode() == 200);
        given().when().get("/api/digest?period=week").then().statusCode(200).header("X-Stale", nullValue());
        given().when().get("/api/articles?limit=100").then().statusCode(200)
                .body("items.url", hasItem("https://outage.example.org/ecb"));
        assertEquals(articles, given().when().get("/api/articles?limit=100").then().extract().jsonPath()
                .getList("items").size(), "the write refused during the outage stored nothing");
    }

    private static void await(Duration limit, BooleanSupplier condition) {
        Instant end = Instant.now().plus(limit);
        while (!condition.getAsBoolean()) {
            assertTrue(Instant.now().isBefore(end), "did not recover within " + limit);
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
