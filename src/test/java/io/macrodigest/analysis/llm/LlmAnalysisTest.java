package io.macrodigest.analysis.llm;
import io.macrodigest.analysis.Analysis;
import io.macrodigest.analysis.AnalysisInput;
import io.macrodigest.analysis.Analyzer;
import io.macrodigest.analysis.EmbeddedAnalyzer;
import io.macrodigest.analysis.evaluation.EngineEvaluation;
import io.macrodigest.analysis.drivers.Driver;
import io.macrodigest.analysis.drivers.Stance;
import io.macrodigest.analysis.sentiment.Sentiment;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import io.macrodigest.article.ArticleStore;
import io.macrodigest.support.FixtureServer;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;

@QuarkusTest
@TestProfile(LlmEnabledProfile.class)
class LlmAnalysisTest {

    static final String ENGINE = "llm:" + LlmEnabledProfile.MODEL;

    @Inject
    Analyzer analyzer;

    @Inject
    MeterRegistry registry;

    @Inject
    CircuitBreakerMaintenance circuitBreakers;

    @Inject
    EngineEvaluation evaluation;

    @Inject
    LlmAnalysisCache cache;

    /**
     * The first model call of a test JVM builds the REST client and the answer's JSON schema; on a loaded
     * machine that took longer than the attempt timeout, and its retry doubled the calls a test counted.
     */
    private static boolean clientWarm;

    @BeforeEach
    void freshStubAndClosedCircuit() {
        ModelServerStub.get().reset(ModelServerStub.Answer.content(resource("good-answer.json")));
        if (!clientWarm) {
            analyzer.analyze(new AnalysisInput(null, article(), null, true));
            clientWarm = true;
            ModelServerStub.get().reset(ModelServerStub.Answer.content(resource("good-answer.json")));
        }
        circuitBreakers.resetAll();
    }

    @Test
    void requestNamesTheModelCarriesTheArticleAndAsksForJson() {
        String text = article();
        analyzer.analyze(new AnalysisInput("Fed cuts", text, null, true));

        assertThat(ModelServerStub.get().calls(), is(1));
        JsonNode request = ModelServerStub.get().lastRequest();
        assertThat(request.path("model").asText(), is(LlmEnabledProfile.MODEL));
        assertThat(request.path("response_format").path("type").asText(), is("json_object"));
        assertThat(request.path("messages").findValuesAsText("role"), contains("system", "user"));
        String user = request.path("messages").get(request.path("messages").size() - 1).path("content").asText();
        assertThat(user, containsString("Title: Fed cuts"));
        assertThat(user, containsString(text));
        assertThat("the answer's JSON schema is in the prompt", user, containsString("\"evidence\""));
    }

    @Test
    void goodAnswerBecomesAGroundedAnalysis() {
        String text = article();
        Analysis analysis = analyzer.analyze(new AnalysisInput("Fed cuts", text, null, true));

        assertThat(analysis.engine(), is(ENGINE));
        assertThat(analysis.summary(), startsWith("The Fed cut rates"));
        assertThat(analysis.insights(), hasSize(2));
        // typed with straight quotes and a double space, shown as the article's own words
        assertThat(analysis.quotes(), contains(new Analysis.Quote(
                "We see the labour market softening, and policy will adjust to that,", "Jerome Powell")));
        assertThat(text, containsString(analysis.quotes().get(0).text()));
        assertThat(analysis.actionItems(), hasSize(1));
        assertThat(analysis.drivers().stream().map(Analysis.DriverTag::driver).toList(),
                contains(Driver.RATES, Driver.INFLATION));
        Analysis.DriverTag rates = analysis.drivers().get(0);
        assertThat(rates.tone(), is(1.0));
        assertThat(rates.evidence(), contains("The Federal Reserve cut its policy rate by a quarter point on "
                + "Wednesday and signalled that more easing could follow in the coming months."));
        assertThat(analysis.drivers().get(1).confidence(), is(1.0));
        assertThat(analysis.assets().stream().map(Analysis.AssetTag::asset).toList(), contains("bitcoin", "gold"));
        assertThat(analysis.assets().get(0).mentions(), is(1));
        assertThat(analysis.sentiment(), is(new Sentiment(Sentiment.Label.POSITIVE, 0.6)));
        assertThat(analysis.stance(), is(Stance.DOVISH));
    }

    @Test
    void hallucinatedQuotesAreDroppedAndCounted() {
        ModelServerStub.get().reset(ModelServerStub.Answer.content(resource("hallucinated-answer.json")));
        double before = count("digest.llm.quotes.dropped");

        Analysis analysis = analyzer.analyze(new AnalysisInput(null, article(), null, true));

        assertThat(analysis.engine(), is(ENGINE));
        assertThat(analysis.quotes(), contains(
                new Analysis.Quote("We see the labour market softening, and policy will adjust to that,",
                        "Jerome Powell"),
                // the quote is real, the speaker the model gave is not named in the text
                new Analysis.Quote("We see the labour market softening", null)));
        assertThat(count("digest.llm.quotes.dropped") - before, is(1.0));
    }

    @Test
    void ungroundedInsightsDriversAndAssetsAreDroppedAndCounted() {
        ModelServerStub.get().reset(ModelServerStub.Answer.content(resource("hallucinated-answer.json")));
        double insights = count("digest.llm.insights.dropped");
        double drivers = count("digest.llm.drivers.dropped");
        double assets = count("digest.llm.assets.dropped");

        Analysis analysis = analyzer.analyze(new AnalysisInput(null, article(), null, true));

        assertThat(analysis.insights().stream().map(Analysis.Insight::insight).toList(), contains(
                "Inflation cooled for a third month running, with core prices at their slowest pace since 2021."));
        assertThat(analysis.drivers(), is(empty()));
        assertThat(analysis.assets(), is(empty()));
        // a neutral label keeps its score near zero
        assertThat(analysis.sentiment(), is(new Sentiment(Sentiment.Label.NEUTRAL, 0.15)));
        assertThat(count("digest.llm.insights.dropped") - insights, is(1.0));
        assertThat(count("digest.llm.drivers.dropped") - drivers, is(1.0));
        assertThat(count("digest.llm.assets.dropped") - assets, is(1.0));
    }

    @Test
    void malformedJsonFallsBackToTheEmbeddedEngine() {
        ModelServerStub.get().reset(ModelServerStub.Answer.content("{\"summary\": \"cut off in the mid"));
        double before = count("digest.llm.fallbacks", "reason", "malformed");

        Analysis analysis = analyzer.analyze(new AnalysisInput(null, article(), null, true));

        assertThat(analysis.engine(), is(fallback("malformed")));
        assertThat("one call and one retry", ModelServerStub.get().calls(), is(2));
        assertThat(count("digest.llm.fallbacks", "reason", "malformed") - before, is(1.0));
    }

    @Test
    void truncatedAnswerIsMalformedRetriedAndCountedNotReadAsItsLastInnerObject() {
        String good = resource("good-answer.json");
        // cut off inside the second insight, after a complete inner object a lenient parser would settle for
        String truncated = good.substring(0, good.indexOf("{\"insight\": \"Core consumer") + 20);
        ModelServerStub.get().reset(ModelServerStub.Answer.content(truncated));
        double malformed = count("digest.llm.answers.malformed");
        double failures = count("digest.llm.calls", "outcome", "failure");
        double successes = count("digest.llm.calls", "outcome", "success");
        double fallbacks = count("digest.llm.fallbacks", "reason", "malformed");
        double rejected = count("digest.llm.fallbacks", "reason", "rejected");

        Analysis analysis = analyzer.analyze(new AnalysisInput(null, article(), null, true));

        assertThat(analysis.engine(), is(fallback("malformed")));
        assertThat("one call and one retry", ModelServerStub.get().calls(), is(2));
        assertThat(count("digest.llm.answers.malformed") - malformed, is(2.0));
        assertThat(count("digest.llm.calls", "outcome", "failure") - failures, is(1.0));
        assertThat(count("digest.llm.calls", "outcome", "success") - successes, is(0.0));
        assertThat(count("digest.llm.fallbacks", "reason", "malformed") - fallbacks, is(1.0));
        assertThat(count("digest.llm.fallbacks", "reason", "rejected") - rejected, is(0.0));
    }

    @Test
    void answerInACodeFenceWithTextAroundItIsStillRead() {
        ModelServerStub.get().reset(ModelServerStub.Answer.content(
                "Here is the analysis:\n```json\n" + resource("good-answer.json") + "\n```\n"));

        Analysis analysis = analyzer.analyze(new AnalysisInput(null, article(), null, true));

        assertThat(analysis.engine(), is(ENGINE));
        assertThat(analysis.insights(), hasSize(2));
    }

    @Test
    void insightsThatChangeAFigureOrANameAreDroppedThoughTheyReuseTheArticlesWords() {
        ModelServerStub.get().reset(ModelServerStub.Answer.content(resource("invented-facts-answer.json")));
        double dropped = count("digest.llm.insights.dropped");

        Analysis analysis = analyzer.analyze(new AnalysisInput(null, article(), null, true));

        assertThat(analysis.engine(), is(ENGINE));
        assertThat(analysis.insights().stream().map(Analysis.Insight::insight).toList(),
                contains("Bitcoin rose 4% and gold touched a record high as the dollar weakened."));
        assertThat(count("digest.llm.insights.dropped") - dropped, is(4.0));
    }

    @Test
    void analyzeEndpointAnswersWithinItsDeadlineWhileTheModelHangs() {
        ModelServerStub.get().reset(ModelServerStub.Answer.content(resource("good-answer.json"))
                .delayedBy(Duration.ofSeconds(30)));
        double deadlines = count("digest.llm.fallbacks", "reason", "deadline");
        double failures = count("digest.llm.calls", "outcome", "failure");
        long start = System.nanoTime();

        given().contentType(ContentType.JSON).body(Map.of("title", "Fed cuts", "text", article()))
                .when().post("/api/analyze").then().statusCode(200)
                .body("engine", equalTo(fallback("deadline")))
                .body("summary", not(emptyOrNullString()));

        // the 2 s deadline, not one 5 s attempt, let alone two of them and the retry delay
        assertThat(Duration.ofNanos(System.nanoTime() - start), lessThan(Duration.ofMillis(4500)));
        assertThat(count("digest.llm.fallbacks", "reason", "deadline") - deadlines, is(1.0));
        // the call goes on in the background until its own guard gives up; no fallback is counted twice
        await().atMost(Duration.ofSeconds(20))
                .until(() -> count("digest.llm.calls", "outcome", "failure") - failures == 1.0);
        assertThat(count("digest.llm.fallbacks", "reason", "deadline") - deadlines, is(1.0));
    }

    @Test
    void slowModelTimesOutAndFallsBack() {
        ModelServerStub.get().reset(ModelServerStub.Answer.content(resource("good-answer.json"))
                .delayedBy(Duration.ofSeconds(30)));
        double before = count("digest.llm.fallbacks", "reason", "timeout");
        long start = System.nanoTime();

        Analysis analysis = analyzer.analyze(new AnalysisInput(null, article(), null, true));

        assertThat(analysis.engine(), is(fallback("timeout")));
        // two attempts of 5 s each, nowhere near the 30 s the model would take
        assertThat(Duration.ofNanos(System.nanoTime() - start), lessThan(Duration.ofSeconds(15)));
        assertThat(count("digest.llm.fallbacks", "reason", "timeout") - before, is(1.0));
    }

    @Test
    void circuitOpensAfterRepeatedFailuresAndTheModelIsNoLongerCalled() {
        ModelServerStub.get().reset(ModelServerStub.Answer.error(500));
        double before = count("digest.llm.fallbacks", "reason", "circuit-open");

        // two analyses, each an attempt and a retry: four failures fill the window and open the circuit
        for (int i = 0; i < 2; i++) {
            assertThat(analyzer.analyze(new AnalysisInput(null, article(), null, true)).engine(),
                    is(fallback("error")));
        }
        int callsWhenOpen = ModelServerStub.get().calls();
        assertThat(callsWhenOpen, is(4));

        ModelServerStub.get().reset(ModelServerStub.Answer.content(resource("good-answer.json")));
        for (int i = 0; i < 3; i++) {
            assertThat(analyzer.analyze(new AnalysisInput(null, article(), null, true)).engine(),
                    is(fallback("circuit-open")));
        }
        assertThat(ModelServerStub.get().calls(), is(0));
        assertThat(count("digest.llm.fallbacks", "reason", "circuit-open") - before, is(3.0));
    }

    @Test
    void theSameTextIsSentToTheModelOnlyOnce() {
        String text = article();
        double hits = count("digest.llm.cache.hits");

        Analysis first = analyzer.analyze(new AnalysisInput("Fed cuts", text, "https://example.com/a", true));
        // the same article found again, at another URL and with its whitespace re-flowed
        Analysis second = analyzer.analyze(new AnalysisInput("Fed cuts", text.replace("\n\n", "\n \n"),
                "https://example.com/b", true));

        assertThat(ModelServerStub.get().calls(), is(1));
        assertThat(second, is(first));
        assertThat(count("digest.llm.cache.hits") - hits, is(1.0));
    }

    @Test
    void textsNotOptedInOrTooShortGoToTheEmbeddedEngine() {
        assertThat(analyzer.analyze(new AnalysisInput(null, article(), null, false)).engine(),
                is(EmbeddedAnalyzer.ENGINE));
        assertThat(analyzer.analyze(new AnalysisInput(null, "The Fed cut rates. Inflation cooled.", null, true))
                .engine(), is(EmbeddedAnalyzer.ENGINE));
        assertThat(ModelServerStub.get().calls(), is(0));
    }

    @Test
    void analyzeEndpointUsesTheModelWhenConfiguredTo() {
        given().contentType(ContentType.JSON).body(Map.of("title", "Fed cuts", "text", article()))
                .when().post("/api/analyze").then().statusCode(200)
                .body("engine", equalTo(ENGINE))
                .body("quotes[0].speaker", equalTo("Jerome Powell"));
        assertThat(ModelServerStub.get().calls(), is(1));
        given().when().get("/q/metrics").then().statusCode(200)
                .body(containsString("digest_llm_calls_total{outcome=\"success\"}"))
                .body(containsString("digest_llm_quotes_dropped_total"))
                .body(containsString("gen_ai_client_token_usage_total"));
    }

    @Test
    void onlyTheArticlesOfASourceThatOptedInGoToTheModel() {
        String optedIn = article();
        String optedOut = resource("fed-article.txt").replace("Federal Reserve", "Bank of England")
                + "\nStory reference " + UUID.randomUUID() + ".";
        try (FixtureServer web = new FixtureServer()) {
            web.html("/in/story", page(optedIn)).html("/out/story", page(optedOut))
                    .page("/in.xml", 200, "application/rss+xml", rss(web.url("/in/story")))
                    .page("/out.xml", 200, "application/rss+xml", rss(web.url("/out/story")));
            pollSource(web.url("/in.xml"), true);
            pollSource(web.url("/out.xml"), false);
            assertThat(engineOfArticleAt(web.url("/in/story")), is(ENGINE));
            assertThat(engineOfArticleAt(web.url("/out/story")), is(EmbeddedAnalyzer.ENGINE));
        }
        assertThat(ModelServerStub.get().calls(), is(1));
    }

    @Test
    void aModelAnswerThatMissedTheDeadlineStillReachesTheCacheForTheNextRequest() {
        // slower than the 2 s deadline, within the 5 s attempt timeout
        ModelServerStub.get().reset(ModelServerStub.Answer.content(resource("good-answer.json"))
                .delayedBy(Duration.ofSeconds(3)));
        String text = article();
        double hits = count("digest.llm.cache.hits");

        given().contentType(ContentType.JSON).body(Map.of("title", "Fed cuts", "text", text))
                .when().post("/api/analyze").then().statusCode(200)
                .body("engine", equalTo(fallback("deadline")));
        await().atMost(Duration.ofSeconds(15))
                .until(() -> cache.find(ArticleStore.contentHash(text), LlmEnabledProfile.MODEL).isPresent());
        given().contentType(ContentType.JSON).body(Map.of("title", "Fed cuts", "text", text))
                .when().post("/api/analyze").then().statusCode(200)
                .body("engine", equalTo(ENGINE));

        assertThat("the late answer was not asked for again", ModelServerStub.get().calls(), is(1));
        assertThat(count("digest.llm.cache.hits") - hits, is(1.0));
    }

    @Test
    void evaluationCommandMeasuresTheConfiguredModelOnEveryItemWhateverItsLength(@TempDir Path corpora)
            throws IOException {
        // our own lines in the corpora's formats; the command reads whatever directory it is given
        Files.createDirectories(corpora.resolve("stance-dev"));
        Files.writeString(corpora.resolve("stance-dev/fomc-dev.tsv"), """
                sentence\tyear\tstance
                The Committee decided to lower the target range for the federal funds rate.\t2026\tdovish
                The Committee raised the target range to bring inflation down.\t2026\thawkish
                Members discussed the staff economic outlook.\t2026\tneutral
                """);
        Files.createDirectories(corpora.resolve("crypto-dev"));
        Files.writeString(corpora.resolve("crypto-dev/cryptolin-dev.tsv"), """
                headline\tlabel\tagreement
                Bitcoin jumps as spot ETF inflows hit a record\tpositive\t3
                Exchange hacked as attackers drain hot wallets\tnegative\t3
                """);
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        int exit = evaluation.run(List.of("--corpora", corpora.toString(), "--sample", "2"),
                new PrintStream(printed, true, StandardCharsets.UTF_8));

        String report = printed.toString(StandardCharsets.UTF_8);
        assertThat(exit, is(0));
        assertThat(report, containsString("engine " + ENGINE));
        // the stub answers dovish and positive every time: one of two right in each set
        assertThat(report, containsString("FOMC stance: n=2 accuracy=0.500"));
        assertThat(report, containsString("Crypto headlines: n=2 accuracy=0.500"));
        assertThat(report, containsString("corpus absent, skipped: "));
        assertThat(report, containsString("phrasebank-dev.tsv"));
        assertThat(report, containsString("ectsum-dev.jsonl"));
        assertThat(report, containsString("4 analyses, 0 answered by the embedded engine in the model's place"));
        assertThat("short texts go to the model too", ModelServerStub.get().calls(), is(4));
    }

    @Test
    void evaluationCommandRefusesArgumentsItDoesNotKnow() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        int exit = evaluation.run(List.of("--samples", "5"), new PrintStream(printed, true, StandardCharsets.UTF_8));

        assertThat(exit, is(2));
        assertThat(printed.toString(StandardCharsets.UTF_8), containsString("unknown argument: --samples"));
        assertThat(ModelServerStub.get().calls(), is(0));
    }

    static String page(String text) {
        return "<html lang=\"en\"><head><title>Desk</title></head><body><article><h1>Desk</h1><p>"
                + text.replace("\n\n", "</p><p>") + "</p></article></body></html>";
    }

    static byte[] rss(String link) {
        return ("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title><item><title>t</title><link>"
                + link + "</link></item></channel></rss>").getBytes(StandardCharsets.UTF_8);
    }

    /** Registers the source (polled at once), waits for its first poll to be recorded and answers its id. */
    static long pollSource(String url, boolean llmEnabled) {
        long id = given().header("Authorization", "Bearer test-key-1").contentType(ContentType.JSON)
                .body(Map.of("url", url, "llmEnabled", llmEnabled, "pollIntervalSeconds", 3600))
                .when().post("/api/sources").then().statusCode(201).extract().jsonPath().getLong("id");
        await().atMost(Duration.ofSeconds(30)).until(() -> given().when().get("/api/sources/" + id).jsonPath()
                .get("status.lastSuccessAt") != null);
        return id;
    }

    /** Pages through the whole listing: other tests of this profile may have stored newer articles. */
    static String engineOfArticleAt(String url) {
        String cursor = null;
        do {
            var request = given().queryParam("limit", 100);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            var page = request.when().get("/api/articles").then().statusCode(200).extract().jsonPath();
            String engine = page.getString("items.find { it.url == '" + url + "' }.analysis.engine");
            if (engine != null) {
                return engine;
            }
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        return null;
    }

    /** The test article with a unique last line, so that no test is answered from another's cache entry. */
    static String article() {
        return resource("fed-article.txt") + "\nStory reference " + UUID.randomUUID() + ".";
    }

    private static String fallback(String reason) {
        return EmbeddedAnalyzer.ENGINE + " (llm fallback: " + reason + ")";
    }

    private double count(String name, String... tags) {
        var counter = registry.find(name).tags(tags).counter();
        return counter == null ? 0 : counter.count();
    }

    static String resource(String name) {
        try (InputStream in = LlmAnalysisTest.class.getResourceAsStream("/llm/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
