package io.macrodigest.analysis.llm;
import io.macrodigest.analysis.EmbeddedAnalyzer;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.macrodigest.article.DataVersion;
import io.macrodigest.article.SqlTimes;
import io.macrodigest.support.FixtureServer;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;

/**
 * Articles analysed by the embedded engine while the model was down go back to the model once it answers, and
 * keep their fallback until then. The stub plays the model going down and coming back; sources are polled from
 * the fixture server, so the fallback is stored exactly as a scheduled poll stores it.
 */
@QuarkusTest
@TestProfile(LlmEnabledProfile.class)
class LlmReanalysisTest {

    @Inject
    LlmReanalysis reanalysis;

    @Inject
    CircuitBreakerMaintenance circuitBreakers;

    @Inject
    DataVersion dataVersion;

    @Inject
    EntityManager em;

    @Inject
    MeterRegistry registry;

    @Inject
    LlmReanalysisQueue queue;

    @BeforeEach
    void closedCircuit() {
        circuitBreakers.resetAll();
    }

    @Test
    void aFallbackStoredWhileTheModelWasDownIsReanalysedByTheModelOnceItAnswers() {
        ModelServerStub.get().reset(ModelServerStub.Answer.error(500));
        double fallbacks = fallbacks();
        try (FixtureServer web = new FixtureServer()) {
            String url = ingestedWhileTheModelFails(web, "/back");
            Stored before = stored(url);
            // an error, or a timeout while the first call of the test JVM builds the client
            assertThat("the fallback is recorded in the stored engine", before.engine(),
                    startsWith(EmbeddedAnalyzer.ENGINE + " (llm fallback: "));
            assertThat(fallbacks() - fallbacks, is(1.0));

            ModelServerStub.get().reset(ModelServerStub.Answer.content(LlmAnalysisTest.resource("good-answer.json")));
            long version = dataVersion.current().version();
            drainDue();

            Stored after = stored(url);
            assertThat(after.engine(), is(LlmAnalysisTest.ENGINE));
            assertThat(after.summary(), is(not(before.summary())));
            assertThat("digests and searches are rebuilt", dataVersion.current().version(), greaterThan(version));
            assertThat("the article left the queue", queued(after.id()), is(nullValue()));
            assertThat(requestsCarrying(after.reference()), hasSize(1));
            given().when().get("/api/articles/" + after.id()).then().statusCode(200)
                    .body("analysis.engine", is(LlmAnalysisTest.ENGINE));
        }
    }

    @Test
    void aModelStillFailingLeavesTheFallbackUntouchedAndTriesAgainLater() {
        ModelServerStub.get().reset(ModelServerStub.Answer.error(500));
        try (FixtureServer web = new FixtureServer()) {
            String url = ingestedWhileTheModelFails(web, "/still");
            Stored before = stored(url);
            ModelServerStub.get().reset(ModelServerStub.Answer.error(503));
            circuitBreakers.resetAll();
            Instant start = Instant.now();

            drainDue();

            assertThat("one attempt and its retry", ModelServerStub.get().calls(), is(2));
            assertThat("nothing of the fallback analysis is lost", stored(url), is(before));
            Queued queued = queued(before.id());
            assertThat(queued.attempts(), is(1));
            assertThat(queued.lastError(), is("error"));
            // the default initial backoff of a minute
            assertThat(queued.nextAttemptAt(), greaterThan(start.plus(Duration.ofSeconds(55))));

            ModelServerStub.get().reset(ModelServerStub.Answer.content(LlmAnalysisTest.resource("good-answer.json")));
            circuitBreakers.resetAll();
            drainDue();
            assertThat("not due again yet", ModelServerStub.get().calls(), is(0));
            assertThat(stored(url), is(before));
        }
    }

    @Test
    void nothingIsSentWhileTheCircuitIsOpen() {
        ModelServerStub.get().reset(ModelServerStub.Answer.error(500));
        try (FixtureServer web = new FixtureServer()) {
            String url = ingestedWhileTheModelFails(web, "/open");
            // a second failing analysis fills the breaker's window of four calls with failures
            ingestedWhileTheModelFails(web, "/open2");
            ModelServerStub.get().reset(ModelServerStub.Answer.content(LlmAnalysisTest.resource("good-answer.json")));

            assertThat(reanalysis.reanalyseDue(), is(0));
            assertThat(ModelServerStub.get().calls(), is(0));
            assertThat(stored(url).engine(), startsWith(EmbeddedAnalyzer.ENGINE + " (llm fallback: "));

            circuitBreakers.resetAll();
            drainDue();
            assertThat(stored(url).engine(), is(LlmAnalysisTest.ENGINE));
        }
    }

    @Test
    void anArticleOfASourceThatOptedOutIsNeverSent() {
        ModelServerStub.get().reset(ModelServerStub.Answer.error(500));
        try (FixtureServer web = new FixtureServer()) {
            String url = ingestedWhileTheModelFails(web, "/out");
            long source = sourceOf(url);
            given().header("Authorization", "Bearer test-key-1").contentType(ContentType.JSON)
                    .body(Map.of("url", web.url("/out.xml"), "llmEnabled", false, "pollIntervalSeconds", 3600))
                    .when().put("/api/sources/" + source).then().statusCode(200);
            Stored before = stored(url);
            ModelServerStub.get().reset(ModelServerStub.Answer.content(LlmAnalysisTest.resource("good-answer.json")));
            circuitBreakers.resetAll();

            drainDue();

            assertThat(requestsCarrying(before.reference()), is(empty()));
            assertThat(stored(url), is(before));
            assertThat(queued(before.id()), is(nullValue()));
        }
    }

    @Test
    void twoPodsClaimingAtOnceNeverGetTheSameArticle() throws Exception {
        ModelServerStub.get().reset(ModelServerStub.Answer.error(500));
        try (FixtureServer web = new FixtureServer()) {
            long first = stored(ingestedWhileTheModelFails(web, "/pod1")).id();
            circuitBreakers.resetAll();
            long second = stored(ingestedWhileTheModelFails(web, "/pod2")).id();
            queue.sync();
            Duration backoff = Duration.ofMinutes(1);

            // each claim on its own thread, connection and transaction, as on two pods
            var a = CompletableFuture.supplyAsync(() -> queue.claim(backoff, backoff), POD);
            var b = CompletableFuture.supplyAsync(() -> queue.claim(backoff, backoff), POD);
            long claimedByA = a.get().orElseThrow().articleId();
            long claimedByB = b.get().orElseThrow().articleId();

            assertThat(claimedByA, is(not(claimedByB)));
            assertThat(Set.of(claimedByA, claimedByB), is(Set.of(first, second)));
            assertThat("claimed articles are not due again before their backoff",
                    queue.claim(backoff, backoff).map(LlmReanalysisQueue.Claim::articleId).orElse(0L),
                    is(not(anyOf(is(first), is(second)))));
        }
    }

    private static final Executor POD = task -> Thread.ofVirtual().start(task);

    /** Serves an article under {@code path} in a feed of its own, polls it and answers the article's URL. */
    private static String ingestedWhileTheModelFails(FixtureServer web, String path) {
        String text = LlmAnalysisTest.article();
        web.html(path + "/story", LlmAnalysisTest.page(text))
                .page(path + ".xml", 200, "application/rss+xml", LlmAnalysisTest.rss(web.url(path + "/story")));
        LlmAnalysisTest.pollSource(web.url(path + ".xml"), true);
        return web.url(path + "/story");
    }

    /** Runs firings until one replaces nothing, as the scheduler would over a few intervals. */
    private void drainDue() {
        int replaced;
        do {
            replaced = reanalysis.reanalyseDue();
        } while (replaced > 0);
    }

    private static List<String> requestsCarrying(String reference) {
        return ModelServerStub.get().requests().stream().map(Object::toString).filter(r -> r.contains(reference))
                .toList();
    }

    /** What is stored of an article's analysis, with the unique reference line of its text. */
    record Stored(long id, String engine, String summary, String reference) {
    }

    record Queued(int attempts, Instant nextAttemptAt, String lastError) {
    }

    private Stored stored(String url) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Object[] row = (Object[]) em.createNativeQuery(
                    "select id, engine, summary, text from article where url = ?1").setParameter(1, url)
                    .getSingleResult();
            String text = (String) row[3];
            return new Stored(((Number) row[0]).longValue(), (String) row[1], (String) row[2],
                    text.substring(text.lastIndexOf("Story reference ")));
        });
    }

    private long sourceOf(String url) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select source_id from article where url = ?1").setParameter(1, url).getSingleResult()).longValue());
    }

    private Queued queued(long articleId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<?> rows = em.createNativeQuery(
                    "select attempts, next_attempt_at, last_error from llm_reanalysis where article_id = ?1")
                    .setParameter(1, articleId).getResultList();
            if (rows.isEmpty()) {
                return null;
            }
            Object[] row = (Object[]) rows.getFirst();
            return new Queued(((Number) row[0]).intValue(), SqlTimes.instant(row[1]), (String) row[2]);
        });
    }

    private double fallbacks() {
        return registry.find("digest.llm.fallbacks").counters().stream().mapToDouble(c -> c.count()).sum();
    }
}
