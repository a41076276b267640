package io.macrodigest.web;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.macrodigest.search.SearchConfig;
import io.macrodigest.search.SearchSlots;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class LoadSheddingTest {

    @Inject
    LoadSheddingFilter filter;

    @Inject
    LoadConfig config;

    @Inject
    SearchSlots slots;

    @Inject
    SearchConfig searchConfig;

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

    @Test
    void aSearchThatCannotGetASlotInTimeAnswers503WithRetryAfter() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch holding = new CountDownLatch(searchConfig.maxActive());
        List<Thread> holders = new ArrayList<>();
        for (int i = 0; i < searchConfig.maxActive(); i++) {
            holders.add(Thread.ofVirtual().start(() -> slots.run(() -> {
                holding.countDown();
                return awaitQuietly(release);
            })));
        }
        try {
            holding.await(10, TimeUnit.SECONDS);
            // a query no other test asks, so no cached answer stands in for the search
            given().queryParam("q", "slots taken").when().get("/api/search").then().statusCode(503)
                    .contentType(startsWith("application/problem+json")).header("Retry-After", "1")
                    .body("title", equalTo("Service busy"))
                    .body("detail", containsString("Too many searches are waiting"));
        } finally {
            release.countDown();
            for (Thread holder : holders) {
                holder.join();
            }
        }
        given().queryParam("q", "slots taken").when().get("/api/search").then().statusCode(200);
    }

    private static boolean awaitQuietly(CountDownLatch latch) {
        try {
            return latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
