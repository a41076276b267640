package io.macrodigest.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.awaitility.Awaitility.await;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.macrodigest.support.FixtureServer;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Two instances of the packaged service on one PostgreSQL: each due source is polled by exactly one of them per
 * interval, and when one instance stops the other carries on.
 */
class ClusteredPollingIT {

    static final int INTERVAL_S = 2;
    static final List<String> FEEDS = List.of("/a.xml", "/b.xml", "/c.xml");
    static final String EMPTY_RSS = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title></channel></rss>";

    static EmbeddedPostgres postgres;
    static FixtureServer web;
    static final Map<String, List<Instant>> polls = new ConcurrentHashMap<>();
    static final HttpClient http = HttpClient.newHttpClient();
    static Instance first;
    static Instance second;

    @BeforeAll
    static void start() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        web = new FixtureServer();
        for (String feed : FEEDS) {
            polls.put(feed, new CopyOnWriteArrayList<>());
            web.handle(feed, ex -> {
                polls.get(feed).add(Instant.now());
                ex.getResponseHeaders().set("Content-Type", "application/rss+xml");
                FixtureServer.send(ex, 200, EMPTY_RSS.getBytes());
            });
        }
        String jdbc = postgres.getJdbcUrl("postgres", "postgres");
        // the first instance creates the schema; two instances migrating one empty database at the same instant
        // can race in Flyway's history-table check (see README, deployment), which is not what this test is about
        first = Instance.start("first", jdbc);
        first.awaitReady();
        second = Instance.start("second", jdbc);
        second.awaitReady();
    }

    @AfterAll
    static void stop() throws IOException {
        for (Instance instance : new Instance[] { first, second }) {
            if (instance != null) {
                instance.stop();
            }
        }
        if (web != null) {
            web.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void eachSourceIsPolledOncePerIntervalAndTheSurvivorTakesOver() throws Exception {
        for (String feed : FEEDS) {
            String body = "{\"url\":\"" + web.url(feed) + "\",\"pollIntervalSeconds\":" + INTERVAL_S + "}";
            HttpResponse<String> created = http.send(HttpRequest.newBuilder(first.uri("/api/sources"))
                    .header("Authorization", "Bearer it-key").header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(201, created.statusCode(), created.body());
        }
        Duration window = Duration.ofSeconds(12);
        Thread.sleep(window.toMillis());
        for (String feed : FEEDS) {
            List<Instant> times = new ArrayList<>(polls.get(feed));
            int expected = (int) (window.toSeconds() / INTERVAL_S);
            assertTrue(times.size() >= expected - 1 && times.size() <= expected + 1,
                    feed + " polled " + times.size() + " times in " + window.toSeconds() + "s");
            // a firing taken by both instances would reach the feed twice within milliseconds; the threshold
            // leaves room for the latency of a poll (robots.txt, cold HTTP client) shifting one request
            for (int i = 1; i < times.size(); i++) {
                long gap = Duration.between(times.get(i - 1), times.get(i)).toMillis();
                assertTrue(gap >= 300, feed + " polled twice within " + gap + " ms: " + times);
            }
        }
        System.out.printf("polls by instance: first=%s second=%s%n", first.polls(), second.polls());

        first.stop();
        Map<String, Integer> before = new ConcurrentHashMap<>();
        FEEDS.forEach(f -> before.put(f, polls.get(f).size()));
        // the survivor recovers the jobs the stopped instance held once the cluster check-in notices it is gone
        await().atMost(Duration.ofSeconds(40)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            for (String feed : FEEDS) {
                int after = polls.get(feed).size() - before.get(feed);
                assertTrue(after >= 3, feed + " polled " + after + " times by the survivor");
            }
        });
        assertTrue(second.polls() > 0, "the survivor polls");
    }

    /** One service process running the packaged jar in the prod profile. */
    record Instance(String name, Process process, int port, Path log) {

        static Instance start(String name, String jdbcUrl) throws IOException {
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            String java = ProcessHandle.current().info().command().orElse("java");
            Path log = Path.of("target", "clustered-" + name + ".log");
            ProcessBuilder builder = new ProcessBuilder(java,
                    "-Dquarkus.http.port=" + port,
                    "-Dquarkus.datasource.jdbc.url=" + jdbcUrl,
                    "-Dquarkus.datasource.username=postgres",
                    "-Dquarkus.datasource.password=postgres",
                    "-Ddigest.api-keys=it-key",
                    "-Ddigest.fetch.allowed-networks=127.0.0.1/32",
                    "-Ddigest.fetch.min-host-delay=0s",
                    "-Ddigest.scrape.min-poll-interval=1s",
                    "-Dquarkus.quartz.cluster-checkin-interval=1000",
                    "-Dquarkus.log.category.\"io.macrodigest.ingest\".level=DEBUG",
                    "-jar", new File("target/quarkus-app/quarkus-run.jar").getAbsolutePath())
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            return new Instance(name, builder.start(), port, log);
        }

        URI uri(String path) {
            return URI.create("http://127.0.0.1:" + port + path);
        }

        void awaitReady() throws Exception {
            Instant deadline = Instant.now().plusSeconds(90);
            while (Instant.now().isBefore(deadline)) {
                if (!process.isAlive()) {
                    throw new IllegalStateException(name + " exited: " + Files.readString(log));
                }
                try {
                    if (http.send(HttpRequest.newBuilder(uri("/q/health/ready")).build(),
                            HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        return;
                    }
                } catch (IOException notYet) {
                    // still starting
                }
                Thread.sleep(500);
            }
            throw new IllegalStateException(name + " not ready in 90s: " + Files.readString(log));
        }

        /** Polls this instance ran, from its own metrics. */
        double polls() throws Exception {
            if (!process.isAlive()) {
                return Double.NaN;
            }
            String metrics = http.send(HttpRequest.newBuilder(uri("/q/metrics")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            return metrics.lines().filter(l -> l.startsWith("digest_source_polls_total"))
                    .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
        }

        void stop() {
            if (process.isAlive()) {
                process.destroy();
                try {
                    process.waitFor(java.util.concurrent.TimeUnit.SECONDS.toMillis(40), java.util.concurrent.TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                process.destroyForcibly();
            }
        }
    }
}
