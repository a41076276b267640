package io.macrodigest.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.oneOf;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class AnalysisResourceTest {

    static final String TEXT = """
            The Federal Reserve cut its policy rate by a quarter point and signalled more easing ahead.

            Inflation cooled for a third month, with core CPI at its slowest pace since 2021.

            "We see the labour market softening," Fed Chair Jerome Powell said at the press conference.

            Liquidity is expanding as the central bank ends its balance sheet runoff, and volatility fell.

            Investors should monitor the next payrolls report before adding risk.""";

    @Test
    void analyzeReturnsTheWholeRecord() {
        given().contentType(ContentType.JSON).body(Map.of("title", "Fed cuts", "text", TEXT))
                .when().post("/api/analyze").then().statusCode(200)
                .body("summary", not(emptyOrNullString()))
                .body("insights", not(empty()))
                .body("insights.insight", everyItem(not(emptyOrNullString())))
                .body("insights.impact", everyItem(not(emptyOrNullString())))
                .body("quotes.text", hasItem("We see the labour market softening"))
                .body("quotes.speaker", hasItem(containsString("Jerome Powell")))
                .body("actionItems.action", hasItem(containsString("monitor the next payrolls report")))
                .body("actionItems.impact", everyItem(not(emptyOrNullString())))
                .body("drivers.driver", hasItems("rates", "inflation", "liquidity"))
                .body("drivers.tone", everyItem(allOf(greaterThanOrEqualTo(-1f), lessThanOrEqualTo(1f))))
                .body("drivers.find { it.driver == 'rates' }.tone", greaterThan(0f))
                .body("drivers.find { it.driver == 'rates' }.direction", equalTo("cutting"))
                .body("drivers.confidence", everyItem(notNullValue()))
                .body("drivers.evidence", everyItem(not(empty())))
                .body("assets", notNullValue())
                .body("sentiment.label", oneOf("positive", "negative", "neutral"))
                .body("stance", oneOf("hawkish", "dovish", "neutral"))
                .body("engine", equalTo("embedded"));
    }

    @Test
    void configuredAssetsAreTagged() {
        given().contentType(ContentType.JSON)
                .body(Map.of("text", "Uranium prices jumped as utilities signed new contracts; U3O8 hit a record."))
                .when().post("/api/analyze").then().statusCode(200)
                .body("assets.asset", hasItem("uranium"))
                .body("assets.find { it.asset == 'uranium' }.mentions", greaterThanOrEqualTo(2))
                .body("assets.find { it.asset == 'uranium' }.sentiment", notNullValue());
    }

    @Test
    void analyzeNeedsText() {
        given().contentType(ContentType.JSON).body(Map.of("title", "no text"))
                .when().post("/api/analyze").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("'text'"));
        given().contentType(ContentType.JSON).body("{\"text\": 42, ")
                .when().post("/api/analyze").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void sentimentAnswersInOrder() {
        List<String> texts = List.of("Profit rose sharply and the outlook improved.", "The company reported a loss.",
                "The meeting is on Tuesday.");
        given().contentType(ContentType.JSON).body(Map.of("texts", texts))
                .when().post("/api/sentiment").then().statusCode(200)
                .body("results.size()", equalTo(3))
                .body("results[0].label", equalTo("positive"))
                .body("results[1].label", equalTo("negative"))
                .body("results.score", everyItem(notNullValue()));
    }

    @Test
    void sentimentRefusesMoreThanAThousandTexts() {
        given().contentType(ContentType.JSON).body(Map.of("texts", Collections.nCopies(1001, "x")))
                .when().post("/api/sentiment").then().statusCode(400).body("detail", containsString("1000"));
    }

    @Test
    void jsonBodiesOverTheCapAre413() {
        String big = "a".repeat(1024 * 1024 + 10);
        given().contentType(ContentType.JSON).body(Map.of("text", big))
                .when().post("/api/analyze").then().statusCode(413)
                .contentType("application/problem+json").body("title", equalTo("Payload too large"));
    }

    // --- bad input: a clear answer or a problem document, never a 500 ---------------------------------

    /** Neither a body nor JSON of the right shape: each gets a 400 problem naming what is wrong. */
    @ParameterizedTest
    @ValueSource(strings = { "", "null", "[]", "\"just a string\"", "42", "{\"text\": [\"a\"]}",
            "{\"text\": {\"a\": 1}}", "{\"text\": 42}", "{\"text\": \"   \"}", "{\"title\": \"t\", \"text\": null}",
            "{\"text\": \"\\u0000\\u0001 12 34 %% \\u0007\"}", "{\"text\": \"unclosed" })
    void analyzeAnswersJsonOfTheWrongShapeWithAProblem(String body) {
        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/analyze").then().statusCode(400)
                .contentType("application/problem+json").body("status", equalTo(400))
                .body("detail", not(emptyOrNullString()));
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "null", "[]", "{}", "{\"texts\": \"one text\"}", "{\"texts\": [{\"a\": 1}]}",
            "{\"texts\": [\"a\", null]}", "{\"texts\": [[\"nested\"]]}", "{\"texts\": [" })
    void sentimentAnswersJsonOfTheWrongShapeWithAProblem(String body) {
        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/sentiment").then().statusCode(400)
                .contentType("application/problem+json").body("status", equalTo(400))
                .body("detail", not(emptyOrNullString()));
    }

    @ParameterizedTest
    @ValueSource(strings = { "/api/analyze", "/api/sentiment" })
    void wrongContentTypeIs415(String path) {
        for (String type : List.of("text/plain", "application/xml", "application/x-www-form-urlencoded")) {
            given().contentType(type).body("text=The Fed cut rates.")
                    .when().post(path).then().statusCode(415)
                    .contentType("application/problem+json").body("title", not(emptyOrNullString()));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "/api/analyze", "/api/sentiment" })
    void binaryBytesAreMalformedJson(String path) {
        byte[] bytes = new byte[4096];
        new java.util.Random(12).nextBytes(bytes);
        bytes[0] = (byte) 0x89; // not a JSON start in any encoding
        given().contentType(ContentType.JSON).body(bytes)
                .when().post(path).then().statusCode(400)
                .contentType("application/problem+json").body("title", equalTo("Malformed JSON"));
    }

    @Test
    void binaryBytesInsideAJsonStringAreAnalysedAsTheTextTheyAre() {
        byte[] bytes = new byte[2048];
        new java.util.Random(7).nextBytes(bytes);
        String text = new String(bytes, StandardCharsets.ISO_8859_1) + " The Fed cut rates.";
        given().contentType(ContentType.JSON).body(Map.of("text", text))
                .when().post("/api/analyze").then().statusCode(200)
                .body("engine", equalTo("embedded"));
        given().contentType(ContentType.JSON).body(Map.of("texts", List.of(text, "")))
                .when().post("/api/sentiment").then().statusCode(200)
                .body("results.size()", equalTo(2))
                .body("results[1].label", equalTo("neutral"));
    }

    /** Just under the 1 MiB JSON cap: one word a million times long, and one word repeated. */
    @ParameterizedTest
    @ValueSource(strings = { "a", "inflation " })
    void aMegabyteOfOneWordIsAnsweredPromptly(String word) {
        String text = word.repeat(1_000_000 / word.length());
        long start = System.nanoTime();
        given().contentType(ContentType.JSON).body(Map.of("text", text))
                .when().post("/api/analyze").then().statusCode(200)
                .body("engine", equalTo("embedded"))
                .body("quotes", empty());
        given().contentType(ContentType.JSON).body(Map.of("texts", List.of(text)))
                .when().post("/api/sentiment").then().statusCode(200)
                .body("results.size()", equalTo(1));
        // generous for a loaded build machine; what matters is that no rule goes quadratic on it
        assertThat(Duration.ofNanos(System.nanoTime() - start), lessThan(Duration.ofSeconds(30)));
    }

    @Test
    void anotherLanguageIsAnalysedWithoutInventingMacroSignals() {
        String german = "Die Bundesregierung hat heute neue Regeln für den Wohnungsbau vorgestellt. "
                + "Die Opposition kritisierte den Entwurf als unzureichend.";
        String chinese = "今天天气很好。我们去公园散步，然后在湖边吃了午饭。";
        for (String text : List.of(german, chinese)) {
            given().contentType(ContentType.JSON).body(Map.of("text", text))
                    .when().post("/api/analyze").then().statusCode(200)
                    .body("engine", equalTo("embedded"))
                    .body("drivers", empty())
                    .body("stance", equalTo("neutral"));
        }
        given().contentType(ContentType.JSON).body(Map.of("texts", List.of(german, chinese)))
                .when().post("/api/sentiment").then().statusCode(200)
                .body("results.label", everyItem(equalTo("neutral")));
    }

    @Test
    void noTextsAreNoResults() {
        given().contentType(ContentType.JSON).body(Map.of("texts", List.of()))
                .when().post("/api/sentiment").then().statusCode(200)
                .body("results", empty());
    }
}
