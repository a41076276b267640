package io.macrodigest.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.macrodigest.support.StandalonePostgres;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.http.ContentType;

/** The packaged jar in the prod profile, against a PostgreSQL server handed to it by configuration. */
@QuarkusIntegrationTest
@WithTestResource(StandalonePostgres.class)
class PackagedAppIT {

    @Test
    void isReadyAndServesTheApi() {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().contentType(ContentType.JSON).body(Map.of("text", "Inflation cooled and the central bank cut rates."))
                .when().post("/api/analyze").then().statusCode(200).body("engine", equalTo("embedded"));
        given().when().get("/api/articles").then().statusCode(200);
    }

    @Test
    void refusesWritesWhenNoApiKeyIsConfigured() {
        given().contentType(ContentType.JSON).body(Map.of("url", "https://example.org/a", "html", "<p>x</p>"))
                .when().post("/api/articles").then().statusCode(403)
                .contentType("application/problem+json")
                .body("detail", containsString("DIGEST_API_KEYS"));
    }
}
