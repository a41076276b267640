package io.macrodigest.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import io.macrodigest.support.FixtureServer;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ExtractResourceTest {

    @Test
    void extractsMainTextAndMetadata() {
        given().contentType("text/html; charset=utf-8").body(FixtureServer.readResource("/pages/ecb-holds-rates.html"))
                .queryParam("url", "https://gazette.example.com/economy/ecb-holds-rates")
                .when().post("/api/extract").then().statusCode(200)
                .body("url", equalTo("https://gazette.example.com/economy/ecb-holds-rates"))
                .body("canonicalUrl", containsString("https://gazette.example.com/economy/ecb-holds-rates"))
                .body("title", containsString("ECB holds rates"))
                .body("publishedAt", containsString("2025-11-20"))
                .body("language", equalTo("en"))
                .body("siteName", equalTo("Test Gazette"))
                .body("text", containsString("deposit rate at 2%"))
                .body("text", containsString("\n\n"))
                .body("text", not(containsString("Subscribe to our newsletter")));
    }

    @Test
    void theRequestsContentLanguageNamesAnUndeclaredPage() {
        given().contentType("text/html; charset=utf-8").header("Content-Language", "es")
                .body("<html><body><article><p>El banco central mantuvo los tipos y los mercados esperan recortes en"
                        + " primavera, según los economistas.</p></article></body></html>")
                .when().post("/api/extract").then().statusCode(200).body("language", equalTo("es"));
    }

    @Test
    void nonHtmlIs400() {
        given().contentType("application/json").body("{\"a\":1}")
                .when().post("/api/extract").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("text/html"));
        given().contentType("text/html").body(new byte[0])
                .when().post("/api/extract").then().statusCode(400);
    }

    @Test
    void htmlOverTheCapIs413() {
        byte[] big = new byte[5 * 1024 * 1024 + 1];
        java.util.Arrays.fill(big, (byte) 'a');
        given().contentType("text/html").body(big)
                .when().post("/api/extract").then().statusCode(413).contentType("application/problem+json");
    }
}
