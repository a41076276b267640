package io.macrodigest.web;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class LoadSheddingTest {

    @Inject
    LoadSheddingFilter filter;

    @Inject
    LoadConfig config;

    @Test
    void pastCapacityLimitedPathsAnswer503WithRetryAfterAndOthersStillWork() {
        int taken = 0;
        try {
            while (filter.occupy()) {
                taken++;
            }
            assertEquals(config.maxConcurrent(), taken, "every permit was free between requests");
            given().queryParam("q", "rates").when().get("/api/search").then().statusCode(503)
                    .contentType(startsWith("application/problem+json")).header("Retry-After", "1")
                    .body("status", equalTo(503)).body("title", equalTo("Service busy"));
            given().when().get("/api/digest?period=day").then().statusCode(503).header("Retry-After", "1");
            given().accept("text/html").when().get("/search?q=rates").then().statusCode(503)
                    .contentType(startsWith("text/html")).body(containsString("Service busy"));
            given().when().get("/api/sources").then().statusCode(200);
        } finally {
            for (int i = 0; i < taken; i++) {
                filter.vacate();
            }
        }
        given().queryParam("q", "rates").when().get("/api/search").then().statusCode(200);
        // the permit of an answered request comes back once its response has ended
        await().atMost(Duration.ofSeconds(5)).until(() -> filter.available() == config.maxConcurrent());
    }
}
